//! マイページ (seed 001 §6): 利用者詳細, and changing the email address (link to the new
//! address), the password and the phone number.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use madoguchi_rules::account_forms::{EmailChangeForm, PasswordChangeForm, PhoneChangeForm};

use super::fields::{Field, FormState, Problem};
use super::passkeys::PasskeySection;
use super::register::user_kind_key;
use super::{Account, account, focus_later, go_to_login, needs_login};
use crate::api::{ApiFailure, get, post_json};
use crate::i18n::{T, TArgs, TMessage, local_date};

/// 利用者詳細 (`GET /api/me`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct UserDetails {
    pub user_kind: String,
    pub user_id: String,
    pub latin_name: String,
    pub phone: String,
    pub email: String,
    pub role: String,
    pub previous_login_at: Option<String>,
}

/// Why a logged-in page sends the person to log in: the session ended, or there was none.
fn login_reason(a: Account) -> &'static str {
    if a.is_logged_in() {
        "account-session-expired"
    } else {
        "account-login-needed"
    }
}

/// Loads the details; a missing session goes to the login page (and back here afterwards).
fn load_details() -> RwSignal<Option<Result<UserDetails, String>>> {
    let details = RwSignal::new(None);
    let a = account();
    let navigate = use_navigate();
    if !super::may_have_session() {
        go_to_login(a, navigate.clone(), "account-login-needed");
        return details;
    }
    spawn_local(async move {
        match get::<UserDetails>("/api/me").await {
            Ok(d) => {
                a.touched();
                details.set(Some(Ok(d)));
            }
            Err(failure) if needs_login(&failure) => {
                let reason = login_reason(a);
                a.logged_out();
                go_to_login(a, navigate.clone(), reason);
            }
            Err(failure) => details.set(Some(Err(failure.message))),
        }
    });
    details
}

/// Shows a failed request of a logged-in form: a lost session goes to the login page (what was
/// typed stays in memory for when the person is back).
pub(super) fn handle_failure(
    a: Account,
    form: FormState,
    failure: ApiFailure,
    navigate: impl Fn(&str, leptos_router::NavigateOptions) + Clone + 'static,
) {
    if needs_login(&failure) {
        let reason = login_reason(a);
        a.logged_out();
        go_to_login(a, navigate.clone(), reason);
    } else {
        form.show_failure(failure);
    }
}

#[component]
pub fn MyPage() -> impl IntoView {
    let details = load_details();
    move || match details.get() {
        None => view! {
            <h1><T key="account-mypage-heading" /></h1>
            <p role="status"><T key="mynumber-loading" /></p>
        }
        .into_any(),
        Some(Err(message)) => view! {
            <h1><T key="account-mypage-heading" /></h1>
            <p class="field-error" role="alert"><TMessage key=message /></p>
        }
        .into_any(),
        Some(Ok(d)) => {
            let previous = d.previous_login_at.clone();
            view! {
                <h1><T key="account-mypage-heading" /></h1>
                {previous.map(|time| view! {
                    <p class="hint previous-login"><TArgs key="account-previous-login" args=Signal::derive(move || vec![("time", local_date(&time))]) /></p>
                })}
                <nav class="flows" aria-labelledby="mypage-menu">
                    <h2 id="mypage-menu" class="visually-hidden"><T key="account-mypage-heading" /></h2>
                    <A href="/account/coe" attr:class="button primary"><T key="account-coe-link" /></A>
                </nav>
                <h2><T key="account-details-heading" /></h2>
                <dl class="review details">
                    <dt><T key="account-user-kind" /></dt>
                    <dd data-detail="user-kind"><T key=user_kind_key(&d.user_kind) /></dd>
                    <dt><T key="account-user-id" /></dt>
                    <dd data-detail="user-id" class="mono">{d.user_id.clone()}</dd>
                    <dt><T key="account-latin-name" /></dt>
                    <dd data-detail="latin-name">{d.latin_name.clone()}</dd>
                    <dt><T key="account-phone" /></dt>
                    <dd data-detail="phone">{d.phone.clone()}</dd>
                    <dt><T key="account-email" /></dt>
                    <dd data-detail="email">{d.email.clone()}</dd>
                </dl>
                <div class="actions">
                    <A href="/account/email" attr:class="button"><T key="account-change-email" /></A>
                    <A href="/account/password" attr:class="button"><T key="account-change-password" /></A>
                    <A href="/account/phone" attr:class="button"><T key="account-change-phone" /></A>
                </div>
                <PasskeySection />
            }
            .into_any()
        }
    }
}

#[component]
pub fn EmailChangePage() -> impl IntoView {
    let a = account();
    let drafts = a.drafts;
    let navigate = use_navigate();
    let form = FormState::new();
    let sent = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.busy.get_untracked() {
            return;
        }
        let body = EmailChangeForm {
            email: drafts.email.get_untracked(),
            email_confirmation: drafts.email_confirmation.get_untracked(),
        };
        if let Err(errors) = body.validate() {
            return form.show_errors(errors);
        }
        form.clear();
        form.busy.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let answer = post_json::<serde_json::Value>("/api/me/email", &body, None).await;
            form.busy.set(false);
            match answer {
                Ok(_) => {
                    drafts.email.set(String::new());
                    drafts.email_confirmation.set(String::new());
                    sent.set(true);
                    focus_later("main h1");
                }
                Err(failure) => handle_failure(a, form, failure, navigate),
            }
        });
    };
    move || {
        if sent.get() {
            view! {
                <h1 tabindex="-1"><T key="account-email-change-heading" /></h1>
                <p role="status"><T key="account-email-change-sent" /></p>
                <super::LocalOutboxLink />
                <p><A href="/account"><T key="account-back-to-mypage" /></A></p>
            }
            .into_any()
        } else {
            view! {
                <h1><T key="account-email-change-heading" /></h1>
                <p class="lead"><T key="account-email-change-intro" /></p>
                <form class="step" novalidate=true on:submit=submit.clone()>
                    <Field id="email" field="email" label="account-new-email" hint="account-email-hint" kind="email"
                        autocomplete="email" form=form value=drafts.email />
                    <Field id="email-confirmation" field="email_confirmation" label="account-email-again" kind="email"
                        form=form value=drafts.email_confirmation />
                    <Problem form=form />
                    <div class="actions">
                        <A href="/account" attr:class="button"><T key="account-back-to-mypage" /></A>
                        <button type="submit" class="primary" aria-disabled=move || form.busy.get().to_string()>
                            <T key="account-change-button" />
                        </button>
                    </div>
                </form>
            }
            .into_any()
        }
    }
}

/// Opened from the mail sent to the new address: finishes the change.
#[component]
pub fn EmailChangeConfirmPage() -> impl IntoView {
    let params = use_params_map();
    let token = params.read_untracked().get("token").unwrap_or_default();
    let result = RwSignal::new(None::<Result<(), String>>);
    spawn_local(async move {
        let answer = post_json::<serde_json::Value>(
            &format!("/api/account/email-change/{token}"),
            &serde_json::json!({}),
            None,
        )
        .await;
        result.set(Some(answer.map(|_| ()).map_err(|f| f.message)));
        focus_later("main [role=status], main [role=alert]");
    });
    view! {
        <h1><T key="account-email-change-heading" /></h1>
        {move || match result.get() {
            None => view! { <p role="status"><T key="mynumber-loading" /></p> }.into_any(),
            Some(Ok(())) => view! { <p role="status" tabindex="-1"><T key="account-email-changed" /></p> }.into_any(),
            Some(Err(message)) => view! {
                <p class="field-error" role="alert" tabindex="-1"><TMessage key=message /></p>
            }
            .into_any(),
        }}
        <p><A href="/account"><T key="account-back-to-mypage" /></A></p>
    }
}

#[component]
pub fn PasswordChangePage() -> impl IntoView {
    let a = account();
    let navigate = use_navigate();
    let form = FormState::new();
    let current = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let password_confirmation = RwSignal::new(String::new());
    let done = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.busy.get_untracked() {
            return;
        }
        let body = PasswordChangeForm {
            current_password: current.get_untracked(),
            password: password.get_untracked(),
            password_confirmation: password_confirmation.get_untracked(),
        };
        if let Err(errors) = body.validate() {
            return form.show_errors(errors);
        }
        form.clear();
        form.busy.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let answer = post_json::<serde_json::Value>("/api/me/password", &body, None).await;
            form.busy.set(false);
            match answer {
                Ok(_) => {
                    current.set(String::new());
                    password.set(String::new());
                    password_confirmation.set(String::new());
                    done.set(true);
                    focus_later("main h1");
                }
                Err(failure) => handle_failure(a, form, failure, navigate),
            }
        });
    };
    move || {
        if done.get() {
            view! {
                <h1 tabindex="-1"><T key="account-change-done-heading" /></h1>
                <p role="status"><T key="account-password-changed" /></p>
                <p><A href="/account"><T key="account-back-to-mypage" /></A></p>
            }
            .into_any()
        } else {
            view! {
                <h1><T key="account-password-change-heading" /></h1>
                <form class="step" novalidate=true on:submit=submit.clone()>
                    <Field id="current-password" field="current_password" label="account-current-password"
                        kind="password" autocomplete="current-password" form=form value=current />
                    <Field id="password" field="password" label="account-new-password" hint="account-password-hint"
                        kind="password" autocomplete="new-password" form=form value=password />
                    <Field id="password-confirmation" field="password_confirmation" label="account-password-again"
                        hint="account-password-again-hint" kind="password" autocomplete="new-password" form=form
                        value=password_confirmation />
                    <Problem form=form />
                    <div class="actions">
                        <A href="/account" attr:class="button"><T key="account-back-to-mypage" /></A>
                        <button type="submit" class="primary" aria-disabled=move || form.busy.get().to_string()>
                            <T key="account-change-button" />
                        </button>
                    </div>
                </form>
            }
            .into_any()
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum PhoneStage {
    Input,
    Confirm(String),
    Done,
}

/// 利用者変更: the phone number, its confirmation screen, and done.
#[component]
pub fn PhonePage() -> impl IntoView {
    let a = account();
    let drafts = a.drafts;
    let navigate = use_navigate();
    let form = FormState::new();
    let stage = RwSignal::new(PhoneStage::Input);
    let details = load_details();
    // The registered number is the starting point, unless something is already typed (e.g.
    // before the session ended).
    Effect::new(move |_| {
        if let Some(Ok(d)) = details.get()
            && drafts.phone.get_untracked().is_empty()
        {
            drafts.phone.set(d.phone);
        }
    });
    let check = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let body = PhoneChangeForm {
            phone: drafts.phone.get_untracked(),
        };
        match body.validate() {
            Ok(phone) => {
                form.clear();
                stage.set(PhoneStage::Confirm(phone.as_str().to_owned()));
                focus_later("main h1");
            }
            Err(errors) => form.show_errors(errors),
        }
    };
    let change = move |_| {
        if form.busy.get_untracked() {
            return;
        }
        let PhoneStage::Confirm(phone) = stage.get_untracked() else {
            return;
        };
        form.clear();
        form.busy.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let answer =
                post_json::<UserDetails>("/api/me/phone", &PhoneChangeForm { phone }, None).await;
            form.busy.set(false);
            match answer {
                Ok(_) => {
                    drafts.phone.set(String::new());
                    stage.set(PhoneStage::Done);
                    focus_later("main h1");
                }
                Err(failure) => handle_failure(a, form, failure, navigate),
            }
        });
    };
    let back = move |_| {
        stage.set(PhoneStage::Input);
        focus_later("#phone");
    };
    move || {
        match stage.get() {
        PhoneStage::Input => view! {
            <h1 tabindex="-1"><T key="account-phone-change-heading" /></h1>
            <form class="step" novalidate=true on:submit=check>
                {move || details.get().and_then(Result::ok).map(|d| view! {
                    <dl class="review">
                        <dt><T key="account-user-kind" /></dt>
                        <dd><T key=user_kind_key(&d.user_kind) /></dd>
                        <dt><T key="account-user-id" /></dt>
                        <dd class="mono">{d.user_id.clone()}</dd>
                        <dt><T key="account-latin-name" /></dt>
                        <dd>{d.latin_name.clone()}</dd>
                        <dt><T key="account-email" /></dt>
                        <dd>{d.email.clone()}</dd>
                    </dl>
                })}
                <Field id="phone" field="phone" label="account-phone" hint="account-phone-hint" kind="tel"
                    inputmode="numeric" autocomplete="tel" form=form value=drafts.phone />
                <Problem form=form />
                <div class="actions">
                    <A href="/account" attr:class="button"><T key="account-back-to-mypage" /></A>
                    <button type="submit" class="primary"><T key="account-to-confirm" /></button>
                </div>
            </form>
        }
        .into_any(),
        PhoneStage::Confirm(phone) => view! {
            <h1 tabindex="-1"><T key="account-phone-confirm-heading" /></h1>
            <p class="lead"><T key="account-registration-confirm-intro" /></p>
            <dl class="review">
                <dt><T key="account-phone" /></dt>
                <dd data-review="phone">{phone}</dd>
            </dl>
            <Problem form=form />
            <div class="actions">
                <button type="button" on:click=back><T key="account-back-to-input" /></button>
                <button type="button" class="primary" on:click=change.clone() aria-disabled=move || form.busy.get().to_string()>
                    <T key="account-change-button" />
                </button>
            </div>
        }
        .into_any(),
        PhoneStage::Done => view! {
            <h1 tabindex="-1"><T key="account-change-done-heading" /></h1>
            <p role="status"><T key="account-phone-changed" /></p>
            <p><A href="/account"><T key="account-back-to-mypage" /></A></p>
        }
        .into_any(),
    }
    }
}
