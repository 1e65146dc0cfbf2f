//! Form fields of the flow: label, hint, input and the translated errors linked to it.

use leptos::prelude::*;
use madoguchi_rules::FieldError;

use super::session;
use crate::i18n::{T, TMessage};

/// The errors of the last check for `field` (exact JSON path, or anything below it).
pub fn errors_for(field: &'static str) -> Signal<Vec<FieldError>> {
    let errors = session().errors;
    Signal::derive(move || {
        errors.with(|all| {
            all.iter()
                .filter(|e| e.field == field || e.field.starts_with(&format!("{field}.")))
                .cloned()
                .collect()
        })
    })
}

/// The error messages of one field, announced when they appear.
#[component]
pub fn FieldErrors(id: String, field: &'static str) -> impl IntoView {
    let errors = errors_for(field);
    view! {
        <p id=id class="field-error" aria-live="polite">
            {move || {
                errors
                    .get()
                    .into_iter()
                    .map(|e| view! { <span><TMessage key=e.message args=e.args /></span> " " })
                    .collect_view()
            }}
        </p>
    }
}

/// A labelled text input bound to the draft.
#[component]
pub fn TextField(
    id: &'static str,
    field: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let errors = errors_for(field);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = match hint {
        Some(_) => format!("{hint_id} {error_id}"),
        None => error_id.clone(),
    };
    view! {
        <div class="field">
            <label for=id><T key=label /></label>
            {hint.map(|key| view! { <p id=hint_id.clone() class="hint"><T key=key /></p> })}
            <input
                id=id
                name=field
                type=kind
                inputmode=inputmode
                autocomplete=autocomplete
                spellcheck="false"
                aria-describedby=described
                aria-invalid=move || if errors.with(|e| e.is_empty()) { "false" } else { "true" }
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            <FieldErrors id=error_id field=field />
        </div>
    }
}

/// A checkbox bound to the draft, with its errors (e.g. a consent not given).
#[component]
pub fn CheckField(
    id: &'static str,
    field: &'static str,
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(into)] checked: Signal<bool>,
    on_change: Callback<bool>,
) -> impl IntoView {
    let errors = errors_for(field);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field choice">
            <input
                type="checkbox"
                id=id
                name=field
                aria-describedby=format!("{hint_id} {error_id}")
                aria-invalid=move || if errors.with(|e| e.is_empty()) { "false" } else { "true" }
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <label for=id><T key=label /></label>
            {hint.map(|key| view! { <p id=hint_id.clone() class="hint"><T key=key /></p> })}
            <FieldErrors id=error_id field=field />
        </div>
    }
}

/// The problem of the last submit that belongs to no field.
#[component]
pub fn Problem() -> impl IntoView {
    let problem = session().problem;
    view! {
        <p class="field-error" role="alert">
            {move || problem.get().map(|key| view! { <TMessage key=key /> })}
        </p>
    }
}

/// Moves keyboard focus to the first field with an error, so it is read out and can be fixed.
/// Runs on the next frame: the error marks are rendered after the errors are set.
pub fn focus_first_error() {
    request_animation_frame(|| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if let Ok(Some(element)) = document.query_selector("[aria-invalid=\"true\"]") {
            use wasm_bindgen::JsCast;
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}
