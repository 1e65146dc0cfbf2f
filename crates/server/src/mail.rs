//! The mails the server writes, rendered from `locales/` in the recipient's language (the
//! language of the page that caused them, kept with the account for later mails). Japanese
//! readings (`｜漢字《かんじ》`) are dropped: mail is plain text.

use madoguchi_l10n::{Args, Locale, Localizer, furigana};

use crate::outbox::Mail;

thread_local! {
    // Fluent bundles are not `Sync`; one parsed copy per worker thread is cheap enough for mail.
    static LOCALIZER: Localizer = Localizer::new();
}

/// The kinds of mail, each with `mail-<id>-subject` and `mail-<id>-body` in `locales/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    RegisterLink,
    RegisterExists,
    UserIdIssued,
    ForgotUserId,
    PasswordReset,
    PasswordChanged,
    EmailChangeLink,
    EmailChanged,
    PhoneChanged,
    PasskeyAdded,
    PasskeyRemoved,
    MyNumberLink,
    MyNumberReceived,
    CoeIssued,
    CoeReminder,
}

impl Template {
    pub const ALL: [Template; 15] = [
        Template::RegisterLink,
        Template::RegisterExists,
        Template::UserIdIssued,
        Template::ForgotUserId,
        Template::PasswordReset,
        Template::PasswordChanged,
        Template::EmailChangeLink,
        Template::EmailChanged,
        Template::PhoneChanged,
        Template::PasskeyAdded,
        Template::PasskeyRemoved,
        Template::MyNumberLink,
        Template::MyNumberReceived,
        Template::CoeIssued,
        Template::CoeReminder,
    ];

    fn id(self) -> &'static str {
        match self {
            Template::RegisterLink => "register-link",
            Template::RegisterExists => "register-exists",
            Template::UserIdIssued => "user-id-issued",
            Template::ForgotUserId => "forgot-user-id",
            Template::PasswordReset => "password-reset",
            Template::PasswordChanged => "password-changed",
            Template::EmailChangeLink => "email-change-link",
            Template::EmailChanged => "email-changed",
            Template::PhoneChanged => "phone-changed",
            Template::PasskeyAdded => "passkey-added",
            Template::PasskeyRemoved => "passkey-removed",
            Template::MyNumberLink => "mynumber-link",
            Template::MyNumberReceived => "mynumber-received",
            Template::CoeIssued => "coe-issued",
            Template::CoeReminder => "coe-reminder",
        }
    }

    pub fn subject_id(self) -> String {
        format!("mail-{}-subject", self.id())
    }

    pub fn body_id(self) -> String {
        format!("mail-{}-body", self.id())
    }
}

/// Renders `template` for `to` with `args` (`name` → value).
pub fn render(template: Template, locale: Locale, to: &str, args: &[(&str, String)]) -> Mail {
    let mut fluent = Args::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    LOCALIZER.with(|localizer| {
        let text =
            |id: String| furigana::plain_text(&localizer.message(locale, &id, Some(&fluent)));
        Mail {
            to: to.to_owned(),
            subject: text(template.subject_id()),
            body: text(template.body_id()),
        }
    })
}

/// An instant in Japan time as `locale` writes dates (`date-time` in `locales/`: wareki with the
/// Western year in Japanese), marked as Japan time: the same wording the pages use.
pub fn when(locale: Locale, unix: i64) -> String {
    let Some((key, parts)) =
        madoguchi_rules::dates::parse(&crate::clock::iso_jst(unix)).map(|shown| shown.message())
    else {
        return crate::clock::jst_minutes(unix);
    };
    let mut fluent = Args::new();
    for (name, value) in parts {
        match value {
            madoguchi_rules::RuleArg::Number(n) => fluent.set(name, n),
            madoguchi_rules::RuleArg::Text(t) => fluent.set(name, t),
        }
    }
    LOCALIZER.with(|localizer| {
        let date = furigana::plain_text(&localizer.message(locale, key, Some(&fluent)));
        let zone = furigana::plain_text(&localizer.message(locale, "mail-japan-time", None));
        format!("{date} ({zone})")
    })
}

/// The locale a request prefers (its `Accept-Language`), for mails it causes.
pub fn request_locale(headers: &axum::http::HeaderMap) -> Locale {
    let header = headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    Locale::negotiate(
        header
            .split(',')
            .map(|part| part.split(';').next().unwrap_or_default().trim())
            .filter(|tag| !tag.is_empty()),
    )
}

/// A locale stored with an account or link.
pub fn stored_locale(tag: &str) -> Locale {
    Locale::from_tag(tag).unwrap_or(Locale::FALLBACK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_are_written_as_each_language_writes_dates() {
        // 2026-11-22 16:38:47 in Japan.
        let at = 1_795_333_127;
        let ja = when(Locale::Ja, at);
        assert!(
            ja.contains("令和8年") && ja.contains("16:38") && ja.ends_with("(日本時間)"),
            "{ja}"
        );
        assert!(!ja.contains('《'), "{ja}");
        let en = when(Locale::En, at);
        assert!(
            en.contains("2026") && en.contains("16:38") && en.ends_with("(Japan time)"),
            "{en}"
        );
        for locale in Locale::ALL {
            assert!(!when(locale, at).contains("{"), "{}", locale.tag());
        }
    }

    #[test]
    fn every_template_renders_in_every_locale_without_placeholders() {
        let args = [
            ("link", "http://127.0.0.1:8080/x".to_owned()),
            ("expires", "2026-11-23 16:00 (JST)".to_owned()),
            ("name", "NGUYEN VAN AN".to_owned()),
            ("user_id", "K7Q2M9X4TB".to_owned()),
            ("receipt", "20261122-7KQ2MX4T".to_owned()),
            ("number", "Y25071798".to_owned()),
            ("until", "2027-02-22 16:00 (JST)".to_owned()),
        ];
        for locale in Locale::ALL {
            for template in Template::ALL {
                let mail = render(template, locale, "a@example.jp", &args);
                assert!(!mail.subject.is_empty(), "{template:?} {}", locale.tag());
                assert!(!mail.body.is_empty(), "{template:?} {}", locale.tag());
                assert!(!mail.body.contains('《'), "{template:?} {}", locale.tag());
                assert!(!mail.body.contains("{ $"), "{template:?} {}", locale.tag());
            }
        }
        let ja = render(Template::RegisterLink, Locale::Ja, "a@example.jp", &args);
        assert!(ja.body.contains("http://127.0.0.1:8080/x"), "{}", ja.body);
    }

    #[test]
    fn accept_language_picks_the_locale() {
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(
            axum::http::header::ACCEPT_LANGUAGE,
            axum::http::HeaderValue::from_static("vi-VN,vi;q=0.9,en;q=0.8"),
        );
        assert_eq!(request_locale(&headers), Locale::Vi);
        assert_eq!(
            request_locale(&axum::http::HeaderMap::new()),
            Locale::negotiate(std::iter::empty())
        );
    }
}
