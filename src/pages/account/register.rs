//! 利用者登録 (seed 001 §3): terms and the address typed twice → mail with a link valid 24 h →
//! user kind, name in Latin capitals, phone, password twice → confirmation → user ID issued.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use madoguchi_rules::account_forms::{RegistrationForm, RegistrationStartForm};

use super::fields::{Check, Errors, Field, FormState, Problem};
use super::{LocalOutboxLink, focus_later};
use crate::api::{get, post_json};
use crate::i18n::{T, TArgs, TMessage};

/// The four user kinds (利用者区分) and their Fluent ids.
pub const USER_KINDS: [(&str, &str); 4] = [
    ("organisation_staff", "user-kind-organisation-staff"),
    ("lawyer_or_scrivener", "user-kind-lawyer-or-scrivener"),
    ("foreign_national", "user-kind-foreign-national"),
    ("legal_representative", "user-kind-legal-representative"),
];

/// The Fluent id naming a user kind as the API sends it.
pub fn user_kind_key(kind: &str) -> &'static str {
    USER_KINDS
        .iter()
        .find(|(value, _)| *value == kind)
        .map_or("user-kind-organisation-staff", |(_, key)| key)
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let form = FormState::new();
    let terms = RwSignal::new(false);
    let email = RwSignal::new(String::new());
    let email_confirmation = RwSignal::new(String::new());
    let sent_to = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.busy.get_untracked() {
            return;
        }
        let body = RegistrationStartForm {
            terms_accepted: terms.get_untracked(),
            email: email.get_untracked(),
            email_confirmation: email_confirmation.get_untracked(),
        };
        let address = match body.validate() {
            Ok(address) => address.as_str().to_owned(),
            Err(errors) => return form.show_errors(errors),
        };
        form.clear();
        form.busy.set(true);
        spawn_local(async move {
            let answer =
                post_json::<serde_json::Value>("/api/account/registration", &body, None).await;
            form.busy.set(false);
            match answer {
                Ok(_) => {
                    sent_to.set(Some(address));
                    focus_later("main h1");
                }
                Err(failure) => form.show_failure(failure),
            }
        });
    };
    move || {
        match sent_to.get() {
        Some(address) => view! {
            <h1 tabindex="-1"><T key="account-register-sent-heading" /></h1>
            <p role="status"><T key="account-mail-sent" /></p>
            <p><TArgs key="account-register-sent-to" args=vec![("email", address)] /></p>
            <p class="hint"><T key="account-register-sent-hint" /></p>
            <LocalOutboxLink />
        }
        .into_any(),
        None => view! {
            <h1><T key="account-register-heading" /></h1>
            <p class="lead"><T key="account-register-intro" /></p>
            <section class="step">
                <h2><T key="account-terms-heading" /></h2>
                <ul class="points">
                    <li><T key="account-terms-purpose" /></li>
                    <li><T key="account-terms-hours" /></li>
                    <li><T key="account-terms-mail" /></li>
                    <li><T key="account-terms-japanese" /></li>
                </ul>
            </section>
            <form class="step" novalidate=true on:submit=submit>
                <Check id="terms-accepted" field="terms_accepted" label="account-terms-accept" form=form checked=terms />
                <Field id="email" field="email" label="account-email" hint="account-email-hint" kind="email"
                    autocomplete="email" form=form value=email />
                <Field id="email-confirmation" field="email_confirmation" label="account-email-again" kind="email"
                    form=form value=email_confirmation />
                <Problem form=form />
                <div class="actions">
                    <button type="submit" class="primary" aria-disabled=move || form.busy.get().to_string()>
                        <T key="account-register-send" />
                    </button>
                </div>
            </form>
        }
        .into_any(),
    }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct RegistrationLink {
    email: String,
    expires_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct Preview {
    user_kind: String,
    latin_name: String,
    phone: String,
    email: String,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct Registered {
    user_id: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Stage {
    Loading,
    Invalid(String),
    Input(RegistrationLink),
    Confirm(RegistrationLink, Preview),
    Done(String),
}

#[component]
pub fn RegistrationPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read_untracked().get("token").unwrap_or_default();
    let stage = RwSignal::new(Stage::Loading);
    let form = FormState::new();
    let kind = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let password_confirmation = RwSignal::new(String::new());
    let current = move || RegistrationForm {
        user_kind: kind.get_untracked(),
        latin_name: name.get_untracked(),
        phone: phone.get_untracked(),
        password: password.get_untracked(),
        password_confirmation: password_confirmation.get_untracked(),
    };

    spawn_local(async move {
        let answer =
            get::<RegistrationLink>(&format!("/api/account/registration/{}", token())).await;
        stage.set(match answer {
            Ok(link) => Stage::Input(link),
            Err(failure) => Stage::Invalid(failure.message),
        });
    });

    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.busy.get_untracked() {
            return;
        }
        let Stage::Input(link) = stage.get_untracked() else {
            return;
        };
        let body = current();
        if let Err(errors) = body.validate() {
            return form.show_errors(errors);
        }
        form.clear();
        form.busy.set(true);
        spawn_local(async move {
            let answer = post_json::<Preview>(
                &format!("/api/account/registration/{}/check", token()),
                &body,
                None,
            )
            .await;
            form.busy.set(false);
            match answer {
                Ok(preview) => {
                    stage.set(Stage::Confirm(link, preview));
                    focus_later("main h1");
                }
                Err(failure) => form.show_failure(failure),
            }
        });
    };
    let back = move |_| {
        if let Stage::Confirm(link, _) = stage.get_untracked() {
            stage.set(Stage::Input(link));
            focus_later("main h1");
        }
    };
    let register = move |_| {
        if form.busy.get_untracked() {
            return;
        }
        form.clear();
        form.busy.set(true);
        let body = current();
        spawn_local(async move {
            let answer = post_json::<Registered>(
                &format!("/api/account/registration/{}", token()),
                &body,
                None,
            )
            .await;
            form.busy.set(false);
            match answer {
                Ok(done) => {
                    password.set(String::new());
                    password_confirmation.set(String::new());
                    stage.set(Stage::Done(done.user_id));
                    focus_later("main h1");
                }
                Err(failure) => {
                    if !failure.errors.is_empty()
                        && let Stage::Confirm(link, _) = stage.get_untracked()
                    {
                        stage.set(Stage::Input(link));
                    }
                    form.show_failure(failure);
                }
            }
        });
    };

    let kinds = move || {
        USER_KINDS
            .iter()
            .map(|&(value, key)| {
                let id = format!("user-kind-{value}");
                view! {
                    <div class="choice">
                        <input type="radio" name="user_kind" id=id.clone() value=value
                            aria-describedby="user-kind-error"
                            prop:checked=move || kind.with(|k| k == value)
                            on:change=move |_| kind.set(value.to_owned()) />
                        <label for=id><T key=key /></label>
                    </div>
                }
            })
            .collect_view()
    };

    move || {
        match stage.get() {
        Stage::Loading => view! {
            <h1><T key="account-registration-heading" /></h1>
            <p role="status"><T key="mynumber-loading" /></p>
        }
        .into_any(),
        Stage::Invalid(message) => view! {
            <h1><T key="account-registration-heading" /></h1>
            <section class="step failure" role="alert">
                <h2><TMessage key=message /></h2>
                <p><A href="/account/register"><T key="account-register-again" /></A></p>
            </section>
        }
        .into_any(),
        Stage::Input(link) => view! {
            <h1 tabindex="-1"><T key="account-registration-heading" /></h1>
            <p class="lead"><T key="account-registration-intro" /></p>
            <p class="hint"><TArgs key="account-link-expires" args={ let at = link.expires_at.clone(); Signal::derive(move || vec![("time", crate::i18n::local_date(&at))]) } /></p>
            <form class="step" novalidate=true on:submit=check>
                <fieldset>
                    <legend><T key="account-user-kind" /></legend>
                    {kinds}
                    <Errors id="user-kind-error".to_owned() field="user_kind" form=form />
                </fieldset>
                <Field id="latin-name" field="latin_name" label="account-latin-name" hint="account-latin-name-hint"
                    autocomplete="name" form=form value=name />
                <Field id="phone" field="phone" label="account-phone" hint="account-phone-hint" kind="tel"
                    inputmode="numeric" autocomplete="tel" form=form value=phone />
                <div class="field">
                    <p class="label"><T key="account-email" /></p>
                    <p class="mono">{link.email.clone()}</p>
                </div>
                <Field id="password" field="password" label="account-password" hint="account-password-hint"
                    kind="password" autocomplete="new-password" form=form value=password />
                <Field id="password-confirmation" field="password_confirmation" label="account-password-again"
                    hint="account-password-again-hint" kind="password" autocomplete="new-password" form=form
                    value=password_confirmation />
                <Problem form=form />
                <div class="actions">
                    <button type="submit" class="primary" aria-disabled=move || form.busy.get().to_string()>
                        <T key="account-to-confirm" />
                    </button>
                </div>
            </form>
        }
        .into_any(),
        Stage::Confirm(_, preview) => view! {
            <h1 tabindex="-1"><T key="account-registration-confirm-heading" /></h1>
            <p class="lead"><T key="account-registration-confirm-intro" /></p>
            <dl class="review">
                <dt><T key="account-user-kind" /></dt>
                <dd data-review="user-kind"><T key=user_kind_key(&preview.user_kind) /></dd>
                <dt><T key="account-latin-name" /></dt>
                <dd data-review="latin-name">{preview.latin_name.clone()}</dd>
                <dt><T key="account-phone" /></dt>
                <dd data-review="phone">{preview.phone.clone()}</dd>
                <dt><T key="account-email" /></dt>
                <dd data-review="email">{preview.email.clone()}</dd>
            </dl>
            <Problem form=form />
            <div class="actions">
                <button type="button" on:click=back><T key="account-back-to-input" /></button>
                <button type="button" class="primary" on:click=register aria-disabled=move || form.busy.get().to_string()>
                    <T key="account-register-button" />
                </button>
            </div>
        }
        .into_any(),
        Stage::Done(user_id) => view! {
            <h1 tabindex="-1"><T key="account-registration-done-heading" /></h1>
            <p role="status"><T key="account-registered" /></p>
            <dl class="review">
                <dt><T key="account-user-id" /></dt>
                <dd class="mono user-id">{user_id}</dd>
            </dl>
            <p class="hint"><T key="account-user-id-keep" /></p>
            <p><A href="/account/login" attr:class="button primary"><T key="account-login-button" /></A></p>
        }
        .into_any(),
    }
    }
}
