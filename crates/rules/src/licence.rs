//! Driving licence record number for course C of the My Number application (マイナ免許証引継ぎ).
//!
//! The form asks for the 免許情報記録番号 or 運転経歴情報記録番号 "（12桁）" exactly as the
//! Myna licence reading app shows it (it can differ from the number printed on a plastic
//! licence), preferably by copy and paste. No check digit is published, so only the shape is
//! checked.

use crate::error::{FieldError, RuleArg};
use crate::text::{count_arg, digits_as_typed};

/// Digits in a licence record number.
pub const LICENCE_RECORD_NUMBER_LENGTH: usize = 12;

/// A 12-digit record number (half-width, no separators).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LicenceRecordNumber(String);

impl LicenceRecordNumber {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Normalises (full-width → half-width, spaces and hyphens from copy and paste dropped) and
/// checks for exactly 12 digits.
pub fn licence_record_number(field: &str, input: &str) -> Result<LicenceRecordNumber, FieldError> {
    let normalised = digits_as_typed(input);
    if normalised.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if let Some(bad) = normalised.chars().find(|c| !c.is_ascii_digit()) {
        return Err(FieldError::new(field, "rule-licence-record-digits")
            .with_arg("char", RuleArg::Text(bad.to_string())));
    }
    if normalised.len() != LICENCE_RECORD_NUMBER_LENGTH {
        return Err(FieldError::new(field, "rule-licence-record-length")
            .with_arg("length", count_arg(normalised.len())));
    }
    Ok(LicenceRecordNumber(normalised))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(input: &str) -> Option<String> {
        licence_record_number("licence", input)
            .err()
            .map(|e| e.message)
    }

    #[test]
    fn twelve_digits() {
        let ok = |s: &str| licence_record_number("licence", s).map(|n| n.as_str().to_owned());
        assert_eq!(ok("123456789012"), Ok("123456789012".to_owned()));
        assert_eq!(ok(" 1234 5678 9012\n"), Ok("123456789012".to_owned()));
        assert_eq!(
            ok("１２３４５６７８９０１２"),
            Ok("123456789012".to_owned())
        );
        assert_eq!(
            code("12345678901").as_deref(),
            Some("rule-licence-record-length")
        );
        assert_eq!(
            licence_record_number("licence", "1234567890123")
                .err()
                .map(|e| e.args),
            Some(vec![("length".to_owned(), RuleArg::Number(13))])
        );
        assert_eq!(
            code("12345678901A").as_deref(),
            Some("rule-licence-record-digits")
        );
        assert_eq!(code("").as_deref(), Some("rule-required"));
    }
}
