//! Form fields shared by every flow: label, hint, input, and the translated errors of the shared
//! rules tied to the input (`aria-describedby`, `aria-invalid`). Each flow keeps its errors in
//! its own signal and passes it in.

use leptos::prelude::*;
use madoguchi_rules::FieldError;
use wasm_bindgen::JsCast;

use crate::i18n::{T, TMessage};

/// The errors of `field` (exact JSON path, or anything below it) among `all`.
pub fn errors_for(all: Signal<Vec<FieldError>>, field: &'static str) -> Signal<Vec<FieldError>> {
    Signal::derive(move || {
        all.with(|all| {
            all.iter()
                .filter(|e| e.field == field || e.field.starts_with(&format!("{field}.")))
                .cloned()
                .collect()
        })
    })
}

/// The error messages of one field, announced when they appear.
#[component]
pub fn FieldErrors(
    id: String,
    field: &'static str,
    #[prop(into)] errors: Signal<Vec<FieldError>>,
) -> impl IntoView {
    let mine = errors_for(errors, field);
    view! {
        <p id=id class="field-error" aria-live="polite">
            {move || {
                mine.get()
                    .into_iter()
                    .map(|e| view! { <span><TMessage key=e.message args=e.args /></span> " " })
                    .collect_view()
            }}
        </p>
    }
}

/// A labelled text input. `note` is a Fluent id shown under the label and read with the input
/// (e.g. where an auto-filled value came from) while it is `Some`.
#[component]
pub fn TextField(
    id: &'static str,
    field: &'static str,
    label: &'static str,
    #[prop(into)] errors: Signal<Vec<FieldError>>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(default = None)] hint: Option<&'static str>,
    #[prop(optional, into)] note: Option<Signal<Option<&'static str>>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = None)] inputmode: Option<&'static str>,
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    let mine = errors_for(errors, field);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let note_id = format!("{id}-note");
    let note = note.unwrap_or_else(|| Signal::derive(|| None));
    let described = {
        let (hint_id, note_id, error_id) = (hint_id.clone(), note_id.clone(), error_id.clone());
        move || {
            [
                hint.map(|_| hint_id.clone()),
                note.get().map(|_| note_id.clone()),
                Some(error_id.clone()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
        }
    };
    view! {
        <div class="field">
            <label for=id><T key=label /></label>
            {hint.map(|key| view! { <p id=hint_id.clone() class="hint"><T key=key /></p> })}
            {move || note.get().map(|key| view! {
                <p id=note_id.clone() class="autofill-note" data-note=key><T key=key /></p>
            })}
            <input
                id=id
                name=field
                type=kind
                inputmode=inputmode
                autocomplete=autocomplete
                spellcheck="false"
                aria-describedby=described
                aria-invalid=move || if mine.with(|e| e.is_empty()) { "false" } else { "true" }
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
            <FieldErrors id=error_id field=field errors=errors />
        </div>
    }
}

/// Moves keyboard focus to the element matching `selector` on the next frame (once rendered),
/// so it is read out.
pub fn focus_later(selector: &'static str) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

/// Moves keyboard focus to the first field with an error, so it is read out and can be fixed.
pub fn focus_first_error() {
    focus_later("[aria-invalid=\"true\"]");
}
