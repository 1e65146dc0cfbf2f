//! パスキー: the passkeys section of my page (add one under a name, see when each was last
//! used, remove one after confirming) and the login page's "log in with a passkey".

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use madoguchi_rules::passkey_forms::{PasskeyLoginForm, PasskeyRegistrationForm, passkey_label};

use super::fields::{Field, FormState, Problem};
use super::{SessionInfo, account, focus_later};
use crate::api::{ApiFailure, delete, get, post_json};
use crate::i18n::{T, TArgs, When};
use crate::passkey;

/// A passkey as `GET /api/me/passkeys` lists it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct PasskeyInfo {
    id: String,
    label: String,
    created_at: String,
    last_used_at: Option<String>,
}

fn browser_failure(key: &'static str) -> ApiFailure {
    ApiFailure {
        message: key.to_owned(),
        errors: Vec::new(),
    }
}

/// The "log in with a passkey" part of the login page; `done` runs with the new session.
#[component]
pub fn PasskeyLogin(done: Callback<SessionInfo>) -> impl IntoView {
    let form = FormState::new();
    let log_in = move |_| {
        if form.busy.get_untracked() {
            return;
        }
        form.clear();
        form.busy.set(true);
        spawn_local(async move {
            let answer = passkey_login().await;
            form.busy.set(false);
            match answer {
                Ok(info) => done.run(info),
                Err(failure) => {
                    form.show_failure(failure);
                    // The login page has two problem lines: announce and focus this one.
                    focus_later(".passkey-login .form-problem");
                }
            }
        });
    };
    passkey::supported().then(|| {
        view! {
            <section class="step passkey-login" aria-labelledby="passkey-login-heading">
                <h2 id="passkey-login-heading"><T key="passkey-login-heading" /></h2>
                <p class="hint"><T key="passkey-login-intro" /></p>
                <Problem form=form />
                <div class="actions">
                    <button type="button" id="passkey-login" on:click=log_in
                        aria-disabled=move || form.busy.get().to_string()>
                        <T key="passkey-login-button" />
                    </button>
                </div>
            </section>
        }
    })
}

async fn passkey_login() -> Result<SessionInfo, ApiFailure> {
    let options: passkey::LoginOptions = post_json(
        "/api/account/passkey-login/options",
        &serde_json::json!({}),
        None,
    )
    .await?;
    let answer = passkey::get(&options).await.map_err(browser_failure)?;
    let body = PasskeyLoginForm {
        challenge: options.challenge,
        credential_id: answer.credential_id,
        client_data_json: answer.client_data_json,
        authenticator_data: answer.authenticator_data,
        signature: answer.signature,
    };
    post_json("/api/account/passkey-login", &body, None).await
}

/// My page's passkeys: the list, adding one, removing one.
#[component]
pub fn PasskeySection() -> impl IntoView {
    let a = account();
    let navigate = use_navigate();
    let passkeys = RwSignal::new(None::<Vec<PasskeyInfo>>);
    let label = RwSignal::new(String::new());
    let form = FormState::new();
    let removing = RwSignal::new(None::<PasskeyInfo>);
    let status = RwSignal::new(None::<&'static str>);
    let failed = {
        let navigate = navigate.clone();
        move |failure: ApiFailure| super::mypage::handle_failure(a, form, failure, navigate.clone())
    };
    {
        let failed = failed.clone();
        spawn_local(async move {
            match get::<Vec<PasskeyInfo>>("/api/me/passkeys").await {
                Ok(list) => passkeys.set(Some(list)),
                Err(failure) => failed(failure),
            }
        });
    }
    let add = {
        let failed = failed.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if form.busy.get_untracked() {
                return;
            }
            status.set(None);
            let name = match passkey_label("label", &label.get_untracked()) {
                Ok(name) => name,
                Err(error) => return form.show_errors(vec![error]),
            };
            form.clear();
            form.busy.set(true);
            let failed = failed.clone();
            spawn_local(async move {
                let answer = add_passkey(name).await;
                form.busy.set(false);
                match answer {
                    Ok(added) => {
                        a.touched();
                        passkeys.update(|list| list.get_or_insert_with(Vec::new).push(added));
                        label.set(String::new());
                        status.set(Some("passkey-added"));
                        focus_later(".passkey-status");
                    }
                    Err(failure) => failed(failure),
                }
            });
        }
    };
    let remove = move |_| {
        let Some(target) = removing.get_untracked() else {
            return;
        };
        if form.busy.get_untracked() {
            return;
        }
        form.clear();
        form.busy.set(true);
        let failed = failed.clone();
        spawn_local(async move {
            let answer =
                delete::<serde_json::Value>(&format!("/api/me/passkeys/{}", target.id)).await;
            form.busy.set(false);
            removing.set(None);
            match answer {
                Ok(_) => {
                    a.touched();
                    passkeys.update(|list| {
                        if let Some(list) = list {
                            list.retain(|p| p.id != target.id);
                        }
                    });
                    status.set(Some("passkey-removed"));
                    focus_later(".passkey-status");
                }
                Err(failure) => failed(failure),
            }
        });
    };
    let row = move |p: PasskeyInfo| {
        let asked = p.clone();
        let name = p.label.clone();
        view! {
            <tr>
                <th scope="row" data-passkey=p.label.clone()>{p.label.clone()}</th>
                <td><When at=p.created_at.clone() /></td>
                <td>{match p.last_used_at.clone() {
                    Some(at) => view! { <When at=at /> }.into_any(),
                    None => view! { <T key="passkey-never-used" /> }.into_any(),
                }}</td>
                <td>
                    <button type="button" class="passkey-remove" on:click=move |_| {
                        status.set(None);
                        removing.set(Some(asked.clone()));
                        focus_later(".passkey-confirm button.cancel");
                    }>
                        <TArgs key="passkey-remove-button" args=Signal::derive(move || vec![("label", name.clone())]) />
                    </button>
                </td>
            </tr>
        }
    };
    view! {
        <section class="passkeys" aria-labelledby="passkeys-heading">
            <h2 id="passkeys-heading"><T key="passkey-heading" /></h2>
            <p class="hint"><T key="passkey-intro" /></p>
            <p class="passkey-status" role="status" tabindex="-1">
                {move || status.get().map(|key| view! { <T key=key /> })}
            </p>
            {move || match passkeys.get() {
                None => view! { <p><T key="mynumber-loading" /></p> }.into_any(),
                Some(list) if list.is_empty() => view! { <p class="passkeys-none"><T key="passkey-none" /></p> }.into_any(),
                Some(list) => view! {
                    <table class="passkeys-list">
                        <caption class="visually-hidden"><T key="passkey-heading" /></caption>
                        <thead><tr>
                            <th scope="col"><T key="passkey-label" /></th>
                            <th scope="col"><T key="passkey-added-at" /></th>
                            <th scope="col"><T key="passkey-last-used" /></th>
                            <th scope="col"><span class="visually-hidden"><T key="passkey-actions" /></span></th>
                        </tr></thead>
                        <tbody>{list.into_iter().map(row).collect_view()}</tbody>
                    </table>
                }.into_any(),
            }}
            {move || removing.get().map(|target| {
                let name = target.label.clone();
                view! {
                    <div class="step passkey-confirm" role="group" aria-labelledby="passkey-confirm-question">
                        <p id="passkey-confirm-question"><TArgs key="passkey-remove-question" args=Signal::derive(move || vec![("label", name.clone())]) /></p>
                        <div class="actions">
                            <button type="button" class="cancel" on:click=move |_| removing.set(None)><T key="passkey-keep" /></button>
                            <button type="button" class="primary" on:click=remove.clone()
                                aria-disabled=move || form.busy.get().to_string()>
                                <T key="passkey-remove-confirm" />
                            </button>
                        </div>
                    </div>
                }
            })}
            {if passkey::supported() {
                view! {
                    <form class="step passkey-add" novalidate=true on:submit=add>
                        <Field id="passkey-label" field="label" label="passkey-label" hint="passkey-label-hint"
                            form=form value=label />
                        <Problem form=form />
                        <div class="actions">
                            <button type="submit" class="primary" aria-disabled=move || form.busy.get().to_string()>
                                <T key="passkey-add-button" />
                            </button>
                        </div>
                    </form>
                }.into_any()
            } else {
                view! { <><p class="hint"><T key="passkey-unsupported" /></p><Problem form=form /></> }.into_any()
            }}
        </section>
    }
}

async fn add_passkey(label: String) -> Result<PasskeyInfo, ApiFailure> {
    let options: passkey::RegistrationOptions =
        post_json("/api/me/passkeys/options", &serde_json::json!({}), None).await?;
    let created = passkey::create(&options).await.map_err(browser_failure)?;
    let body = PasskeyRegistrationForm {
        label,
        challenge: options.challenge,
        client_data_json: created.client_data_json,
        attestation_object: created.attestation_object,
    };
    post_json("/api/me/passkeys", &body, None).await
}
