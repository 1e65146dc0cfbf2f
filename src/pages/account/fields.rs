//! Form fields of the account pages: label, hint, input, and the translated errors of the shared
//! rules linked to the input (`aria-describedby`, `aria-invalid`).

use leptos::prelude::*;
use madoguchi_rules::FieldError;

use crate::api::ApiFailure;
use crate::components::fields;
use crate::i18n::{T, TMessage};

/// Field errors of the last check, and the problem that belongs to no field (a Fluent id).
#[derive(Clone, Copy)]
pub struct FormState {
    pub errors: RwSignal<Vec<FieldError>>,
    pub problem: RwSignal<Option<String>>,
    pub busy: RwSignal<bool>,
}

impl Default for FormState {
    fn default() -> Self {
        Self::new()
    }
}

impl FormState {
    pub fn new() -> Self {
        FormState {
            errors: RwSignal::new(Vec::new()),
            problem: RwSignal::new(None),
            busy: RwSignal::new(false),
        }
    }

    pub fn clear(&self) {
        self.errors.set(Vec::new());
        self.problem.set(None);
    }

    /// Shows the rules' errors and moves focus to the first field with one.
    pub fn show_errors(&self, errors: Vec<FieldError>) {
        self.problem.set(None);
        self.errors.set(errors);
        focus_first_error();
    }

    /// Shows what the API answered: field errors on their fields, anything else above the form.
    pub fn show_failure(&self, failure: ApiFailure) {
        let has_fields = !failure.errors.is_empty();
        self.errors.set(failure.errors);
        self.problem.set(Some(failure.message));
        if has_fields {
            focus_first_error();
        } else {
            super::focus_later(".form-problem");
        }
    }

    fn errors_for(&self, field: &'static str) -> Signal<Vec<FieldError>> {
        fields::errors_for(self.errors.into(), field)
    }
}

/// The error messages of one field, announced when they appear.
#[component]
pub fn Errors(id: String, field: &'static str, form: FormState) -> impl IntoView {
    view! { <fields::FieldErrors id=id field=field errors=form.errors /> }
}

/// A labelled input bound to a signal (the shared [`fields::TextField`] with the form's errors).
#[component]
pub fn Field(
    id: &'static str,
    field: &'static str,
    label: &'static str,
    form: FormState,
    value: RwSignal<String>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    view! {
        <fields::TextField id=id field=field label=label errors=form.errors value=value
            on_input=Callback::new(move |v| value.set(v)) hint=hint kind=kind inputmode=inputmode
            autocomplete=autocomplete />
    }
}

/// A checkbox bound to a signal.
#[component]
pub fn Check(
    id: &'static str,
    field: &'static str,
    label: &'static str,
    form: FormState,
    checked: RwSignal<bool>,
) -> impl IntoView {
    let errors = form.errors_for(field);
    let error_id = format!("{id}-error");
    view! {
        <div class="field choice">
            <input
                type="checkbox"
                id=id
                name=field
                aria-describedby=error_id.clone()
                aria-invalid=move || if errors.with(|e| e.is_empty()) { "false" } else { "true" }
                prop:checked=move || checked.get()
                on:change=move |ev| checked.set(event_target_checked(&ev))
            />
            <label for=id><T key=label /></label>
            <Errors id=error_id field=field form=form />
        </div>
    }
}

/// The problem of the last request that belongs to no field; focused when it appears.
#[component]
pub fn Problem(form: FormState) -> impl IntoView {
    view! {
        <p class="field-error form-problem" role="alert" tabindex="-1">
            {move || form.problem.get().map(|key| view! { <TMessage key=key /> })}
        </p>
    }
}

pub use fields::focus_first_error;
