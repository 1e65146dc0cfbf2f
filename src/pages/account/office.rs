//! The office side (staff accounts, made with `madoguchi-server add-staff`): issue a Certificate
//! of Eligibility to a user by uploading its PDF, see the issued certificates and their receipt
//! status, and review the finished forms received (every access is in the server's audit log).

use base64::Engine;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use wasm_bindgen::JsCast;

use super::fields::{Errors, Field, FormState, Problem};
use super::{account, focus_later, go_to_login, may_have_session, needs_login, short_time};
use crate::api::{get, post_json};
use crate::i18n::{T, TArgs, TMessage};

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct IssuedCoe {
    certificate_number: String,
    requested_at: String,
    received_at: Option<String>,
    status: String,
    user_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct IssuedPage {
    total: u32,
    items: Vec<IssuedCoe>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct SubmissionSummary {
    receipt_number: String,
    kind: String,
    received_at: String,
    has_photo: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct SubmissionPage {
    total: u32,
    items: Vec<SubmissionSummary>,
}

#[derive(serde::Serialize)]
struct IssueCoe {
    user_id: String,
    certificate_number: String,
    pdf_base64: String,
}

/// Loads `path` for a staff page; a missing session goes to the login page.
fn load<T>(path: String, reload: RwSignal<u32>) -> RwSignal<Option<Result<T, String>>>
where
    T: serde::de::DeserializeOwned + Clone + Send + Sync + 'static,
{
    let a = account();
    let navigate = use_navigate();
    let data = RwSignal::new(None);
    Effect::new(move |_| {
        reload.track();
        let navigate = navigate.clone();
        if !may_have_session() {
            go_to_login(a, navigate, "account-login-needed");
            return;
        }
        let path = path.clone();
        spawn_local(async move {
            match get::<T>(&path).await {
                Ok(found) => {
                    a.touched();
                    data.set(Some(Ok(found)));
                }
                Err(failure) if needs_login(&failure) => {
                    a.logged_out();
                    go_to_login(a, navigate, "account-login-needed");
                }
                Err(failure) => data.set(Some(Err(failure.message))),
            }
        });
    });
    data
}

#[component]
pub fn OfficePage() -> impl IntoView {
    let reload = RwSignal::new(0_u32);
    let issued = load::<IssuedPage>("/api/office/coe?page=1&page_size=20".to_owned(), reload);
    let submissions = load::<SubmissionPage>(
        "/api/office/submissions?page=1&page_size=20".to_owned(),
        reload,
    );
    let form = FormState::new();
    let user_id = RwSignal::new(String::new());
    let number = RwSignal::new(String::new());
    let done = RwSignal::new(None::<String>);
    let file_input = NodeRef::<leptos::html::Input>::new();
    let issue = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if form.busy.get_untracked() {
            return;
        }
        let file = file_input
            .get_untracked()
            .map(|i| i.unchecked_into::<web_sys::HtmlInputElement>())
            .and_then(|i| i.files())
            .and_then(|f| f.get(0));
        form.clear();
        done.set(None);
        form.busy.set(true);
        spawn_local(async move {
            let pdf = match file {
                Some(file) => match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await
                {
                    Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                    Err(_) => Vec::new(),
                },
                None => Vec::new(),
            };
            let body = IssueCoe {
                user_id: user_id.get_untracked().trim().to_owned(),
                certificate_number: number.get_untracked().trim().to_owned(),
                pdf_base64: base64::engine::general_purpose::STANDARD.encode(pdf),
            };
            let answer = post_json::<serde_json::Value>("/api/office/coe", &body, None).await;
            form.busy.set(false);
            match answer {
                Ok(_) => {
                    done.set(Some(body.certificate_number));
                    number.set(String::new());
                    reload.update(|n| *n += 1);
                    focus_later("#office-status");
                }
                Err(failure) => form.show_failure(failure),
            }
        });
    };
    view! {
        <h1><T key="office-heading" /></h1>
        <section class="step">
            <h2><T key="office-issue-heading" /></h2>
            <p class="hint"><T key="office-issue-intro" /></p>
            <form novalidate=true on:submit=issue>
                <Field id="coe-user-id" field="user_id" label="account-user-id" form=form value=user_id />
                <Field id="coe-number" field="certificate_number" label="account-coe-number"
                    hint="office-coe-number-hint" form=form value=number />
                <div class="field">
                    <label for="coe-pdf"><T key="office-coe-pdf" /></label>
                    <input id="coe-pdf" type="file" accept="application/pdf,.pdf" node_ref=file_input
                        aria-describedby="coe-pdf-error" />
                    <Errors id="coe-pdf-error".to_owned() field="pdf_base64" form=form />
                </div>
                <Problem form=form />
                <button type="submit" class="primary" aria-disabled=move || form.busy.get().to_string()>
                    <T key="office-issue-button" />
                </button>
            </form>
            <p id="office-status" role="status" tabindex="-1">
                {move || done.get().map(|n| view! { <TArgs key="office-issued" args=vec![("number", n)] /> })}
            </p>
        </section>
        <h2><T key="office-issued-heading" /></h2>
        {move || match issued.get() {
            None => view! { <p><T key="mynumber-loading" /></p> }.into_any(),
            Some(Err(message)) => view! { <p class="field-error" role="alert"><TMessage key=message /></p> }.into_any(),
            Some(Ok(page)) => view! {
                <p class="hint"><TArgs key="account-coe-total" args=vec![("total", page.total.to_string())] /></p>
                <table class="coe-list office-coe">
                    <thead><tr>
                        <th scope="col"><T key="account-coe-number" /></th>
                        <th scope="col"><T key="account-user-id" /></th>
                        <th scope="col"><T key="account-coe-requested-at" /></th>
                        <th scope="col"><T key="account-coe-received-at" /></th>
                        <th scope="col"><T key="account-coe-status" /></th>
                    </tr></thead>
                    <tbody>
                        {page.items.into_iter().map(|c| view! {
                            <tr>
                                <td class="mono">{c.certificate_number}</td>
                                <td class="mono">{c.user_id.unwrap_or_default()}</td>
                                <td>{short_time(&c.requested_at)}</td>
                                <td>{c.received_at.as_deref().map(short_time).unwrap_or_default()}</td>
                                <td>{if c.status == "registered" {
                                    view! { <T key="coe-status-registered" /> }.into_any()
                                } else {
                                    view! { <T key="coe-status-unregistered" /> }.into_any()
                                }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any(),
        }}
        <h2><T key="office-submissions-heading" /></h2>
        {move || match submissions.get() {
            None => view! { <p><T key="mynumber-loading" /></p> }.into_any(),
            Some(Err(message)) => view! { <p class="field-error" role="alert"><TMessage key=message /></p> }.into_any(),
            Some(Ok(page)) if page.items.is_empty() => view! { <p><T key="office-submissions-empty" /></p> }.into_any(),
            Some(Ok(page)) => view! {
                <p class="hint"><TArgs key="office-submissions-total" args=vec![("total", page.total.to_string())] /></p>
                <table class="coe-list office-submissions">
                    <thead><tr>
                        <th scope="col"><T key="office-receipt-number" /></th>
                        <th scope="col"><T key="office-kind" /></th>
                        <th scope="col"><T key="office-received-at" /></th>
                        <th scope="col"><T key="office-photo" /></th>
                    </tr></thead>
                    <tbody>
                        {page.items.into_iter().map(|s| view! {
                            <tr>
                                <td class="mono"><A href=format!("/office/submissions/{}", s.receipt_number)>{s.receipt_number.clone()}</A></td>
                                <td class="mono">{s.kind}</td>
                                <td>{short_time(&s.received_at)}</td>
                                <td>{if s.has_photo {
                                    view! { <T key="mynumber-yes" /> }.into_any()
                                } else {
                                    view! { <T key="mynumber-no" /> }.into_any()
                                }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any(),
        }}
    }
}

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
struct Submission {
    receipt_number: String,
    kind: String,
    received_at: String,
    payload: serde_json::Value,
}

#[component]
pub fn SubmissionPage() -> impl IntoView {
    let params = use_params_map();
    let receipt = params.read_untracked().get("receipt").unwrap_or_default();
    let reload = RwSignal::new(0_u32);
    let found = load::<Submission>(format!("/api/office/submissions/{receipt}"), reload);
    view! {
        <h1><T key="office-submission-heading" /></h1>
        {move || match found.get() {
            None => view! { <p><T key="mynumber-loading" /></p> }.into_any(),
            Some(Err(message)) => view! { <p class="field-error" role="alert"><TMessage key=message /></p> }.into_any(),
            Some(Ok(s)) => {
                let payload = serde_json::to_string_pretty(&s.payload).unwrap_or_default();
                view! {
                    <dl class="review">
                        <dt><T key="office-receipt-number" /></dt>
                        <dd class="mono" data-detail="receipt">{s.receipt_number}</dd>
                        <dt><T key="office-kind" /></dt>
                        <dd class="mono">{s.kind}</dd>
                        <dt><T key="office-received-at" /></dt>
                        <dd>{short_time(&s.received_at)}</dd>
                    </dl>
                    <h2><T key="office-payload" /></h2>
                    <pre class="payload">{payload}</pre>
                }
                .into_any()
            }
        }}
        <p><A href="/office"><T key="office-back" /></A></p>
    }
}
