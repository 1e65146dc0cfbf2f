//! 利用者ログイン / ログアウト and recovery (seed 001 §2.2–2.5): login with lockout after five
//! failures, logout confirmation, forgot user ID, forgot password and the reset link (which also
//! unlocks a locked account).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use madoguchi_rules::account_forms::{
    ForgotPasswordForm, ForgotUserIdForm, LoginForm, PasswordResetForm,
};

use super::fields::{Field, FormState, Problem};
use super::passkeys::PasskeyLogin;
use super::{LocalOutboxLink, SessionInfo, account, focus_later, safe_next};
use crate::api::{get, post_json};
use crate::i18n::{T, TMessage};

#[component]
pub fn LoginPage() -> impl IntoView {
    let a = account();
    let navigate = use_navigate();
    let query = use_query_map();
    let form = FormState::new();
    let user_id = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    // Why the person is here (session ended, page needs a login); shown once.
    let notice = a.notice.get_untracked();
    a.notice.set(None);
    let locked = Signal::derive(move || {
        form.problem
            .with(|p| p.as_deref() == Some("account-locked"))
    });
    // Either way of logging in ends here: back to the page that asked for it, or my page.
    let logged_in = Callback::new(move |info: SessionInfo| {
        let next = query
            .read_untracked()
            .get("next")
            .and_then(|n| safe_next(&n))
            .unwrap_or_else(|| "/account".to_owned());
        a.set_session(info);
        navigate(&next, Default::default());
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.busy.get_untracked() {
            return;
        }
        let body = LoginForm {
            user_id: user_id.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        };
        if let Err(errors) = body.validate() {
            return form.show_errors(errors);
        }
        form.clear();
        form.busy.set(true);
        spawn_local(async move {
            let answer = post_json::<SessionInfo>("/api/account/login", &body, None).await;
            form.busy.set(false);
            match answer {
                Ok(info) => {
                    password.set(String::new());
                    logged_in.run(info);
                }
                Err(failure) => {
                    password.set(String::new());
                    form.show_failure(failure);
                }
            }
        });
    };
    view! {
        <h1><T key="account-login-heading" /></h1>
        {notice.map(|key| view! { <p class="notice" role="status"><T key=key /></p> })}
        <p class="lead"><T key="account-login-intro" /></p>
        <form class="step" novalidate=true on:submit=submit>
            <Field id="user-id" field="user_id" label="account-user-id" autocomplete="username" form=form value=user_id />
            <Field id="password" field="password" label="account-password" kind="password"
                autocomplete="current-password" form=form value=password />
            <Problem form=form />
            {move || locked.get().then(|| view! {
                <p><A href="/account/forgot-password"><T key="account-unlock-by-reset" /></A></p>
            })}
            <div class="actions">
                <button type="submit" class="primary" aria-disabled=move || form.busy.get().to_string()>
                    <T key="account-login-button" />
                </button>
            </div>
        </form>
        <PasskeyLogin done=logged_in />
        <ul class="links">
            <li><A href="/account/forgot-user-id"><T key="account-forgot-user-id-link" /></A></li>
            <li><A href="/account/forgot-password"><T key="account-forgot-password-link" /></A></li>
            <li><A href="/account/register"><T key="account-register-link" /></A></li>
        </ul>
    }
}

#[component]
pub fn LogoutPage() -> impl IntoView {
    let a = account();
    let form = FormState::new();
    let done = RwSignal::new(false);
    let logout = move |_| {
        if form.busy.get_untracked() {
            return;
        }
        form.clear();
        form.busy.set(true);
        spawn_local(async move {
            let answer =
                post_json::<serde_json::Value>("/api/account/logout", &serde_json::json!({}), None)
                    .await;
            form.busy.set(false);
            match answer {
                Ok(_) => {
                    a.logged_out();
                    done.set(true);
                    focus_later("main h1");
                }
                Err(failure) if super::needs_login(&failure) => {
                    a.logged_out();
                    done.set(true);
                }
                Err(failure) => form.show_failure(failure),
            }
        });
    };
    move || {
        if done.get() || a.session.with(|s| matches!(s, Some(None))) {
            view! {
                <h1 tabindex="-1"><T key="account-logout-done-heading" /></h1>
                <p role="status"><T key="account-logged-out" /></p>
                <p><A href="/account/login"><T key="account-login-button" /></A></p>
            }
            .into_any()
        } else {
            view! {
                <h1><T key="account-logout-heading" /></h1>
                <p class="lead"><T key="account-logout-question" /></p>
                <Problem form=form />
                <div class="actions">
                    <A href="/account" attr:class="button"><T key="account-back-to-mypage" /></A>
                    <button type="button" class="primary" on:click=logout aria-disabled=move || form.busy.get().to_string()>
                        <T key="account-logout-button" />
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

/// The answer every mail-sending recovery form shows (it never says whether the account exists).
#[component]
fn MailSent() -> impl IntoView {
    view! {
        <h1 tabindex="-1"><T key="account-mail-sent-heading" /></h1>
        <p role="status"><T key="account-mail-sent" /></p>
        <LocalOutboxLink />
        <p><A href="/account/login"><T key="account-back-to-login" /></A></p>
    }
}

#[component]
pub fn ForgotUserIdPage() -> impl IntoView {
    let form = FormState::new();
    let email = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let sent = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.busy.get_untracked() {
            return;
        }
        let body = ForgotUserIdForm {
            email: email.get_untracked(),
            latin_name: name.get_untracked(),
        };
        if let Err(errors) = body.validate() {
            return form.show_errors(errors);
        }
        form.clear();
        form.busy.set(true);
        spawn_local(async move {
            let answer =
                post_json::<serde_json::Value>("/api/account/forgot-user-id", &body, None).await;
            form.busy.set(false);
            match answer {
                Ok(_) => {
                    sent.set(true);
                    focus_later("main h1");
                }
                Err(failure) => form.show_failure(failure),
            }
        });
    };
    move || {
        if sent.get() {
            view! { <MailSent /> }.into_any()
        } else {
            view! {
                <h1><T key="account-forgot-user-id-heading" /></h1>
                <p class="lead"><T key="account-forgot-user-id-intro" /></p>
                <form class="step" novalidate=true on:submit=submit>
                    <Field id="email" field="email" label="account-email" kind="email" autocomplete="email"
                        form=form value=email />
                    <Field id="latin-name" field="latin_name" label="account-latin-name" hint="account-latin-name-hint"
                        autocomplete="name" form=form value=name />
                    <Problem form=form />
                    <div class="actions">
                        <A href="/account/login" attr:class="button"><T key="account-back-to-login" /></A>
                        <button type="submit" class="primary" aria-disabled=move || form.busy.get().to_string()>
                            <T key="account-send" />
                        </button>
                    </div>
                </form>
            }
            .into_any()
        }
    }
}

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let form = FormState::new();
    let user_id = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let sent = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.busy.get_untracked() {
            return;
        }
        let body = ForgotPasswordForm {
            user_id: user_id.get_untracked().trim().to_owned(),
            email: email.get_untracked(),
        };
        if let Err(errors) = body.validate() {
            return form.show_errors(errors);
        }
        form.clear();
        form.busy.set(true);
        spawn_local(async move {
            let answer =
                post_json::<serde_json::Value>("/api/account/forgot-password", &body, None).await;
            form.busy.set(false);
            match answer {
                Ok(_) => {
                    sent.set(true);
                    focus_later("main h1");
                }
                Err(failure) => form.show_failure(failure),
            }
        });
    };
    move || {
        if sent.get() {
            view! { <MailSent /> }.into_any()
        } else {
            view! {
                <h1><T key="account-forgot-password-heading" /></h1>
                <p class="lead"><T key="account-forgot-password-intro" /></p>
                <form class="step" novalidate=true on:submit=submit>
                    <Field id="user-id" field="user_id" label="account-user-id" autocomplete="username"
                        form=form value=user_id />
                    <Field id="email" field="email" label="account-email" kind="email" autocomplete="email"
                        form=form value=email />
                    <Problem form=form />
                    <div class="actions">
                        <A href="/account/login" attr:class="button"><T key="account-back-to-login" /></A>
                        <button type="submit" class="primary" aria-disabled=move || form.busy.get().to_string()>
                            <T key="account-send" />
                        </button>
                    </div>
                </form>
            }
            .into_any()
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct ResetLink {
    expires_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ResetStage {
    Loading,
    Invalid(String),
    Input(String),
    Done,
}

#[component]
pub fn PasswordResetPage() -> impl IntoView {
    let params = use_params_map();
    let token = move || params.read_untracked().get("token").unwrap_or_default();
    let stage = RwSignal::new(ResetStage::Loading);
    let form = FormState::new();
    let password = RwSignal::new(String::new());
    let password_confirmation = RwSignal::new(String::new());
    spawn_local(async move {
        let answer = get::<ResetLink>(&format!("/api/account/password-reset/{}", token())).await;
        stage.set(match answer {
            Ok(link) => ResetStage::Input(link.expires_at),
            Err(failure) => ResetStage::Invalid(failure.message),
        });
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.busy.get_untracked() {
            return;
        }
        let body = PasswordResetForm {
            password: password.get_untracked(),
            password_confirmation: password_confirmation.get_untracked(),
        };
        if let Err(errors) = body.validate() {
            return form.show_errors(errors);
        }
        form.clear();
        form.busy.set(true);
        spawn_local(async move {
            let answer = post_json::<serde_json::Value>(
                &format!("/api/account/password-reset/{}", token()),
                &body,
                None,
            )
            .await;
            form.busy.set(false);
            match answer {
                Ok(_) => {
                    password.set(String::new());
                    password_confirmation.set(String::new());
                    stage.set(ResetStage::Done);
                    focus_later("main h1");
                }
                Err(failure) => form.show_failure(failure),
            }
        });
    };
    move || {
        match stage.get() {
        ResetStage::Loading => view! {
            <h1><T key="account-reset-heading" /></h1>
            <p role="status"><T key="mynumber-loading" /></p>
        }
        .into_any(),
        ResetStage::Invalid(message) => view! {
            <h1><T key="account-reset-heading" /></h1>
            <section class="step failure" role="alert">
                <h2><TMessage key=message /></h2>
                <p><A href="/account/forgot-password"><T key="account-forgot-password-link" /></A></p>
            </section>
        }
        .into_any(),
        ResetStage::Input(expires) => view! {
            <h1><T key="account-reset-heading" /></h1>
            <p class="lead"><T key="account-reset-intro" /></p>
            <p class="hint"><crate::i18n::TArgs key="account-link-expires" args={ let at = expires.clone(); Signal::derive(move || vec![("time", crate::i18n::local_date(&at))]) } /></p>
            <form class="step" novalidate=true on:submit=submit>
                <Field id="password" field="password" label="account-new-password" hint="account-password-hint"
                    kind="password" autocomplete="new-password" form=form value=password />
                <Field id="password-confirmation" field="password_confirmation" label="account-password-again"
                    hint="account-password-again-hint" kind="password" autocomplete="new-password" form=form
                    value=password_confirmation />
                <Problem form=form />
                <div class="actions">
                    <button type="submit" class="primary" aria-disabled=move || form.busy.get().to_string()>
                        <T key="account-reset-button" />
                    </button>
                </div>
            </form>
        }
        .into_any(),
        ResetStage::Done => view! {
            <h1 tabindex="-1"><T key="account-reset-done-heading" /></h1>
            <p role="status"><T key="account-password-reset" /></p>
            <p><A href="/account/login" attr:class="button primary"><T key="account-login-button" /></A></p>
        }
        .into_any(),
    }
    }
}
