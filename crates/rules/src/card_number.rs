//! Residence Card / Special Permanent Resident Certificate numbers.
//!
//! The number printed at the top right of the card is 12 characters: two letters, eight digits,
//! two letters (e.g. `AB12345678CD`). The chip's secure messaging key is derived from it, so a
//! well-formed number is required before a chip read starts.

use crate::error::{FieldError, RuleArg};
use crate::text::to_half_width;

/// A syntactically valid card number (upper-case, half-width).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResidenceCardNumber(String);

impl ResidenceCardNumber {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Length of a card number.
pub const CARD_NUMBER_LENGTH: usize = 12;

/// Normalises (full-width → half-width, lower → upper case, spaces and hyphens dropped) and
/// checks the card number format.
pub fn residence_card_number(field: &str, input: &str) -> Result<ResidenceCardNumber, FieldError> {
    let normalised: String = to_half_width(input)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if normalised.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    let length = normalised.chars().count();
    if length != CARD_NUMBER_LENGTH {
        let length = i64::try_from(length).unwrap_or(i64::MAX);
        return Err(FieldError::new(field, "rule-card-number-length")
            .with_arg("length", RuleArg::Number(length)));
    }
    let bytes = normalised.as_bytes();
    let shape_ok = normalised.is_ascii()
        && bytes[..2].iter().all(u8::is_ascii_uppercase)
        && bytes[2..10].iter().all(u8::is_ascii_digit)
        && bytes[10..].iter().all(u8::is_ascii_uppercase);
    if !shape_ok {
        return Err(FieldError::new(field, "rule-card-number-format"));
    }
    Ok(ResidenceCardNumber(normalised))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_normalises() {
        let ok = |s: &str| residence_card_number("n", s).map(|n| n.as_str().to_owned());
        assert_eq!(ok("AB12345678CD"), Ok("AB12345678CD".to_owned()));
        assert_eq!(ok("ab12345678cd"), Ok("AB12345678CD".to_owned()));
        assert_eq!(
            ok("ＡＢ１２３４５６７８ＣＤ"),
            Ok("AB12345678CD".to_owned())
        );
        assert_eq!(ok(" AB 1234 5678 CD "), Ok("AB12345678CD".to_owned()));
    }

    #[test]
    fn rejects_with_the_reason() {
        let code = |s: &str| residence_card_number("n", s).err().map(|e| e.message);
        assert_eq!(code("").as_deref(), Some("rule-required"));
        assert_eq!(
            code("AB1234567CD").as_deref(),
            Some("rule-card-number-length")
        );
        assert_eq!(
            code("AB123456789CD").as_deref(),
            Some("rule-card-number-length")
        );
        assert_eq!(
            code("A112345678CD").as_deref(),
            Some("rule-card-number-format")
        );
        assert_eq!(
            code("AB1234567XCD").as_deref(),
            Some("rule-card-number-format")
        );
        assert_eq!(
            code("AB12345678C1").as_deref(),
            Some("rule-card-number-format")
        );
        assert_eq!(
            code("AB12345678Cé").as_deref(),
            Some("rule-card-number-format")
        );
    }
}
