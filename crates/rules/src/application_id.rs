//! My Number card application ID (申請書ID).
//!
//! The ID printed on the 交付申請書 and encoded in its QR code is 23 half-width digits
//! ("半角数字23桁"). The official form shows it in groups of 4-4-4-4-4-3, masks it with "●"
//! and asks for it twice when it was not pre-filled from the QR code, because a wrong ID issues
//! the card to the wrong record.

use crate::error::{FieldError, RuleArg};
use crate::text::{count_arg, digits_as_typed};

/// Number of digits in an application ID.
pub const APPLICATION_ID_LENGTH: usize = 23;

/// Display grouping used by the official site: `1234 5678 9012 3456 7890 123`.
pub const APPLICATION_ID_GROUPS: [usize; 6] = [4, 4, 4, 4, 4, 3];

/// A syntactically valid application ID (23 half-width digits, no separators).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationId(String);

impl ApplicationId {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `1234 5678 9012 3456 7890 123`, as on the confirmation screen.
    pub fn grouped(&self) -> String {
        group_digits(&self.0)
    }

    /// `●●●● ●●●● ●●●● ●●●● ●●●● ●●●`, as on the entry screen.
    pub fn masked(&self) -> String {
        mask_digits(&self.0)
    }
}

/// Groups what has been typed so far 4-4-4-4-4-3 with spaces (for display while typing;
/// anything past the 23rd character stays in the last group so an overlong entry is visible).
pub fn group_digits(digits: &str) -> String {
    let mut boundaries = Vec::with_capacity(APPLICATION_ID_GROUPS.len());
    let mut end = 0;
    for size in &APPLICATION_ID_GROUPS[..APPLICATION_ID_GROUPS.len() - 1] {
        end += size;
        boundaries.push(end);
    }
    let mut out = String::with_capacity(digits.len() + boundaries.len());
    for (index, c) in digits.chars().enumerate() {
        if index > 0 && boundaries.contains(&index) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// [`group_digits`] with every character replaced by "●".
pub fn mask_digits(digits: &str) -> String {
    let masked: String = digits.chars().map(|_| '●').collect();
    group_digits(&masked)
}

/// Normalises (full-width → half-width; spaces and hyphens typed between groups dropped) and
/// checks that exactly 23 digits remain.
pub fn application_id(field: &str, input: &str) -> Result<ApplicationId, FieldError> {
    let normalised = digits_as_typed(input);
    if normalised.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if let Some(bad) = normalised.chars().find(|c| !c.is_ascii_digit()) {
        return Err(FieldError::new(field, "rule-application-id-digits")
            .with_arg("char", RuleArg::Text(bad.to_string())));
    }
    let length = normalised.len();
    if length != APPLICATION_ID_LENGTH {
        return Err(FieldError::new(field, "rule-application-id-length")
            .with_arg("length", count_arg(length)));
    }
    Ok(ApplicationId(normalised))
}

/// The second entry ("上下ともに入力") must be the same ID as the first, after the same
/// normalisation (so `1234 5678…` and `12345678…` match).
pub fn application_id_confirmation(
    field: &str,
    first: &ApplicationId,
    second: &str,
) -> Result<(), FieldError> {
    let second = digits_as_typed(second);
    if second.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if second != first.0 {
        return Err(FieldError::new(field, "rule-application-id-mismatch"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "12345678901234567890123";

    fn code(input: &str) -> Option<String> {
        application_id("id", input).err().map(|e| e.message)
    }

    #[test]
    fn accepts_23_digits_as_typed() {
        let ok = |s: &str| application_id("id", s).map(|id| id.as_str().to_owned());
        assert_eq!(ok(ID), Ok(ID.to_owned()));
        assert_eq!(ok("1234 5678 9012 3456 7890 123"), Ok(ID.to_owned()));
        assert_eq!(ok("1234-5678-9012-3456-7890-123"), Ok(ID.to_owned()));
        assert_eq!(
            ok("１２３４　５６７８　９０１２　３４５６　７８９０　１２３"),
            Ok(ID.to_owned())
        );
    }

    #[test]
    fn length_boundaries() {
        assert_eq!(
            code(&ID[..22]).as_deref(),
            Some("rule-application-id-length")
        );
        assert!(code(ID).is_none());
        let long = format!("{ID}4");
        let error = application_id("id", &long).err();
        assert_eq!(
            error.map(|e| (e.message, e.args)),
            Some((
                "rule-application-id-length".to_owned(),
                vec![("length".to_owned(), RuleArg::Number(24))]
            ))
        );
        assert_eq!(code("  ").as_deref(), Some("rule-required"));
    }

    #[test]
    fn letters_are_named() {
        let error = application_id("id", "1234567890123456789012O").err();
        assert_eq!(
            error.map(|e| (e.message, e.args)),
            Some((
                "rule-application-id-digits".to_owned(),
                vec![("char".to_owned(), RuleArg::Text("O".to_owned()))]
            ))
        );
        assert_eq!(code("1234a").as_deref(), Some("rule-application-id-digits"));
    }

    #[test]
    fn grouping_and_masking() {
        let id = application_id("id", ID).ok();
        assert_eq!(
            id.as_ref().map(ApplicationId::grouped).as_deref(),
            Some("1234 5678 9012 3456 7890 123")
        );
        assert_eq!(
            id.as_ref().map(ApplicationId::masked).as_deref(),
            Some("●●●● ●●●● ●●●● ●●●● ●●●● ●●●")
        );
        assert_eq!(group_digits(""), "");
        assert_eq!(group_digits("12345"), "1234 5");
        assert_eq!(group_digits("12345678"), "1234 5678");
        assert_eq!(
            group_digits(&format!("{ID}45")),
            "1234 5678 9012 3456 7890 12345"
        );
        assert_eq!(mask_digits("123456"), "●●●● ●●");
    }

    #[test]
    fn second_entry_must_match() {
        let Ok(first) = application_id("id", ID) else {
            panic!("valid id rejected");
        };
        let confirm = |s: &str| {
            application_id_confirmation("id2", &first, s)
                .err()
                .map(|e| e.message)
        };
        assert_eq!(confirm("1234 5678 9012 3456 7890 123"), None);
        assert_eq!(
            confirm("１２３４５６７８９０１２３４５６７８９０１２３"),
            None
        );
        assert_eq!(
            confirm("1234 5678 9012 3456 7890 124").as_deref(),
            Some("rule-application-id-mismatch")
        );
        assert_eq!(
            confirm(&ID[..22]).as_deref(),
            Some("rule-application-id-mismatch")
        );
        assert_eq!(confirm("").as_deref(), Some("rule-required"));
    }
}
