//! Form fields of the flow: label, hint, input and the translated errors linked to it.

use leptos::prelude::*;
use madoguchi_rules::FieldError;

use super::session;
use crate::components::fields;
use crate::i18n::{T, TMessage};

/// The flow's errors of the last check, for the shared field components.
fn flow_errors() -> Signal<Vec<FieldError>> {
    session().errors.into()
}

/// The error messages of one field, announced when they appear.
#[component]
pub fn FieldErrors(id: String, field: &'static str) -> impl IntoView {
    view! { <fields::FieldErrors id=id field=field errors=flow_errors() /> }
}

/// A labelled text input bound to the draft (the shared [`fields::TextField`] with this flow's
/// errors).
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
    view! {
        <fields::TextField id=id field=field label=label errors=flow_errors() value=value
            on_input=on_input hint=hint kind=kind inputmode=inputmode
            autocomplete=autocomplete />
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
    let errors = fields::errors_for(flow_errors(), field);
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

pub use fields::focus_first_error;
