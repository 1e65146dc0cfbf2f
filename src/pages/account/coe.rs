//! 受領登録一覧 (seed 001 §5): the Certificates of Eligibility sent by mail, newest first, with
//! the page-size selector (20 by default), page numbers with 最初へ / 最後へ, the PDF, and
//! 受領登録 after a confirmation dialog.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::{account, focus_later, go_to_login, needs_login};
use crate::api::{get, post_json};
use crate::components::paging::{PageSizeSelect, Pager, page_query};
use crate::i18n::{T, TArgs, TMessage, When, local_date};

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct CoeItem {
    pub id: i64,
    pub certificate_number: String,
    pub requested_at: String,
    pub received_at: Option<String>,
    pub status: String,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct CoeList {
    pub as_of: String,
    pub page: u32,
    pub page_size: u32,
    pub total: u32,
    pub total_pages: u32,
    pub items: Vec<CoeItem>,
}

const PATH: &str = "/account/coe";

#[component]
pub fn CoePage() -> impl IntoView {
    let a = account();
    let navigate = use_navigate();
    let (page, size) = page_query();
    let list = RwSignal::new(None::<Result<CoeList, String>>);
    let registered = RwSignal::new(None::<String>);
    let chosen = RwSignal::new(None::<CoeItem>);
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let load_navigate = navigate.clone();
    Effect::new(move |_| {
        let (page, size) = (page.get(), size.get());
        let navigate = load_navigate.clone();
        if !super::may_have_session() {
            go_to_login(a, navigate.clone(), "account-login-needed");
            return;
        }
        spawn_local(async move {
            match get::<CoeList>(&format!("/api/coe?page={page}&page_size={size}")).await {
                Ok(found) => {
                    a.touched();
                    list.set(Some(Ok(found)));
                }
                Err(failure) if needs_login(&failure) => {
                    let reason = if a.is_logged_in() {
                        "account-session-expired"
                    } else {
                        "account-login-needed"
                    };
                    a.logged_out();
                    go_to_login(a, navigate.clone(), reason);
                }
                Err(failure) => list.set(Some(Err(failure.message))),
            }
        });
    });

    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else {
            return;
        };
        if chosen.with(Option::is_some) {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        } else if dialog.open() {
            dialog.close();
        }
    });
    let close = move || {
        let id = chosen.get_untracked().map(|item| item.id);
        chosen.set(None);
        problem.set(None);
        // Back to the button that opened the dialog.
        if let Some(id) = id {
            request_animation_frame(move || {
                use wasm_bindgen::JsCast;
                let button = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&format!("receipt-{id}")))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                match button {
                    Some(button) => {
                        let _ = button.focus();
                    }
                    None => focus_later("#coe-status"),
                }
            });
        }
    };
    let register = move |_| {
        if busy.get_untracked() {
            return;
        }
        let Some(item) = chosen.get_untracked() else {
            return;
        };
        busy.set(true);
        problem.set(None);
        let navigate = navigate.clone();
        spawn_local(async move {
            let answer = post_json::<CoeItem>(
                &format!("/api/coe/{}/receipt", item.id),
                &serde_json::json!({}),
                None,
            )
            .await;
            busy.set(false);
            match answer {
                Ok(updated) => {
                    a.touched();
                    list.update(|l| {
                        if let Some(Ok(l)) = l
                            && let Some(row) = l.items.iter_mut().find(|r| r.id == updated.id)
                        {
                            *row = updated.clone();
                        }
                    });
                    registered.set(Some(updated.certificate_number.clone()));
                    chosen.set(None);
                    focus_later("#coe-status");
                }
                Err(failure) if needs_login(&failure) => {
                    chosen.set(None);
                    a.logged_out();
                    go_to_login(a, navigate.clone(), "account-session-expired");
                }
                Err(failure) => problem.set(Some(failure.message)),
            }
        });
    };
    let row = move |item: CoeItem| {
        let unregistered = item.status != "registered";
        let number = item.certificate_number.clone();
        let for_dialog = item.clone();
        let pdf_label = vec![("number", number.clone())];
        view! {
            <tr data-coe=number.clone()>
                <td class="mono">{number.clone()}</td>
                <td><When at=item.requested_at.clone() /></td>
                <td>{match &item.received_at {
                    Some(at) => view! { <When at=at.clone() /> }.into_any(),
                    None => view! { <T key="coe-status-unregistered" /> }.into_any(),
                }}</td>
                <td data-status=item.status.clone()>{if unregistered {
                    view! { <T key="coe-status-unregistered" /> }.into_any()
                } else {
                    view! { <T key="coe-status-registered" /> }.into_any()
                }}</td>
                <td>
                    <a href=format!("/api/coe/{}/pdf", item.id) download=format!("{number}.pdf")>
                        <TArgs key="account-coe-pdf" args=pdf_label />
                    </a>
                </td>
                <td>{unregistered.then(|| view! {
                    <button type="button" id=format!("receipt-{}", item.id)
                        on:click=move |_| { problem.set(None); chosen.set(Some(for_dialog.clone())); }>
                        <T key="account-coe-register" />
                    </button>
                })}</td>
            </tr>
        }
    };

    view! {
        <h1><T key="account-coe-heading" /></h1>
        <p class="lead"><T key="account-coe-intro" /></p>
        <p id="coe-status" role="status" tabindex="-1">
            {move || registered.get().map(|number| view! {
                <TArgs key="account-coe-registered" args=vec![("number", number)] />
            })}
        </p>
        {move || match list.get() {
            None => view! { <p role="status"><T key="mynumber-loading" /></p> }.into_any(),
            Some(Err(message)) => view! { <p class="field-error" role="alert"><TMessage key=message /></p> }.into_any(),
            Some(Ok(l)) => {
                let as_of = l.as_of.clone();
                let current_size = l.page_size;
                let counts = vec![("total", l.total.to_string())];
                view! {
                    <div class="list-head">
                        <p class="as-of"><TArgs key="account-coe-as-of" args=Signal::derive(move || vec![("time", local_date(&as_of))]) /></p>
                        <PageSizeSelect id="page-size" path=PATH current=current_size />
                        <p class="hint"><TArgs key="account-coe-total" args=counts /></p>
                    </div>
                    {if l.items.is_empty() {
                        view! { <p><T key="account-coe-empty" /></p> }.into_any()
                    } else {
                        view! {
                            <table class="coe-list">
                                <thead>
                                    <tr>
                                        <th scope="col"><T key="account-coe-number" /></th>
                                        <th scope="col"><T key="account-coe-requested-at" /></th>
                                        <th scope="col"><T key="account-coe-received-at" /></th>
                                        <th scope="col"><T key="account-coe-status" /></th>
                                        <th scope="col"><T key="account-coe-file" /></th>
                                        <th scope="col"><T key="account-coe-action" /></th>
                                    </tr>
                                </thead>
                                <tbody>{l.items.clone().into_iter().map(row).collect_view()}</tbody>
                            </table>
                        }.into_any()
                    }}
                    <Pager path=PATH label="account-coe-pages" current=l.page total_pages=l.total_pages size=l.page_size />
                }
                .into_any()
            }
        }}
        <dialog class="confirm" node_ref=dialog aria-labelledby="receipt-dialog-heading"
            on:close=move |_| if chosen.with_untracked(Option::is_some) { close() }>
            <h2 id="receipt-dialog-heading"><T key="account-coe-confirm" /></h2>
            <p>
                <T key="account-coe-number" /> ": "
                <span class="mono">{move || chosen.get().map(|c| c.certificate_number).unwrap_or_default()}</span>
            </p>
            <p class="field-error" role="alert">{move || problem.get().map(|key| view! { <TMessage key=key /> })}</p>
            <div class="actions">
                <button type="button" on:click=move |_| close()><T key="account-coe-close" /></button>
                <button type="button" class="primary" autofocus=true on:click=register aria-disabled=move || busy.get().to_string()>
                    <T key="account-coe-register" />
                </button>
            </div>
        </dialog>
        <p><A href="/account"><T key="account-back-to-mypage" /></A></p>
    }
}
