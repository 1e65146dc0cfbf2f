//! STEP 2 (e-mail registration: application ID from the letter's QR code or typed twice, name
//! for mail, address twice), its confirmation screen, and STEP 3 (mail sent).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use madoguchi_jobs::{Reply, Request};
use madoguchi_rules::application_id::group_digits;
use madoguchi_rules::forms::MyNumberEmailForm;
use wasm_bindgen::JsCast;

use super::challenge::ImageChallenge;
use super::fields::{Problem, TextField, focus_first_error};
use super::{Draft, Stepper, session};
use crate::api::{Receipt, new_idempotency_key};
use crate::components::submit_status::{FinalSubmit, WaitingForNetwork};
use crate::i18n::{T, TArgs};
use crate::worker::run_job;

fn email_form(d: &Draft) -> MyNumberEmailForm {
    MyNumberEmailForm {
        age_confirmed: d.age_confirmed,
        terms_accepted: d.terms_accepted,
        application_id: d.application_id.clone(),
        application_id_confirmation: d.application_id_confirmation.clone(),
        mail_name: d.mail_name.clone(),
        email: d.email.clone(),
        email_confirmation: d.email_confirmation.clone(),
        challenge_id: d.challenge_id.clone(),
        challenge_answer: d.challenge_answer.clone(),
    }
}

/// The application ID in a QR code's text: its one run of exactly 23 digits.
fn application_id_in(text: &str) -> Option<String> {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|run| run.len() == 23)
        .map(str::to_owned)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QrState {
    Idle,
    Reading,
    Filled,
    NotFound,
}

#[component]
pub fn EmailPage() -> impl IntoView {
    let s = session();
    let navigate = use_navigate();
    let show_id = RwSignal::new(false);
    let qr = RwSignal::new(QrState::Idle);
    let qr_input = NodeRef::<leptos::html::Input>::new();

    let read_qr = move |_| {
        let Some(input) = qr_input.get_untracked() else {
            return;
        };
        let input: web_sys::HtmlInputElement = input.unchecked_into();
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        qr.set(QrState::Reading);
        spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => Vec::new(),
            };
            input.set_value("");
            let found = match run_job(&Request::ReadQr, Some(&bytes), |_| {}).await {
                Ok((Reply::QrCodes { texts }, _)) => {
                    texts.iter().find_map(|t| application_id_in(t))
                }
                _ => None,
            };
            match found {
                Some(id) => {
                    let grouped = group_digits(&id);
                    s.update(|d| {
                        d.application_id = grouped.clone();
                        d.application_id_confirmation = grouped;
                    });
                    qr.set(QrState::Filled);
                }
                None => qr.set(QrState::NotFound),
            }
        });
    };

    let confirm = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match email_form(&s.draft.get_untracked()).validate() {
            Ok(_) => {
                s.errors.set(Vec::new());
                navigate("/mynumber/email/confirm", Default::default());
            }
            Err(errors) => {
                s.errors.set(errors);
                focus_first_error();
            }
        }
    };

    let id_kind = Signal::derive(move || if show_id.get() { "text" } else { "password" });
    view! {
        <Stepper current=2 />
        <h1><T key="mynumber-email-heading" /></h1>
        <p class="lead"><T key="mynumber-email-intro" /></p>
        <form class="step" novalidate=true on:submit=confirm>
            <fieldset class="qr">
                <legend><T key="mynumber-qr-legend" /></legend>
                <p class="hint" id="qr-hint"><T key="mynumber-qr-hint" /></p>
                <input id="qr-file" class="file-input" type="file" accept="image/*" capture="environment"
                    aria-describedby="qr-hint" node_ref=qr_input on:change=read_qr />
                <label class="file-button" for="qr-file"><T key="mynumber-qr-button" /></label>
                <p class="status" role="status">
                    {move || match qr.get() {
                        QrState::Idle => None,
                        QrState::Reading => Some(view! { <T key="mynumber-qr-reading" /> }.into_any()),
                        QrState::Filled => Some(view! { <T key="mynumber-qr-filled" /> }.into_any()),
                        QrState::NotFound => Some(view! { <T key="mynumber-qr-not-found" /> }.into_any()),
                    }}
                </p>
            </fieldset>
            {move || {
                let kind = id_kind.get();
                view! {
                    <TextField id="application-id" field="application_id" label="mynumber-application-id"
                        hint="mynumber-application-id-hint" kind=kind inputmode="numeric"
                        value=Signal::derive(move || s.draft.with(|d| d.application_id.clone()))
                        on_input=Callback::new(move |v| s.update(|d| d.application_id = v)) />
                    <TextField id="application-id-confirmation" field="application_id_confirmation"
                        label="mynumber-application-id-again" kind=kind inputmode="numeric"
                        value=Signal::derive(move || s.draft.with(|d| d.application_id_confirmation.clone()))
                        on_input=Callback::new(move |v| s.update(|d| d.application_id_confirmation = v)) />
                }
            }}
            <div class="field choice">
                <input type="checkbox" id="show-application-id" prop:checked=move || show_id.get()
                    on:change=move |ev| show_id.set(event_target_checked(&ev)) />
                <label for="show-application-id"><T key="mynumber-application-id-show" /></label>
            </div>
            <TextField id="mail-name" field="mail_name" label="mynumber-mail-name" hint="mynumber-mail-name-hint"
                autocomplete="name"
                value=Signal::derive(move || s.draft.with(|d| d.mail_name.clone()))
                on_input=Callback::new(move |v| s.update(|d| d.mail_name = v)) />
            <TextField id="email" field="email" label="mynumber-email" hint="mynumber-email-hint" kind="email"
                autocomplete="email"
                value=Signal::derive(move || s.draft.with(|d| d.email.clone()))
                on_input=Callback::new(move |v| s.update(|d| d.email = v)) />
            <TextField id="email-confirmation" field="email_confirmation" label="mynumber-email-again" kind="email"
                value=Signal::derive(move || s.draft.with(|d| d.email_confirmation.clone()))
                on_input=Callback::new(move |v| s.update(|d| d.email_confirmation = v)) />
            <ImageChallenge />
            <div class="actions">
                <a href="/mynumber" class="button"><T key="mynumber-back" /></a>
                <button type="submit" class="primary"><T key="mynumber-confirm" /></button>
            </div>
        </form>
    }
}

#[component]
pub fn EmailConfirmPage() -> impl IntoView {
    let s = session();
    let navigate = use_navigate();
    let submit = FinalSubmit::new();
    let valid = s.draft.with_untracked(|d| email_form(d).validate());
    let Ok(valid) = valid else {
        // Arrived here without a complete STEP 2 (e.g. a bookmark): go and complete it.
        navigate("/mynumber/email", Default::default());
        return ().into_any();
    };
    let register = move |_| {
        if submit.is_sending() {
            return;
        }
        s.problem.set(None);
        if s.draft.with_untracked(|d| d.email_key.is_empty()) {
            s.update(|d| d.email_key = new_idempotency_key());
        }
        let draft = s.draft.get_untracked();
        let navigate = navigate.clone();
        let body = email_form(&draft);
        submit.send(
            "/api/forms/mynumber-email",
            body,
            draft.email_key,
            move |answer: Result<Receipt, _>| {
                match answer {
                    Ok(_) => {
                        s.errors.set(Vec::new());
                        navigate("/mynumber/email/sent", Default::default());
                    }
                    Err(failure)
                        if failure.errors.iter().any(|e| e.field == "challenge_answer") =>
                    {
                        // The server used the challenge up: answer a new one on STEP 2, the rest
                        // of what was typed stays.
                        s.update(|d| {
                            d.challenge_id.clear();
                            d.challenge_answer.clear();
                        });
                        s.errors.set(failure.errors);
                        navigate("/mynumber/email", Default::default());
                        focus_first_error();
                    }
                    Err(failure) => {
                        s.errors.set(failure.errors);
                        s.problem.set(Some(failure.message));
                    }
                }
            },
        );
    };
    let id = valid.application_id.clone();
    view! {
        <Stepper current=2 />
        <h1><T key="mynumber-email-confirm-heading" /></h1>
        <p class="lead"><T key="mynumber-email-confirm-intro" /></p>
        <dl class="review">
            <dt><T key="mynumber-application-id" /></dt>
            <dd class="mono">{group_digits(&id)}</dd>
            <dt><T key="mynumber-mail-name" /></dt>
            <dd>{valid.mail_name.clone()}</dd>
            <dt><T key="mynumber-email" /></dt>
            <dd>{valid.email.clone()}</dd>
        </dl>
        <Problem />
        <WaitingForNetwork waiting=submit.waiting />
        <div class="actions">
            <a href="/mynumber/email" class="button"><T key="mynumber-back" /></a>
            <button type="button" class="primary" on:click=register aria-disabled=move || submit.sending.get().to_string()>
                <T key="mynumber-register" />
            </button>
        </div>
    }
    .into_any()
}

#[component]
pub fn EmailSentPage() -> impl IntoView {
    let s = session();
    let email = s.draft.with_untracked(|d| d.email.clone());
    let args = vec![("email", email)];
    let local_outbox = RwSignal::new(false);
    spawn_local(async move {
        local_outbox.set(
            crate::api::get::<serde_json::Value>("/api/dev/outbox")
                .await
                .is_ok(),
        );
    });
    view! {
        <Stepper current=3 />
        <h1><T key="mynumber-sent-heading" /></h1>
        <p><TArgs key="mynumber-sent-body" args=args /></p>
        <p class="hint"><T key="mynumber-sent-hint" /></p>
        {move || local_outbox.get().then(|| view! {
            <p><a href="/outbox"><T key="mynumber-sent-local-outbox" /></a></p>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::application_id_in;

    #[test]
    fn the_application_id_is_the_23_digit_run_of_the_qr_text() {
        assert_eq!(
            application_id_in("https://x.example/a?b=12&shinsei=45341000100010001000000&c=3")
                .as_deref(),
            Some("45341000100010001000000")
        );
        assert_eq!(application_id_in("453410001000100010000001"), None);
        assert_eq!(application_id_in("no digits"), None);
    }
}
