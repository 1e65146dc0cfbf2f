//! STEP 1: the terms, and the two consents that open STEP 2.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use madoguchi_rules::FieldError;

use super::fields::{CheckField, focus_first_error};
use super::{Stepper, session};
use crate::i18n::T;

#[component]
pub fn TermsPage() -> impl IntoView {
    let s = session();
    let navigate = use_navigate();
    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = s.draft.get_untracked();
        let mut errors = Vec::new();
        if !draft.age_confirmed {
            errors.push(FieldError::new("age_confirmed", "rule-must-accept"));
        }
        if !draft.terms_accepted {
            errors.push(FieldError::new("terms_accepted", "rule-must-accept"));
        }
        let ok = errors.is_empty();
        s.errors.set(errors);
        if ok {
            navigate("/mynumber/email", Default::default());
        } else {
            focus_first_error();
        }
    };
    view! {
        <Stepper current=1 />
        <h1><T key="mynumber-title" /></h1>
        <h2><T key="mynumber-terms-heading" /></h2>
        <ul class="points">
            <li><T key="mynumber-terms-residents" /></li>
            <li><T key="mynumber-terms-representative" /></li>
            <li><T key="mynumber-terms-operator" /></li>
            <li><T key="mynumber-terms-madoguchi" /></li>
        </ul>
        <form class="step" novalidate=true on:submit=confirm>
            <CheckField id="age-confirmed" field="age_confirmed" label="mynumber-consent-age"
                checked=Signal::derive(move || s.draft.with(|d| d.age_confirmed))
                on_change=Callback::new(move |v| s.update(|d| d.age_confirmed = v)) />
            <CheckField id="terms-accepted" field="terms_accepted" label="mynumber-consent-terms"
                checked=Signal::derive(move || s.draft.with(|d| d.terms_accepted))
                on_change=Callback::new(move |v| s.update(|d| d.terms_accepted = v)) />
            <button type="submit" class="primary">
                <T key="mynumber-confirm" />
            </button>
        </form>
    }
}
