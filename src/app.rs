//! The page frame: skip link, header with display settings, navigation, routes, footer.

use leptos::prelude::*;
use leptos_router::components::{A, Route, Router, Routes};
use leptos_router::path;

use crate::i18n::{I18n, T, tr_plain};
use crate::pages::account::{
    AccountNav, AuditPage, CoePage, EmailChangeConfirmPage, EmailChangePage, ForgotPasswordPage,
    ForgotUserIdPage, LoginPage, LogoutPage, MyPage, OfficePage, PasswordChangePage,
    PasswordResetPage, PhonePage, RegisterPage, RegistrationPage, SessionWarning, SubmissionPage,
};
use crate::pages::exam_mypage as exam;
use crate::pages::mynumber::{
    ApplicationPage, ConfirmPage, DonePage, EmailConfirmPage, EmailPage, EmailSentPage, PhotoPage,
    TermsPage,
};
use crate::pages::{
    card_reader::CardReaderPage, document_scan::DocumentScanPage, help_readers::HelpReadersPage,
    home::Home, not_found::NotFound, outbox::OutboxPage, photo_check::PhotoCheckPage,
};
use crate::prefs::{Preferences, SettingsPanel};

/// Moves focus into `<main>` ourselves: the router would otherwise treat `#main` as navigation.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    event.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

#[component]
pub fn App() -> impl IntoView {
    let preferences = Preferences::load();
    preferences.keep_document_in_sync();
    provide_context(preferences);
    provide_context(I18n::from(preferences));
    crate::pages::mynumber::provide_session();
    exam::provide_session();
    crate::pages::account::provide_account();

    let nav_label = move || tr_plain("nav-main-label");
    view! {
        <Router>
            <a class="skip-link" href="#main" on:click=skip_to_main>
                <T key="nav-skip" />
            </a>
            <header class="site-header">
                <div class="brand">
                    <A href="/">
                        <span class="brand-name">
                            <T key="app-name" />
                        </span>
                    </A>
                    <p class="tagline">
                        <T key="app-tagline" />
                    </p>
                </div>
                <SettingsPanel />
            </header>
            <nav class="site-nav" aria-label=nav_label>
                <ul>
                    <li>
                        <A href="/">
                            <T key="nav-home" />
                        </A>
                    </li>
                    <AccountNav />
                </ul>
            </nav>
            <SessionWarning />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/card-reader") view=CardReaderPage />
                    <Route path=path!("/help/readers") view=HelpReadersPage />
                    <Route path=path!("/photo-check") view=PhotoCheckPage />
                    <Route path=path!("/document-scan") view=DocumentScanPage />
                    <Route path=path!("/outbox") view=OutboxPage />
                    <Route path=path!("/exam-mypage") view=exam::CardPage />
                    <Route path=path!("/exam-mypage/passport") view=exam::PassportPage />
                    <Route path=path!("/exam-mypage/photo") view=exam::PhotoPage />
                    <Route path=path!("/exam-mypage/details") view=exam::DetailsPage />
                    <Route path=path!("/exam-mypage/confirm") view=exam::ConfirmPage />
                    <Route path=path!("/exam-mypage/done") view=exam::DonePage />
                    <Route path=path!("/mynumber") view=TermsPage />
                    <Route path=path!("/mynumber/email") view=EmailPage />
                    <Route path=path!("/mynumber/email/confirm") view=EmailConfirmPage />
                    <Route path=path!("/mynumber/email/sent") view=EmailSentPage />
                    <Route path=path!("/mynumber/application/:token") view=ApplicationPage />
                    <Route path=path!("/mynumber/application/:token/photo") view=PhotoPage />
                    <Route path=path!("/mynumber/application/:token/confirm") view=ConfirmPage />
                    <Route path=path!("/mynumber/application/:token/done") view=DonePage />
                    <Route path=path!("/account") view=MyPage />
                    <Route path=path!("/account/login") view=LoginPage />
                    <Route path=path!("/account/logout") view=LogoutPage />
                    <Route path=path!("/account/register") view=RegisterPage />
                    <Route path=path!("/account/register/:token") view=RegistrationPage />
                    <Route path=path!("/account/forgot-user-id") view=ForgotUserIdPage />
                    <Route path=path!("/account/forgot-password") view=ForgotPasswordPage />
                    <Route path=path!("/account/password-reset/:token") view=PasswordResetPage />
                    <Route path=path!("/account/email") view=EmailChangePage />
                    <Route path=path!("/account/email-change/:token") view=EmailChangeConfirmPage />
                    <Route path=path!("/account/password") view=PasswordChangePage />
                    <Route path=path!("/account/phone") view=PhonePage />
                    <Route path=path!("/account/coe") view=CoePage />
                    <Route path=path!("/office") view=OfficePage />
                    <Route path=path!("/office/audit") view=AuditPage />
                    <Route path=path!("/office/submissions/:receipt") view=SubmissionPage />
                </Routes>
            </main>
            <footer class="site-footer">
                <p>
                    <T key="footer-privacy" />
                </p>
            </footer>
        </Router>
    }
}
