//! The session as the page frame shows it (seed 001 §2.6): who is logged in, and the warning
//! 10 minutes before the 3-hour inactivity logout with "OK" (extend by 3 hours) and "Cancel".
//! The page asks `GET /api/session` (which does not extend the session) when it loads, on every
//! navigation, when the tab gets focus again, after the pages' requests, every 30 seconds and when the time is up.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::{SessionInfo, account, current_path, go_to_login, is_protected, needs_login};
use crate::api::{get, post_json};
use crate::i18n::{T, TArgs, local_time};

const POLL_MS: i32 = 30_000;

#[component]
pub fn SessionWarning() -> impl IntoView {
    let a = account();
    let navigate = use_navigate();
    let path = current_path();
    let now = RwSignal::new(js_sys::Date::now());
    let checking = StoredValue::new(false);
    let extended = RwSignal::new(None::<String>);

    let check = move || {
        if checking.get_value() {
            return;
        }
        if !a.is_logged_in() && !super::may_have_session() {
            if a.session.with_untracked(Option::is_none) {
                a.session.set(Some(None));
            }
            return;
        }
        checking.set_value(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let answer = get::<SessionInfo>("/api/session").await;
            checking.set_value(false);
            now.set(js_sys::Date::now());
            match answer {
                Ok(info) => a.set_session(info),
                Err(failure) if needs_login(&failure) => {
                    let was_logged_in = a.is_logged_in();
                    a.logged_out();
                    if was_logged_in {
                        if is_protected(&path.get_untracked()) {
                            go_to_login(a, navigate.clone(), "account-session-expired");
                        } else {
                            a.notice.set(Some("account-session-expired"));
                        }
                    }
                }
                // Offline or a server error: keep what is known and ask again later.
                Err(_) => {}
            }
        });
    };

    // On load, on every navigation and after the pages' own requests (which extend it).
    let on_route = check.clone();
    Effect::new(move |_| {
        path.track();
        a.activity.track();
        on_route();
    });
    // Every 30 s while logged in, and the 1 s countdown.
    let on_poll = check.clone();
    let _ = set_interval_with_handle(
        move || {
            if a.is_logged_in() {
                on_poll();
            }
        },
        std::time::Duration::from_millis(POLL_MS as u64),
    );
    let on_tick = check.clone();
    let _ = set_interval_with_handle(
        move || {
            if !a.is_logged_in() {
                return;
            }
            let t = js_sys::Date::now();
            now.set(t);
            if t >= a.deadline_ms.get_untracked() {
                on_tick();
            }
        },
        std::time::Duration::from_millis(1000),
    );
    // Back to the tab (another tab may have logged out, or time passed while asleep).
    let on_focus = check;
    // The frame lives as long as the tab: the listener is never removed.
    let _focus = window_event_listener(leptos::ev::focus, move |_| on_focus());

    let remaining_s = Memo::new(move |_| {
        ((a.deadline_ms.get() - now.get()) / 1000.0)
            .max(0.0)
            .floor() as i64
    });
    let info = Memo::new(move |_| a.session.get().flatten());
    let show = Memo::new(move |_| {
        info.with(|i| {
            i.as_ref()
                .is_some_and(|i| remaining_s.get() <= i.warning_seconds)
        }) && !a.warning_dismissed.get()
    });
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else {
            return;
        };
        if show.get() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        } else if dialog.open() {
            dialog.close();
        }
    });

    let extend = move |_| {
        spawn_local(async move {
            match post_json::<SessionInfo>("/api/session/extend", &serde_json::json!({}), None)
                .await
            {
                Ok(info) => {
                    extended.set(Some(info.expires_at.clone()));
                    a.set_session(info);
                    now.set(js_sys::Date::now());
                }
                Err(_) => a.warning_dismissed.set(true),
            }
        });
    };
    let cancel = move |_| a.warning_dismissed.set(true);
    let logout_time = move || {
        info.get()
            .map(|i| local_time(&i.expires_at))
            .unwrap_or_default()
    };
    let minutes = move || remaining_s.get().div_euclid(60).to_string();
    let expired_here = Memo::new(move |_| {
        a.notice.with(|n| *n == Some("account-session-expired"))
            && !path.with(|p| p.starts_with("/account/login"))
    });
    view! {
        <dialog class="session-warning" node_ref=dialog aria-labelledby="session-warning-heading"
            aria-describedby="session-warning-text" on:close=move |_| if show.get_untracked() { a.warning_dismissed.set(true) }>
            <h2 id="session-warning-heading"><T key="account-session-warning-heading" /></h2>
            <p id="session-warning-text">
                <TArgs key="account-session-warning" args=Signal::derive(move || vec![("time", logout_time()), ("minutes", minutes())]) />
            </p>
            <div class="actions">
                <button type="button" on:click=cancel><T key="account-session-cancel" /></button>
                <button type="button" class="primary" autofocus=true on:click=extend><T key="account-session-extend" /></button>
            </div>
        </dialog>
        <p class="visually-hidden" role="status">
            {move || extended.get().map(|time| view! { <TArgs key="account-session-extended" args=Signal::derive(move || vec![("time", local_time(&time))]) /> })}
        </p>
        {move || expired_here.get().then(|| view! {
            <p class="notice session-ended" role="alert">
                <T key="account-session-expired" /> " "
                <A href="/account/login"><T key="account-login-button" /></A>
            </p>
        })}
    }
}

/// The header's account links: name, my page and logout when logged in, else login and sign-up.
#[component]
pub fn AccountNav() -> impl IntoView {
    let a = account();
    move || match a.session.get() {
        Some(Some(info)) => view! {
            <li class="account-name">{info.latin_name.clone()}</li>
            {(info.role == "staff").then(|| view! {
                <li><A href="/office"><T key="office-nav" /></A></li>
            })}
            <li><A href="/account"><T key="account-mypage-heading" /></A></li>
            <li><A href="/account/logout"><T key="account-logout-heading" /></A></li>
        }
        .into_any(),
        _ => view! {
            <li><A href="/account/login"><T key="account-login-button" /></A></li>
            <li><A href="/account/register"><T key="account-register-link" /></A></li>
        }
        .into_any(),
    }
}
