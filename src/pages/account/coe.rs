//! 受領登録一覧 (seed 001 §5): the Certificates of Eligibility sent by mail, newest first, with
//! the page-size selector (20 by default), page numbers with 最初へ / 最後へ, the PDF, and
//! 受領登録 after a confirmation dialog.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::{account, focus_later, go_to_login, needs_login, short_time};
use crate::api::{get, post_json};
use crate::i18n::{T, TArgs, TMessage};

/// Sizes the API offers (`paging.rs`); 20 is the default, as on the official screen.
pub const PAGE_SIZES: [u32; 4] = [10, 20, 50, 100];
pub const DEFAULT_PAGE_SIZE: u32 = 20;
/// Page numbers shown around the current one.
const PAGE_WINDOW: u32 = 10;

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

/// The page numbers to show: at most `PAGE_WINDOW`, the current one inside.
pub fn page_numbers(current: u32, total_pages: u32) -> std::ops::RangeInclusive<u32> {
    let total = total_pages.max(1);
    let current = current.clamp(1, total);
    let first = current
        .saturating_sub(PAGE_WINDOW / 2)
        .max(1)
        .min(total.saturating_sub(PAGE_WINDOW - 1).max(1));
    first..=(first + PAGE_WINDOW - 1).min(total)
}

fn list_href(page: u32, size: u32) -> String {
    format!("/account/coe?page={page}&page_size={size}")
}

#[component]
pub fn CoePage() -> impl IntoView {
    let a = account();
    let query = use_query_map();
    let navigate = use_navigate();
    let page = Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<u32>().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1)
    });
    let size = Memo::new(move |_| {
        query
            .read()
            .get("page_size")
            .and_then(|p| p.parse::<u32>().ok())
            .filter(|s| PAGE_SIZES.contains(s))
            .unwrap_or(DEFAULT_PAGE_SIZE)
    });
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
    let change_size = {
        let navigate = use_navigate();
        move |ev: leptos::ev::Event| {
            let size = event_target_value(&ev)
                .parse::<u32>()
                .unwrap_or(DEFAULT_PAGE_SIZE);
            navigate(&list_href(1, size), Default::default());
        }
    };

    let row = move |item: CoeItem| {
        let unregistered = item.status != "registered";
        let number = item.certificate_number.clone();
        let for_dialog = item.clone();
        let pdf_label = vec![("number", number.clone())];
        view! {
            <tr data-coe=number.clone()>
                <td class="mono">{number.clone()}</td>
                <td>{short_time(&item.requested_at)}</td>
                <td>{match &item.received_at {
                    Some(at) => short_time(at).into_any(),
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

    // Plain links (the router still handles them): `<A>` would mark every link to this path
    // `aria-current="page"`, whatever its query.
    let pager = move |l: &CoeList| {
        let (current, total, size) = (l.page, l.total_pages.max(1), l.page_size);
        let numbers = page_numbers(current, total)
            .map(|n| {
                if n == current {
                    view! { <li><span aria-current="page" class="current">{n.to_string()}</span></li> }
                        .into_any()
                } else {
                    view! { <li><a href=list_href(n, size)>{n.to_string()}</a></li> }.into_any()
                }
            })
            .collect_view();
        view! {
            <nav class="pager" aria-label=move || crate::i18n::tr_plain("account-coe-pages")>
                <ul>
                    <li><a href=list_href(1, size)><T key="account-coe-first" /></a></li>
                    {numbers}
                    <li><a href=list_href(total, size)><T key="account-coe-last" /></a></li>
                </ul>
            </nav>
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
                let as_of = short_time(&l.as_of);
                let current_size = l.page_size;
                let counts = vec![("total", l.total.to_string())];
                view! {
                    <div class="list-head">
                        <p class="as-of"><TArgs key="account-coe-as-of" args=vec![("time", as_of)] /></p>
                        <div class="field">
                            <label for="page-size"><T key="account-coe-page-size" /></label>
                            <select id="page-size" on:change=change_size.clone()>
                                {PAGE_SIZES.iter().map(|&s| view! {
                                    <option value=s.to_string() selected=s == current_size>
                                        <TArgs key="account-coe-page-size-option" args=vec![("count", s.to_string())] />
                                    </option>
                                }).collect_view()}
                            </select>
                        </div>
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
                    {pager(&l)}
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

#[cfg(test)]
mod tests {
    use super::page_numbers;

    #[test]
    fn page_numbers_keep_the_current_page_inside_a_window_of_ten() {
        assert_eq!(page_numbers(1, 1), 1..=1);
        assert_eq!(page_numbers(1, 3), 1..=3);
        assert_eq!(page_numbers(1, 30), 1..=10);
        assert_eq!(page_numbers(15, 30), 10..=19);
        assert_eq!(page_numbers(30, 30), 21..=30);
        assert_eq!(page_numbers(99, 30), 21..=30);
        assert_eq!(page_numbers(1, 0), 1..=1);
    }
}
