//! Immigration online procedures account (在留申請オンラインシステム 利用者登録, seed 001 §3, §6).
//!
//! - User kind (利用者区分): one of four.
//! - Name in Latin letters (氏名（英字）): "半角英字（大文字）、104文字以内、スペース区切り".
//! - Phone (電話番号): "ハイフンなしで入力してください。入力例) 012-345-6789は0123456789". The
//!   manual gives no length; a Japanese number written without the country code has 10 digits
//!   (fixed lines, 0120) or 11 (mobile 070/080/090, 050, 0800), always with a leading 0.
//! - Password: 10–20 characters, at least one each of upper case, lower case, digit and a symbol
//!   from `$%&=@_#*+-?!` ("4種類", the manual corrects the screen's "4種類以上"); nothing else.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::error::{FieldError, RuleArg};
use crate::text::{count_arg, is_dash, to_half_width};

/// 利用者区分.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UserKind {
    /// 所属機関等の職員: staff of an employer, registered support organisation, school…
    OrganisationStaff,
    /// 弁護士・行政書士.
    LawyerOrScrivener,
    /// 外国人本人.
    ForeignNational,
    /// 法定代理人等: family members and legal representatives.
    LegalRepresentative,
}

impl UserKind {
    pub const ALL: [UserKind; 4] = [
        UserKind::OrganisationStaff,
        UserKind::LawyerOrScrivener,
        UserKind::ForeignNational,
        UserKind::LegalRepresentative,
    ];

    /// Stable key used by the API.
    pub fn key(self) -> &'static str {
        match self {
            UserKind::OrganisationStaff => "organisation_staff",
            UserKind::LawyerOrScrivener => "lawyer_or_scrivener",
            UserKind::ForeignNational => "foreign_national",
            UserKind::LegalRepresentative => "legal_representative",
        }
    }

    /// Fluent id of the label.
    pub fn label_id(self) -> &'static str {
        match self {
            UserKind::OrganisationStaff => "user-kind-organisation-staff",
            UserKind::LawyerOrScrivener => "user-kind-lawyer-or-scrivener",
            UserKind::ForeignNational => "user-kind-foreign-national",
            UserKind::LegalRepresentative => "user-kind-legal-representative",
        }
    }
}

/// Parses the key of a user kind (as sent by a form).
pub fn user_kind(field: &str, input: &str) -> Result<UserKind, FieldError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    UserKind::ALL
        .into_iter()
        .find(|kind| kind.key() == input)
        .ok_or_else(|| FieldError::new(field, "rule-user-kind-invalid"))
}

/// Longest accepted Latin name.
pub const LATIN_NAME_MAX_CHARS: usize = 104;

/// A name in upper-case A–Z, single spaces between words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LatinName(String);

impl LatinName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The A–Z spelling for a letter with diacritics or a ligature (É → E, Ð → D, ß → SS), as
/// passports transliterate them; `None` for anything else.
pub fn latin_transliteration(c: char) -> Option<String> {
    let special = match c {
        'ß' | 'ẞ' => Some("SS"),
        'Æ' | 'æ' => Some("AE"),
        'Œ' | 'œ' => Some("OE"),
        'Ø' | 'ø' => Some("O"),
        'Đ' | 'đ' | 'Ð' | 'ð' => Some("D"),
        'Ł' | 'ł' => Some("L"),
        'Þ' | 'þ' => Some("TH"),
        'ı' => Some("I"),
        _ => None,
    };
    if let Some(s) = special {
        return Some(s.to_owned());
    }
    let base: String = c.nfd().filter(char::is_ascii_alphabetic).collect();
    (base.len() == 1).then(|| base.to_ascii_uppercase())
}

/// Normalises (full-width → half-width, lower → upper case (Unicode: é → É, ß → SS), runs of spaces → one space, trimmed)
/// and checks A–Z and spaces only, at most 104 characters. The error names the first other
/// character and its position, with its A–Z spelling when it is an accented letter.
pub fn latin_name(field: &str, input: &str) -> Result<LatinName, FieldError> {
    let half = to_half_width(input).to_uppercase();
    let name = half.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if let Some((index, bad)) = name
        .chars()
        .enumerate()
        .find(|(_, c)| !(c.is_ascii_uppercase() || *c == ' '))
    {
        let error = FieldError::new(field, "rule-latin-name-char")
            .with_arg("char", RuleArg::Text(bad.to_string()))
            .with_arg("position", count_arg(index + 1));
        return Err(match latin_transliteration(bad) {
            Some(spelling) => FieldError {
                message: "rule-latin-name-char-suggest".to_owned(),
                ..error
            }
            .with_arg("suggestion", RuleArg::Text(spelling)),
            None => error,
        });
    }
    let length = name.len();
    if length > LATIN_NAME_MAX_CHARS {
        return Err(FieldError::new(field, "rule-latin-name-too-long")
            .with_arg("length", count_arg(length)));
    }
    Ok(LatinName(name))
}

/// Digit counts of a Japanese phone number written from its leading 0.
pub const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 10..=11;

/// A phone number: half-width digits only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks a phone number typed without hyphens. Full-width digits are accepted (and converted);
/// hyphens are not silently removed but reported with the hyphen-less number to type, as the
/// official screen asks for it that way. Then: digits only (the first other character is
/// named), 10–11 digits, leading 0.
pub fn phone_number(field: &str, input: &str) -> Result<PhoneNumber, FieldError> {
    let half = to_half_width(input);
    let number = half.trim();
    if number.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    let without: String = number.chars().filter(|c| !is_dash(*c)).collect();
    if without.len() < number.len() && without.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FieldError::new(field, "rule-phone-hyphen")
            .with_arg("suggestion", RuleArg::Text(without)));
    }
    if let Some(bad) = number.chars().find(|c| !c.is_ascii_digit()) {
        return Err(FieldError::new(field, "rule-phone-digits")
            .with_arg("char", RuleArg::Text(bad.to_string())));
    }
    if !PHONE_DIGITS.contains(&number.len()) {
        return Err(
            FieldError::new(field, "rule-phone-length").with_arg("length", count_arg(number.len()))
        );
    }
    if !number.starts_with('0') {
        return Err(FieldError::new(field, "rule-phone-leading-zero"));
    }
    Ok(PhoneNumber(number.to_owned()))
}

/// Symbols a password may contain (and must contain one of).
pub const PASSWORD_SYMBOLS: &str = "$%&=@_#*+-?!";
/// Password length in characters.
pub const PASSWORD_LENGTH: std::ops::RangeInclusive<usize> = 10..=20;

/// The four character classes a password needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PasswordClass {
    Upper,
    Lower,
    Digit,
    Symbol,
}

impl PasswordClass {
    pub const ALL: [PasswordClass; 4] = [
        PasswordClass::Upper,
        PasswordClass::Lower,
        PasswordClass::Digit,
        PasswordClass::Symbol,
    ];

    /// The characters of the class, language-neutral (used in the error's `missing` list).
    pub fn characters(self) -> &'static str {
        match self {
            PasswordClass::Upper => "A–Z",
            PasswordClass::Lower => "a–z",
            PasswordClass::Digit => "0–9",
            PasswordClass::Symbol => PASSWORD_SYMBOLS,
        }
    }

    /// Fluent id of the label, for a live checklist next to the field.
    pub fn label_id(self) -> &'static str {
        match self {
            PasswordClass::Upper => "password-class-upper",
            PasswordClass::Lower => "password-class-lower",
            PasswordClass::Digit => "password-class-digit",
            PasswordClass::Symbol => "password-class-symbol",
        }
    }

    fn contains(self, c: char) -> bool {
        match self {
            PasswordClass::Upper => c.is_ascii_uppercase(),
            PasswordClass::Lower => c.is_ascii_lowercase(),
            PasswordClass::Digit => c.is_ascii_digit(),
            PasswordClass::Symbol => PASSWORD_SYMBOLS.contains(c),
        }
    }
}

/// Classes `password` does not use yet, in the order upper, lower, digit, symbol.
pub fn missing_password_classes(password: &str) -> Vec<PasswordClass> {
    PasswordClass::ALL
        .into_iter()
        .filter(|class| !password.chars().any(|c| class.contains(c)))
        .collect()
}

/// Checks a new password. Not normalised (what is typed is what must be typed at login).
/// Errors, in order: required; a character outside the four classes (named; full-width forms
/// included); length outside 10–20; missing classes, all listed in `missing` (e.g.
/// `A–Z, 0–9`) with their `count`.
pub fn password(field: &str, input: &str) -> Result<(), FieldError> {
    if input.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if let Some(bad) = input
        .chars()
        .find(|c| !PasswordClass::ALL.iter().any(|class| class.contains(*c)))
    {
        let shown = if bad == ' ' {
            "␣".to_owned()
        } else {
            bad.to_string()
        };
        return Err(
            FieldError::new(field, "rule-password-char").with_arg("char", RuleArg::Text(shown))
        );
    }
    let length = input.chars().count();
    if !PASSWORD_LENGTH.contains(&length) {
        return Err(
            FieldError::new(field, "rule-password-length").with_arg("length", count_arg(length))
        );
    }
    let missing = missing_password_classes(input);
    if !missing.is_empty() {
        let list: Vec<&str> = missing.iter().map(|class| class.characters()).collect();
        return Err(FieldError::new(field, "rule-password-classes")
            .with_arg("missing", RuleArg::Text(list.join(", ")))
            .with_arg("count", count_arg(missing.len())));
    }
    Ok(())
}

/// The confirmation entry must be identical.
pub fn password_confirmation(field: &str, first: &str, second: &str) -> Result<(), FieldError> {
    if second.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if first != second {
        return Err(FieldError::new(field, "rule-password-mismatch"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> RuleArg {
        RuleArg::Text(s.to_owned())
    }

    #[test]
    fn user_kinds() {
        for kind in UserKind::ALL {
            assert_eq!(user_kind("kind", kind.key()), Ok(kind));
            let json = serde_json::to_string(&kind).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", kind.key()));
            assert!(kind.label_id().starts_with("user-kind-"));
        }
        assert_eq!(
            user_kind("kind", "admin")
                .err()
                .map(|e| e.message)
                .as_deref(),
            Some("rule-user-kind-invalid")
        );
        assert_eq!(
            user_kind("kind", " ").err().map(|e| e.message).as_deref(),
            Some("rule-required")
        );
    }

    #[test]
    fn latin_names_are_normalised() {
        let ok = |s: &str| latin_name("name", s).map(|n| n.as_str().to_owned());
        assert_eq!(ok("nguyen van an"), Ok("NGUYEN VAN AN".to_owned()));
        assert_eq!(
            ok("  ＭＡＲＩＡ　ｓａｎｔｏｓ  "),
            Ok("MARIA SANTOS".to_owned())
        );
        assert_eq!(ok("JOSE   DELA  CRUZ"), Ok("JOSE DELA CRUZ".to_owned()));
        assert_eq!(ok(&"A".repeat(104)), Ok("A".repeat(104)));
    }

    #[test]
    fn latin_name_errors() {
        let err = |s: &str| latin_name("name", s).err().map(|e| (e.message, e.args));
        assert_eq!(
            err(&"A".repeat(105)),
            Some((
                "rule-latin-name-too-long".to_owned(),
                vec![("length".to_owned(), RuleArg::Number(105))]
            ))
        );
        // 104 letters and words separated by spaces: the spaces count.
        assert!(err(&format!("{} {}", "A".repeat(52), "B".repeat(52))).is_some());
        assert_eq!(
            err("José García"),
            Some((
                "rule-latin-name-char-suggest".to_owned(),
                vec![
                    ("char".to_owned(), text("É")),
                    ("position".to_owned(), RuleArg::Number(4)),
                    ("suggestion".to_owned(), text("E")),
                ]
            ))
        );
        assert_eq!(
            err("Trần").map(|(_, a)| a.last().cloned()),
            Some(Some(("suggestion".to_owned(), text("A"))))
        );
        assert_eq!(
            err("Đặng").map(|(_, a)| a.last().cloned()),
            Some(Some(("suggestion".to_owned(), text("D"))))
        );
        assert_eq!(
            err("JEAN-PIERRE"),
            Some((
                "rule-latin-name-char".to_owned(),
                vec![
                    ("char".to_owned(), text("-")),
                    ("position".to_owned(), RuleArg::Number(5))
                ]
            ))
        );
        assert_eq!(
            err("山田").map(|(m, _)| m).as_deref(),
            Some("rule-latin-name-char")
        );
        assert_eq!(
            err("AN2").map(|(m, _)| m).as_deref(),
            Some("rule-latin-name-char")
        );
        assert_eq!(err("　").map(|(m, _)| m).as_deref(), Some("rule-required"));
    }

    #[test]
    fn transliteration_table() {
        assert_eq!(latin_transliteration('ñ').as_deref(), Some("N"));
        assert_eq!(latin_transliteration('ü').as_deref(), Some("U"));
        assert_eq!(latin_transliteration('ễ').as_deref(), Some("E"));
        assert_eq!(latin_transliteration('ß').as_deref(), Some("SS"));
        assert_eq!(latin_transliteration('-'), None);
        assert_eq!(latin_transliteration('山'), None);
    }

    #[test]
    fn phone_numbers() {
        let ok = |s: &str| phone_number("phone", s).map(|n| n.as_str().to_owned());
        let err = |s: &str| phone_number("phone", s).err().map(|e| (e.message, e.args));
        assert_eq!(ok("0123456789"), Ok("0123456789".to_owned()));
        assert_eq!(ok("09012345678"), Ok("09012345678".to_owned()));
        assert_eq!(ok("０９０１２３４５６７８"), Ok("09012345678".to_owned()));
        assert_eq!(
            err("012-345-6789"),
            Some((
                "rule-phone-hyphen".to_owned(),
                vec![("suggestion".to_owned(), text("0123456789"))]
            ))
        );
        assert_eq!(
            err("090－1234－5678"),
            Some((
                "rule-phone-hyphen".to_owned(),
                vec![("suggestion".to_owned(), text("09012345678"))]
            ))
        );
        assert_eq!(
            err("03 1234 5678").map(|(m, _)| m).as_deref(),
            Some("rule-phone-digits")
        );
        assert_eq!(
            err("+81312345678"),
            Some((
                "rule-phone-digits".to_owned(),
                vec![("char".to_owned(), text("+"))]
            ))
        );
        assert_eq!(
            err("012345678"),
            Some((
                "rule-phone-length".to_owned(),
                vec![("length".to_owned(), RuleArg::Number(9))]
            ))
        );
        assert_eq!(
            err("090123456789").map(|(m, _)| m).as_deref(),
            Some("rule-phone-length")
        );
        assert_eq!(
            err("9012345678").map(|(m, _)| m).as_deref(),
            Some("rule-phone-leading-zero")
        );
        assert_eq!(err("").map(|(m, _)| m).as_deref(), Some("rule-required"));
    }

    #[test]
    fn password_length_boundaries() {
        let code = |s: &str| password("pw", s).err().map(|e| e.message);
        assert_eq!(code("Abcdefg1$"), Some("rule-password-length".to_owned())); // 9
        assert_eq!(code("Abcdefgh1$"), None); // 10
        assert_eq!(code("Abcdefghijklmnopq1$!"), None); // 20
        assert_eq!(
            code("Abcdefghijklmnopqr1$!"),
            Some("rule-password-length".to_owned())
        ); // 21
        assert_eq!(code(""), Some("rule-required".to_owned()));
    }

    #[test]
    fn password_lists_exactly_the_missing_classes() {
        let missing = |s: &str| password("pw", s).err().map(|e| (e.message, e.args));
        assert_eq!(
            missing("abcdefghij"),
            Some((
                "rule-password-classes".to_owned(),
                vec![
                    ("missing".to_owned(), text("A–Z, 0–9, $%&=@_#*+-?!")),
                    ("count".to_owned(), RuleArg::Number(3)),
                ]
            ))
        );
        assert_eq!(
            missing("ABCDEFGH12").map(|(_, a)| a),
            Some(vec![
                ("missing".to_owned(), text("a–z, $%&=@_#*+-?!")),
                ("count".to_owned(), RuleArg::Number(2))
            ])
        );
        assert_eq!(
            missing("Abcdefgh12").map(|(_, a)| a),
            Some(vec![
                ("missing".to_owned(), text("$%&=@_#*+-?!")),
                ("count".to_owned(), RuleArg::Number(1))
            ])
        );
        for symbol in PASSWORD_SYMBOLS.chars() {
            assert_eq!(
                password("pw", &format!("Abcdefgh1{symbol}")),
                Ok(()),
                "{symbol}"
            );
        }
        assert_eq!(missing_password_classes("aA1!"), vec![]);
        assert_eq!(missing_password_classes(""), PasswordClass::ALL.to_vec());
    }

    #[test]
    fn password_rejects_other_characters() {
        let err = |s: &str| password("pw", s).err().map(|e| (e.message, e.args));
        for (input, shown) in [
            ("Abcdefgh1.", "."),
            ("Abcdefgh1 $", "␣"),
            ("Ａbcdefgh1$", "Ａ"),
            ("Abcdefgh1＄", "＄"),
            ("Abcdéfgh1$", "é"),
            ("Abcdefgh1^", "^"),
        ] {
            assert_eq!(
                err(input),
                Some((
                    "rule-password-char".to_owned(),
                    vec![("char".to_owned(), text(shown))]
                )),
                "{input}"
            );
        }
    }

    #[test]
    fn password_confirmation_is_exact() {
        assert_eq!(
            password_confirmation("pw2", "Abcdefgh1$", "Abcdefgh1$"),
            Ok(())
        );
        assert_eq!(
            password_confirmation("pw2", "Abcdefgh1$", "abcdefgh1$")
                .err()
                .map(|e| e.message)
                .as_deref(),
            Some("rule-password-mismatch")
        );
        assert_eq!(
            password_confirmation("pw2", "Abcdefgh1$", "")
                .err()
                .map(|e| e.message)
                .as_deref(),
            Some("rule-required")
        );
    }
}
