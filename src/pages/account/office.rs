//! The office side (staff accounts, made with `madoguchi-server add-staff`): issue a Certificate
//! of Eligibility to a user by uploading its PDF, see the issued certificates and their receipt
//! status, review the finished forms received (paged, exported as JSON or CSV), and read the
//! server's audit log of every such access.

use base64::Engine;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use wasm_bindgen::JsCast;

use super::fields::{Errors, Field, FormState, Problem};
use super::{account, focus_later, go_to_login, may_have_session, needs_login};
use crate::api::{get, post_json};
use crate::components::paging::{PageSizeSelect, Pager, page_href, page_query};
use crate::i18n::{T, TArgs, TMessage, When};

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
    page: u32,
    page_size: u32,
    total: u32,
    total_pages: u32,
    items: Vec<SubmissionSummary>,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct AuditEntry {
    at: String,
    actor: String,
    action: String,
    target: String,
    client_ip: String,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
struct AuditPage {
    page: u32,
    page_size: u32,
    total: u32,
    total_pages: u32,
    items: Vec<AuditEntry>,
}

const OFFICE_PATH: &str = "/office";
const AUDIT_PATH: &str = "/office/audit";

#[derive(serde::Serialize)]
struct IssueCoe {
    user_id: String,
    certificate_number: String,
    pdf_base64: String,
}

/// Loads `path` for a staff page (again when the path changes); a missing session goes to the
/// login page.
fn load<T>(
    path: impl Fn() -> String + Send + Sync + 'static,
    reload: RwSignal<u32>,
) -> RwSignal<Option<Result<T, String>>>
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
        let path = path();
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
    let issued = load::<IssuedPage>(|| "/api/office/coe?page=1&page_size=20".to_owned(), reload);
    let (page, size) = page_query();
    let submissions = load::<SubmissionPage>(
        move || page_href("/api/office/submissions", page.get(), size.get()),
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
        <p><A href=AUDIT_PATH><T key="office-audit-link" /></A></p>
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
                                <td><When at=c.requested_at.clone() /></td>
                                <td>{c.received_at.clone().map(|at| view! { <When at=at /> })}</td>
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
                <div class="list-head">
                    <PageSizeSelect id="submissions-page-size" path=OFFICE_PATH current=page.page_size />
                    <p class="hint"><TArgs key="office-submissions-total" args=vec![("total", page.total.to_string())] /></p>
                </div>
                // Same-origin downloads: the session cookie goes along, the server logs the export.
                <p class="export">
                    <a href="/api/office/submissions/export?format=json" download="submissions.json"><T key="office-export-json" /></a>
                    " · "
                    <a href="/api/office/submissions/export?format=csv" download="submissions.csv"><T key="office-export-csv" /></a>
                </p>
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
                                <td><When at=s.received_at.clone() /></td>
                                <td>{if s.has_photo {
                                    view! { <T key="mynumber-yes" /> }.into_any()
                                } else {
                                    view! { <T key="mynumber-no" /> }.into_any()
                                }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <Pager path=OFFICE_PATH label="office-submissions-pages" current=page.page total_pages=page.total_pages size=page.page_size />
            }.into_any(),
        }}
    }
}

/// The action's message; an action this app does not know yet is shown as the server names it.
fn action_view(action: &str) -> AnyView {
    let key = match action {
        "submissions.list" => "office-action-submissions-list",
        "submissions.view" => "office-action-submissions-view",
        "submissions.export" => "office-action-submissions-export",
        "coe.issue" => "office-action-coe-issue",
        "coe.list" => "office-action-coe-list",
        "audit.view" => "office-action-audit-view",
        other => return view! { <span class="mono">{other.to_owned()}</span> }.into_any(),
    };
    view! { <T key=key /> }.into_any()
}

/// The server's audit log: who accessed what, when and from where, newest first.
#[component]
pub fn AuditPage() -> impl IntoView {
    let reload = RwSignal::new(0_u32);
    let (page, size) = page_query();
    let log = load::<AuditPage>(
        move || page_href("/api/office/audit", page.get(), size.get()),
        reload,
    );
    view! {
        <h1><T key="office-audit-heading" /></h1>
        <p class="lead"><T key="office-audit-intro" /></p>
        {move || match log.get() {
            None => view! { <p><T key="mynumber-loading" /></p> }.into_any(),
            Some(Err(message)) => view! { <p class="field-error" role="alert"><TMessage key=message /></p> }.into_any(),
            Some(Ok(page)) => view! {
                <div class="list-head">
                    <PageSizeSelect id="audit-page-size" path=AUDIT_PATH current=page.page_size />
                    <p class="hint"><TArgs key="office-audit-total" args=vec![("total", page.total.to_string())] /></p>
                </div>
                <table class="coe-list office-audit">
                    <thead><tr>
                        <th scope="col"><T key="office-audit-at" /></th>
                        <th scope="col"><T key="office-audit-actor" /></th>
                        <th scope="col"><T key="office-audit-action" /></th>
                        <th scope="col"><T key="office-audit-target" /></th>
                        <th scope="col"><T key="office-audit-client" /></th>
                    </tr></thead>
                    <tbody>
                        {page.items.into_iter().map(|e| view! {
                            <tr data-action=e.action.clone()>
                                <td><When at=e.at.clone() /></td>
                                <td class="mono">{e.actor}</td>
                                <td>{action_view(&e.action)}</td>
                                <td class="mono">{e.target}</td>
                                <td class="mono">{e.client_ip}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <Pager path=AUDIT_PATH label="office-audit-pages" current=page.page total_pages=page.total_pages size=page.page_size />
            }.into_any(),
        }}
        <p><A href=OFFICE_PATH><T key="office-back" /></A></p>
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
    let found = load::<Submission>(move || format!("/api/office/submissions/{receipt}"), reload);
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
                        <dd><When at=s.received_at.clone() /></dd>
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
