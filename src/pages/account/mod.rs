//! The immigration online system account (seed 001): registration with a mailed link, login with
//! lockout, recovery, my page, the 3-hour session with its warning, and the Certificate of
//! Eligibility receipts. Passwords live only in the page's memory while a form is open; nothing
//! typed here goes to browser storage.

mod coe;
mod fields;
mod login;
mod mypage;
mod office;
mod passkeys;
mod register;
mod session;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

pub use coe::CoePage;
pub use login::{ForgotPasswordPage, ForgotUserIdPage, LoginPage, LogoutPage, PasswordResetPage};
pub use mypage::{EmailChangeConfirmPage, EmailChangePage, MyPage, PasswordChangePage, PhonePage};
pub use office::{AuditPage, OfficePage, SubmissionPage};
pub use register::{RegisterPage, RegistrationPage};
pub use session::{AccountNav, SessionWarning};

/// The session as the API reports it (`GET /api/session`).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct SessionInfo {
    pub user_id: String,
    pub latin_name: String,
    pub role: String,
    pub expires_at: String,
    pub remaining_seconds: i64,
    pub warning_seconds: i64,
}

/// What is typed on the logged-in forms, kept in the tab's memory so that a session that ends
/// while a form is open loses nothing: after logging in again the form shows it again.
#[derive(Clone, Copy)]
pub struct Drafts {
    pub phone: RwSignal<String>,
    pub email: RwSignal<String>,
    pub email_confirmation: RwSignal<String>,
}

/// The account's state for the whole app.
#[derive(Clone, Copy)]
pub struct Account {
    /// `None` while unknown (first check running), `Some(None)` when logged out.
    pub session: RwSignal<Option<Option<SessionInfo>>>,
    /// `Date.now()` (ms) when the session ends without activity.
    pub deadline_ms: RwSignal<f64>,
    /// The person chose "Cancel" on the warning: it stays closed until the session is extended.
    pub warning_dismissed: RwSignal<bool>,
    /// A message for the login page (Fluent id), e.g. why the person was sent there.
    pub notice: RwSignal<Option<&'static str>>,
    /// Bumped after each request that used the session (and so extended it).
    pub activity: RwSignal<u32>,
    pub drafts: Drafts,
}

pub fn provide_account() {
    let account = Account {
        session: RwSignal::new(None),
        deadline_ms: RwSignal::new(0.0),
        warning_dismissed: RwSignal::new(false),
        notice: RwSignal::new(None),
        activity: RwSignal::new(0),
        drafts: Drafts {
            phone: RwSignal::new(String::new()),
            email: RwSignal::new(String::new()),
            email_confirmation: RwSignal::new(String::new()),
        },
    };
    provide_context(account);
}

pub fn account() -> Account {
    expect_context::<Account>()
}

/// Whether this browser logged in and has not logged out since: a hint (never a secret; the
/// session cookie itself is HttpOnly) so that pages ask the API about a session only when
/// there may be one, and a logged-out visit makes no request that is bound to fail.
const SESSION_HINT: &str = "madoguchi.logged-in";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn may_have_session() -> bool {
    local_storage()
        .and_then(|s| s.get_item(SESSION_HINT).ok().flatten())
        .is_some()
}

impl Account {
    /// Takes in a fresh answer of the API about the session.
    pub fn set_session(&self, info: SessionInfo) {
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(SESSION_HINT, "1");
        }
        let deadline = js_sys::Date::now() + info.remaining_seconds as f64 * 1000.0;
        self.deadline_ms.set(deadline);
        if info.remaining_seconds > info.warning_seconds {
            self.warning_dismissed.set(false);
        }
        self.session.set(Some(Some(info)));
    }

    /// A request used the session (so the server extended it): ask for the new time.
    pub fn touched(&self) {
        self.activity.update(|n| *n = n.wrapping_add(1));
    }

    pub fn logged_out(&self) {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(SESSION_HINT);
        }
        self.session.set(Some(None));
        self.warning_dismissed.set(false);
    }

    pub fn is_logged_in(&self) -> bool {
        self.session.with(|s| matches!(s, Some(Some(_))))
    }
}

/// A path inside this app that is safe to return to after logging in (never another origin).
pub fn safe_next(next: &str) -> Option<String> {
    (next.starts_with('/') && !next.starts_with("//") && !next.contains('\\'))
        .then(|| next.to_owned())
}

/// The page's own path and query, to come back to after logging in.
fn here() -> String {
    web_sys::window()
        .and_then(|w| {
            let location = w.location();
            Some(format!(
                "{}{}",
                location.pathname().ok()?,
                location.search().ok()?
            ))
        })
        .unwrap_or_else(|| "/account".to_owned())
}

/// Sends the person to the login page with `notice`, returning here afterwards. Deferred to
/// the next frame, so it may be called while a page is being built.
pub fn go_to_login(
    a: Account,
    navigate: impl Fn(&str, leptos_router::NavigateOptions) + 'static,
    notice: &'static str,
) {
    a.notice.set(Some(notice));
    let next = String::from(js_sys::encode_uri_component(&here()));
    request_animation_frame(move || {
        navigate(
            &format!("/account/login?next={next}"),
            leptos_router::NavigateOptions::default(),
        );
    });
}

/// Handles an API failure of a page that needs a session: a 401 sends the person to log in
/// (and back here); anything else is returned for the page to show.
pub fn needs_login(failure: &crate::api::ApiFailure) -> bool {
    failure.message == "api-error-unauthorized"
}

/// Whether `path` is a page that only makes sense when logged in.
pub fn is_protected(path: &str) -> bool {
    const PUBLIC: [&str; 6] = [
        "/account/login",
        "/account/logout",
        "/account/register",
        "/account/forgot-user-id",
        "/account/forgot-password",
        "/account/password-reset",
    ];
    if path == "/office" || path.starts_with("/office/") {
        return true;
    }
    let account_page = path == "/account" || path.starts_with("/account/");
    account_page
        && !PUBLIC
            .iter()
            .any(|p| path == *p || path.starts_with(&format!("{p}/")))
        && !path.starts_with("/account/email-change/")
}

/// The current route's path (tracks navigation).
pub fn current_path() -> Memo<String> {
    let location = use_location();
    Memo::new(move |_| location.pathname.get())
}

/// Moves focus to the element matching `selector` on the next frame (after it is rendered).
pub use crate::components::fields::focus_later;

/// On a machine without a mail server: the way to the local outbox (shown only when it is on).
#[component]
pub fn LocalOutboxLink() -> impl IntoView {
    let on = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        on.set(
            crate::api::get::<serde_json::Value>("/api/dev/outbox?to=-")
                .await
                .is_ok(),
        );
    });
    move || {
        on.get().then(|| {
            view! {
                <p><a href="/outbox"><crate::i18n::T key="mynumber-sent-local-outbox" /></a></p>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_own_paths_are_returned_to() {
        assert_eq!(
            safe_next("/account/coe?page=2"),
            Some("/account/coe?page=2".to_owned())
        );
        assert_eq!(safe_next("//evil.example/"), None);
        assert_eq!(safe_next("https://evil.example/"), None);
        assert_eq!(safe_next("/\\evil.example"), None);
    }

    #[test]
    fn protected_pages() {
        assert!(is_protected("/account"));
        assert!(is_protected("/account/coe"));
        assert!(is_protected("/account/phone"));
        assert!(!is_protected("/account/login"));
        assert!(!is_protected("/account/register/abc"));
        assert!(!is_protected("/account/password-reset/abc"));
        assert!(!is_protected("/account/email-change/abc"));
        assert!(!is_protected("/mynumber"));
        assert!(!is_protected("/accounts"));
        assert!(is_protected("/office"));
        assert!(is_protected("/office/submissions/20261122-ABCD1234"));
    }
}
