//! Email addresses (My Number application: "半角英数字100文字以内", entered twice; immigration
//! account registration and email change: address + confirmation).
//!
//! A practical check, not RFC 5322: `local@domain`, half-width only, no spaces, at most 100
//! characters, a dotted domain of LDH labels. The local part accepts the characters mail
//! libraries such as `lettre` accept (atext and dots) without dot-placement rules, because
//! Japanese carrier addresses like `taro..yamada.@docomo.ne.jp` are still in use and deliverable.
//! Quoted local parts and IP-literal domains are not accepted.

use crate::error::{FieldError, RuleArg};
use crate::text::count_arg;

/// At most this many characters.
pub const EMAIL_MAX_CHARS: usize = 100;

/// A valid address: trimmed, domain lower-cased (the local part keeps its case).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress(String);

impl EmailAddress {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn normalise(input: &str) -> String {
    let trimmed = input.trim_matches(|c: char| c.is_whitespace());
    match trimmed.rsplit_once('@') {
        Some((local, domain)) => format!("{local}@{}", domain.to_ascii_lowercase()),
        None => trimmed.to_owned(),
    }
}

fn local_part_ok(local: &str) -> bool {
    !local.is_empty()
        && local.len() <= 64
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~.-".contains(&b))
}

fn domain_ok(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |label: &&str| {
        (1..=63).contains(&label.len())
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    let top_level_ok = labels
        .last()
        .is_some_and(|tld| tld.len() >= 2 && !tld.bytes().all(|b| b.is_ascii_digit()));
    domain.len() <= 253 && labels.len() >= 2 && labels.iter().all(label_ok) && top_level_ok
}

/// Checks one address. Errors, in this order: required, a full-width or other non-ASCII
/// character (named), a space, more than 100 characters, the shape `local@domain.tld`.
pub fn email_address(field: &str, input: &str) -> Result<EmailAddress, FieldError> {
    let address = normalise(input);
    if address.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if let Some(bad) = address.chars().find(|c| !c.is_ascii()) {
        return Err(FieldError::new(field, "rule-email-half-width")
            .with_arg("char", RuleArg::Text(bad.to_string())));
    }
    if address
        .chars()
        .any(|c| c.is_ascii_whitespace() || c.is_ascii_control())
    {
        return Err(FieldError::new(field, "rule-email-space"));
    }
    let length = address.len();
    if length > EMAIL_MAX_CHARS {
        return Err(
            FieldError::new(field, "rule-email-too-long").with_arg("length", count_arg(length))
        );
    }
    let shape_ok = match address.split_once('@') {
        Some((local, domain)) => local_part_ok(local) && domain_ok(domain),
        None => false,
    };
    if !shape_ok {
        return Err(FieldError::new(field, "rule-email-format"));
    }
    Ok(EmailAddress(address))
}

/// The confirmation entry must be the same address (after the same trimming and domain
/// lower-casing; the local part is compared exactly, as mail servers may treat case).
pub fn email_confirmation(
    field: &str,
    first: &EmailAddress,
    second: &str,
) -> Result<(), FieldError> {
    let second = normalise(second);
    if second.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if second != first.0 {
        return Err(FieldError::new(field, "rule-email-mismatch"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(input: &str) -> Option<String> {
        email_address("email", input).err().map(|e| e.message)
    }

    #[test]
    fn accepts_practical_addresses() {
        let ok = |s: &str| email_address("email", s).map(|a| a.as_str().to_owned());
        assert_eq!(
            ok("bangou-tarou@example.co.jp"),
            Ok("bangou-tarou@example.co.jp".to_owned())
        );
        assert_eq!(
            ok(" Taro.Y+mn@Example.COM "),
            Ok("Taro.Y+mn@example.com".to_owned())
        );
        assert!(ok("taro..yamada.@docomo.ne.jp").is_ok());
        assert!(ok("a@xn--wgv71a.jp").is_ok());
    }

    #[test]
    fn rejects_with_the_reason() {
        assert_eq!(code("").as_deref(), Some("rule-required"));
        assert_eq!(
            code("taro＠example.jp").as_deref(),
            Some("rule-email-half-width")
        );
        assert_eq!(
            email_address("email", "ｔaro@example.jp")
                .err()
                .map(|e| e.args),
            Some(vec![("char".to_owned(), RuleArg::Text("ｔ".to_owned()))])
        );
        assert_eq!(
            code("taro yamada@example.jp").as_deref(),
            Some("rule-email-space")
        );
        assert_eq!(
            code("taro　@example.jp").as_deref(),
            Some("rule-email-half-width")
        );
        for bad in [
            "taro",
            "taro@",
            "@example.jp",
            "taro@example",
            "taro@@example.jp",
            "ta@ro@example.jp",
            "taro@example..jp",
            "taro@.example.jp",
            "taro@-example.jp",
            "taro@example-.jp",
            "taro@example.j",
            "taro@192.168.0.1",
            "ta(ro)@example.jp",
            "taro@exa_mple.jp",
        ] {
            assert_eq!(code(bad).as_deref(), Some("rule-email-format"), "{bad}");
        }
    }

    #[test]
    fn one_hundred_characters_at_most() {
        let domain = "@example.jp"; // 11 characters
        let at_limit = format!("{}{domain}", "a".repeat(64));
        assert!(email_address("email", &at_limit).is_ok());
        let hundred = format!("{}@{}.jp", "a".repeat(60), "b".repeat(36));
        assert_eq!(hundred.len(), 100);
        assert!(email_address("email", &hundred).is_ok());
        let hundred_one = format!("{}@{}.jp", "a".repeat(60), "b".repeat(37));
        assert_eq!(
            email_address("email", &hundred_one)
                .err()
                .map(|e| (e.message, e.args)),
            Some((
                "rule-email-too-long".to_owned(),
                vec![("length".to_owned(), RuleArg::Number(101))]
            ))
        );
        assert_eq!(
            code(&format!("{}{domain}", "a".repeat(65))).as_deref(),
            Some("rule-email-format")
        );
    }

    #[test]
    fn confirmation_must_match() {
        let Ok(first) = email_address("email", "Taro@Example.jp") else {
            panic!("valid address rejected");
        };
        let confirm = |s: &str| {
            email_confirmation("email2", &first, s)
                .err()
                .map(|e| e.message)
        };
        assert_eq!(confirm(" Taro@example.JP "), None);
        assert_eq!(
            confirm("taro@example.jp").as_deref(),
            Some("rule-email-mismatch")
        );
        assert_eq!(
            confirm("Taro@example.co.jp").as_deref(),
            Some("rule-email-mismatch")
        );
        assert_eq!(confirm("").as_deref(), Some("rule-required"));
    }
}
