//! Finished forms, as the app submits them and the API receives them.
//!
//! API Boundary: each form is defined once here, with the `validate` both sides run. The app
//! calls it before submitting; the server calls it again on receipt and stores only what it
//! returns (normalised values). `validate` collects every field error, not just the first, so
//! the page can mark all of them at once. Field names in errors are JSON paths
//! (`residence_card.card_number`).
//!
//! - [`ExamMyPageForm`]: the exam's personal My Page registration, filled from the Residence Card
//!   and the passport (seed 000).
//! - [`MyNumberEmailForm`]: My Number card online application, STEP 1–2 (terms, application ID,
//!   name for mail, e-mail address); the server answers with a mail holding a single-use link.
//! - [`MyNumberApplicationForm`]: STEP 4–6 (course, licence record number for course C, date of
//!   birth, certificates, braille, face photo unless under one year), sent with that link's token.

use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::error::{FieldError, RuleArg};
use crate::text::{count_arg, to_half_width};
use crate::wareki::{Calendar, CivilDate, Era, birth_date, under_one_year};
use crate::{
    application_id, application_id_confirmation, email_address, email_confirmation, latin_name,
    licence_record_number, mail_name, profile_photo, residence_card_number,
};

/// The form kinds the API accepts at `POST /api/forms/{kind}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FormKind {
    ExamMypage,
    MynumberEmail,
    MynumberApplication,
}

impl FormKind {
    pub const ALL: [FormKind; 3] = [
        FormKind::ExamMypage,
        FormKind::MynumberEmail,
        FormKind::MynumberApplication,
    ];

    /// The path segment and stored kind.
    pub fn key(self) -> &'static str {
        match self {
            FormKind::ExamMypage => "exam-mypage",
            FormKind::MynumberEmail => "mynumber-email",
            FormKind::MynumberApplication => "mynumber-application",
        }
    }

    pub fn from_key(key: &str) -> Option<FormKind> {
        FormKind::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

/// Decodes a base64 photo (standard alphabet, padding optional; a `data:` URL prefix is
/// tolerated) and applies the upload limits of [`profile_photo`].
fn photo(field: &str, base64_text: &str) -> Result<Vec<u8>, FieldError> {
    let text = base64_text.trim();
    if text.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    let text = text.strip_prefix("data:image/jpeg;base64,").unwrap_or(text);
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text)
        .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(text))
        .map_err(|_| FieldError::new(field, "rule-photo-encoding"))?;
    profile_photo(field, &bytes)?;
    Ok(bytes)
}

/// The image challenge's answer is typed (whether it is right only the server can tell).
fn challenge_answer(field: &str, challenge_id: &str, answer: &str) -> Result<(), FieldError> {
    let typed = answer.chars().filter(|c| !c.is_whitespace()).count();
    if challenge_id.trim().is_empty() || typed == 0 {
        Err(FieldError::new(field, "rule-challenge-required"))
    } else if typed > CHALLENGE_ANSWER_MAX {
        Err(FieldError::new(field, "rule-challenge-too-long"))
    } else {
        Ok(())
    }
}

/// Longer answers are surely not a challenge's five characters.
const CHALLENGE_ANSWER_MAX: usize = 12;

fn must_accept(field: &str, accepted: bool) -> Result<(), FieldError> {
    if accepted {
        Ok(())
    } else {
        Err(FieldError::new(field, "rule-must-accept"))
    }
}

/// Collects field errors while validating, keeping the normalised values of the fields that
/// passed.
#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    fn check<T>(&mut self, result: Result<T, FieldError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.0.push(error);
                None
            }
        }
    }

    fn finish<T>(self, valid: Option<T>) -> Result<T, Vec<FieldError>> {
        match valid {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(self.0),
        }
    }
}

/// A `YYYY-MM-DD` date (how the app sends dates it read from a document or a date picker).
fn iso_date(field: &str, input: &str) -> Result<CivilDate, FieldError> {
    let text = to_half_width(input.trim());
    if text.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    CivilDate::parse_iso(&text).ok_or_else(|| FieldError::new(field, "rule-date-format"))
}

/// One of `choices` (stable keys sent by radio buttons).
fn choice<'a>(field: &str, input: &str, choices: &[&'a str]) -> Result<&'a str, FieldError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    choices
        .iter()
        .find(|c| **c == input)
        .copied()
        .ok_or_else(|| FieldError::new(field, "rule-choice-invalid"))
}

/// Free text printed on a document (status of residence): trimmed, required, bounded.
fn short_text(field: &str, input: &str, max_chars: usize) -> Result<String, FieldError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    let length = text.chars().count();
    if length > max_chars {
        return Err(FieldError::new(field, "rule-text-too-long")
            .with_arg("max", count_arg(max_chars))
            .with_arg("length", count_arg(length)));
    }
    if text.chars().any(char::is_control) {
        return Err(FieldError::new(field, "rule-text-control"));
    }
    Ok(text.to_owned())
}

/// Longest passport number (ICAO 9303 document number field).
pub const PASSPORT_NUMBER_MAX_CHARS: usize = 9;

/// A passport number as in the machine-readable zone: A–Z and 0–9, 1–9 characters
/// (normalised: half-width, upper case, spaces dropped).
pub fn passport_number(field: &str, input: &str) -> Result<String, FieldError> {
    let number: String = to_half_width(input)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    if number.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if let Some(bad) = number
        .chars()
        .find(|c| !(c.is_ascii_uppercase() || c.is_ascii_digit()))
    {
        return Err(FieldError::new(field, "rule-passport-number-char")
            .with_arg("char", RuleArg::Text(bad.to_string())));
    }
    let length = number.chars().count();
    if length > PASSPORT_NUMBER_MAX_CHARS {
        return Err(FieldError::new(field, "rule-passport-number-length")
            .with_arg("length", count_arg(length)));
    }
    Ok(number)
}

/// A nationality as the passport's three-letter code (ICAO 9303: ISO 3166-1 alpha-3 plus codes
/// such as `D` padded `D<<`, which we accept as `D`).
pub fn nationality_code(field: &str, input: &str) -> Result<String, FieldError> {
    let code = to_half_width(input.trim())
        .trim_end_matches('<')
        .to_uppercase();
    if code.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if code.len() > 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(FieldError::new(field, "rule-nationality-code"));
    }
    Ok(code)
}

/// A prefecture by its JIS X 0401 code (01 Hokkaidō … 47 Okinawa).
pub fn prefecture(field: &str, code: u8) -> Result<u8, FieldError> {
    if (1..=47).contains(&code) {
        Ok(code)
    } else {
        Err(FieldError::new(field, "rule-choice-invalid"))
    }
}

/// Longest status of residence text accepted (the longest printed one is well below this).
pub const STATUS_OF_RESIDENCE_MAX_CHARS: usize = 50;

/// The exam's personal My Page registration (seed 000): name, date of birth, nationality, sex and
/// passport number from the passport; card number, status, period of stay and prefecture from the
/// Residence Card unless the person has none ("持っていない", short-term stay); the face photo.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ExamMyPageForm {
    /// Name as in the passport, Latin letters (upper case after normalisation, ≤ 104).
    #[cfg_attr(feature = "openapi", schema(example = "NGUYEN VAN AN"))]
    pub name: String,
    /// `YYYY-MM-DD`.
    #[cfg_attr(feature = "openapi", schema(example = "1998-04-01"))]
    pub birth_date: String,
    /// `male` or `female` (as in the passport).
    #[cfg_attr(feature = "openapi", schema(example = "female"))]
    pub sex: String,
    /// Three-letter code from the passport (`VNM`).
    #[cfg_attr(feature = "openapi", schema(example = "VNM"))]
    pub nationality: String,
    #[cfg_attr(feature = "openapi", schema(example = "C1234567"))]
    pub passport_number: String,
    /// `null` when the person has no Residence Card ("持っていない").
    pub residence_card: Option<ResidenceCardDetails>,
    #[cfg_attr(feature = "openapi", schema(example = "an@example.com"))]
    pub email: String,
    /// The face photo: JPEG, RGB, 20 KB–7 MB, 480–6000 px each side, base64.
    pub photo_jpeg_base64: String,
}

/// What the exam form takes from the Residence Card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ResidenceCardDetails {
    #[cfg_attr(feature = "openapi", schema(example = "AB12345678CD"))]
    pub card_number: String,
    /// As printed (在留資格), e.g. `留学`.
    #[cfg_attr(feature = "openapi", schema(example = "留学"))]
    pub status_of_residence: String,
    /// Last day of the period of stay, `YYYY-MM-DD` (在留期限).
    #[cfg_attr(feature = "openapi", schema(example = "2027-03-31"))]
    pub period_of_stay_until: String,
    /// Prefecture of residence, JIS X 0401 code 1–47.
    #[cfg_attr(feature = "openapi", schema(example = 13))]
    pub prefecture: u8,
}

/// The exam form after validation: normalised values; the photo apart (stored as bytes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidExamMyPage {
    pub name: String,
    pub birth_date: String,
    pub sex: String,
    pub nationality: String,
    pub passport_number: String,
    pub residence_card: Option<ValidResidenceCard>,
    pub email: String,
    #[serde(skip)]
    pub photo: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidResidenceCard {
    pub card_number: String,
    pub status_of_residence: String,
    pub period_of_stay_until: String,
    pub prefecture: u8,
}

impl ExamMyPageForm {
    /// Every field checked; `today` is the current date in Japan (birth date not after it, period
    /// of stay not before it).
    pub fn validate(&self, today: CivilDate) -> Result<ValidExamMyPage, Vec<FieldError>> {
        let mut errors = Errors::default();
        let name = errors.check(latin_name("name", &self.name));
        let birth = errors.check(iso_date("birth_date", &self.birth_date).and_then(|date| {
            if date > today {
                Err(FieldError::new("birth_date", "rule-birth-date-future"))
            } else {
                Ok(date)
            }
        }));
        let sex = errors.check(choice("sex", &self.sex, &["male", "female"]));
        let nationality = errors.check(nationality_code("nationality", &self.nationality));
        let passport = errors.check(passport_number("passport_number", &self.passport_number));
        let card = match &self.residence_card {
            None => Some(None),
            Some(card) => card.validate(&mut errors, today).map(Some),
        };
        let email = errors.check(email_address("email", &self.email));
        let photo = errors.check(photo("photo_jpeg_base64", &self.photo_jpeg_base64));
        let valid = (|| {
            Some(ValidExamMyPage {
                name: name?.as_str().to_owned(),
                birth_date: birth?.to_string(),
                sex: sex?.to_owned(),
                nationality: nationality?,
                passport_number: passport?,
                residence_card: card?,
                email: email?.as_str().to_owned(),
                photo: photo?,
            })
        })();
        errors.finish(valid)
    }
}

impl ResidenceCardDetails {
    fn validate(&self, errors: &mut Errors, today: CivilDate) -> Option<ValidResidenceCard> {
        let number = errors.check(residence_card_number(
            "residence_card.card_number",
            &self.card_number,
        ));
        let status = errors.check(short_text(
            "residence_card.status_of_residence",
            &self.status_of_residence,
            STATUS_OF_RESIDENCE_MAX_CHARS,
        ));
        let field = "residence_card.period_of_stay_until";
        let until = errors.check(
            iso_date(field, &self.period_of_stay_until).and_then(|date| {
                if date < today {
                    Err(FieldError::new(field, "rule-period-of-stay-ended")
                        .with_arg("date", RuleArg::Text(date.to_string())))
                } else {
                    Ok(date)
                }
            }),
        );
        let prefecture = errors.check(prefecture("residence_card.prefecture", self.prefecture));
        Some(ValidResidenceCard {
            card_number: number?.as_str().to_owned(),
            status_of_residence: status?,
            period_of_stay_until: until?.to_string(),
            prefecture: prefecture?,
        })
    }
}

/// My Number online application STEP 1–2: both consent boxes, the application ID typed twice
/// (filled in from the QR code), the name for mail, the address typed twice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MyNumberEmailForm {
    /// 私は15歳以上です。または、15歳未満または成年被後見人の法定代理人です。
    pub age_confirmed: bool,
    /// 利用規約、および個人情報の取り扱いについてを承諾のうえ、申請します。
    pub terms_accepted: bool,
    #[cfg_attr(feature = "openapi", schema(example = "1234 5678 9012 3456 7890 123"))]
    pub application_id: String,
    #[cfg_attr(feature = "openapi", schema(example = "1234 5678 9012 3456 7890 123"))]
    pub application_id_confirmation: String,
    #[cfg_attr(feature = "openapi", schema(example = "番号 太郎"))]
    pub mail_name: String,
    #[cfg_attr(feature = "openapi", schema(example = "bangou-tarou@example.co.jp"))]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(example = "bangou-tarou@example.co.jp"))]
    pub email_confirmation: String,
    /// The image challenge (`POST /api/challenges`) this form answers; used up by the submit.
    #[cfg_attr(
        feature = "openapi",
        schema(example = "b3JJ4rQ2gG7c0V7dMRmFQb0J0pJxw8kWb8hT2zOe9xY")
    )]
    pub challenge_id: String,
    /// The characters of its picture, as typed.
    #[cfg_attr(feature = "openapi", schema(example = "K7M4X"))]
    pub challenge_answer: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidMyNumberEmail {
    pub application_id: String,
    pub mail_name: String,
    pub email: String,
}

impl MyNumberEmailForm {
    pub fn validate(&self) -> Result<ValidMyNumberEmail, Vec<FieldError>> {
        let mut errors = Errors::default();
        errors.check(must_accept("age_confirmed", self.age_confirmed));
        errors.check(must_accept("terms_accepted", self.terms_accepted));
        let id = errors.check(application_id("application_id", &self.application_id));
        if let Some(id) = &id {
            errors.check(application_id_confirmation(
                "application_id_confirmation",
                id,
                &self.application_id_confirmation,
            ));
        }
        let name = errors.check(mail_name("mail_name", &self.mail_name));
        let email = errors.check(email_address("email", &self.email));
        if let Some(email) = &email {
            errors.check(email_confirmation(
                "email_confirmation",
                email,
                &self.email_confirmation,
            ));
        }
        errors.check(challenge_answer(
            "challenge_answer",
            &self.challenge_id,
            &self.challenge_answer,
        ));
        let valid = (|| {
            Some(ValidMyNumberEmail {
                application_id: id?.as_str().to_owned(),
                mail_name: name?.as_str().to_owned(),
                email: email?.as_str().to_owned(),
            })
        })();
        errors.finish(valid)
    }
}

/// The date of birth as typed in three boxes, in the Western calendar or an era.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BirthDateInput {
    /// `seireki` or an era key: `meiji`, `taisho`, `showa`, `heisei`, `reiwa`.
    #[cfg_attr(feature = "openapi", schema(example = "heisei"))]
    pub calendar: String,
    #[cfg_attr(feature = "openapi", schema(example = "10"))]
    pub year: String,
    #[cfg_attr(feature = "openapi", schema(example = "01"))]
    pub month: String,
    #[cfg_attr(feature = "openapi", schema(example = "01"))]
    pub day: String,
}

/// My Number online application STEP 4–6.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct MyNumberApplicationForm {
    /// The token of the link mailed after STEP 2 (single use).
    pub link_token: String,
    /// `new` (A. 新規), `renewal` (B. 更新1 通常切替) or `licence` (C. 更新2 マイナ免許証引継ぎ).
    #[cfg_attr(feature = "openapi", schema(example = "new"))]
    pub course: String,
    /// 免許情報記録番号 / 運転経歴情報記録番号 (12 digits): course C only.
    pub licence_record_number: Option<String>,
    pub birth_date: BirthDateInput,
    /// 署名用電子証明書: `true` unless the applicant ticked "不要".
    pub signature_certificate: bool,
    /// 利用者証明用電子証明書: `true` unless the applicant ticked "不要".
    pub user_certificate: bool,
    /// 氏名の点字表記を希望する.
    pub braille: bool,
    /// 上記の申請内容に、誤りはありません。
    pub declaration: bool,
    /// The face photo (JPEG, RGB, 20 KB–7 MB, 480–6000 px), base64; `null` under one year.
    pub photo_jpeg_base64: Option<String>,
    /// The three photo confirmations (recent 6 months; front, no hat, no background; other
    /// standards): all must be ticked when a photo is sent.
    pub photo_confirmations: [bool; 3],
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidMyNumberApplication {
    pub course: String,
    pub licence_record_number: Option<String>,
    pub birth_date: String,
    pub signature_certificate: bool,
    pub user_certificate: bool,
    pub braille: bool,
    #[serde(skip)]
    pub photo: Option<Vec<u8>>,
}

fn calendar(field: &str, key: &str) -> Result<Calendar, FieldError> {
    let key = key.trim();
    if key.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if key == "seireki" {
        return Ok(Calendar::Seireki);
    }
    Era::ALL
        .into_iter()
        .find(|era| era.key() == key)
        .map(Calendar::Wareki)
        .ok_or_else(|| FieldError::new(field, "rule-choice-invalid"))
}

impl MyNumberApplicationForm {
    /// `today` is the current date in Japan: it decides the age (no photo under one year).
    pub fn validate(&self, today: CivilDate) -> Result<ValidMyNumberApplication, Vec<FieldError>> {
        let mut errors = Errors::default();
        if self.link_token.trim().is_empty() {
            errors.check::<()>(Err(FieldError::new("link_token", "rule-required")));
        }
        let course = errors.check(choice(
            "course",
            &self.course,
            &["new", "renewal", "licence"],
        ));
        let licence = match (course, &self.licence_record_number) {
            (Some("licence"), number) => errors
                .check(licence_record_number(
                    "licence_record_number",
                    number.as_deref().unwrap_or_default(),
                ))
                .map(|n| Some(n.as_str().to_owned())),
            // Only course C carries a licence over; a number left from another choice is dropped.
            _ => Some(None),
        };
        let birth = errors
            .check(calendar("birth_date.calendar", &self.birth_date.calendar))
            .and_then(|calendar| {
                errors.check(birth_date(
                    "birth_date",
                    calendar,
                    &self.birth_date.year,
                    &self.birth_date.month,
                    &self.birth_date.day,
                    today,
                ))
            });
        errors.check(must_accept("declaration", self.declaration));
        let needs_photo = birth.is_none_or(|birth| !under_one_year(birth, today));
        let photo = match (&self.photo_jpeg_base64, needs_photo) {
            (_, false) => Some(None),
            (None, true) => errors.check::<Option<Vec<u8>>>(Err(FieldError::new(
                "photo_jpeg_base64",
                "rule-photo-required",
            ))),
            (Some(text), true) => {
                for (index, ticked) in self.photo_confirmations.iter().enumerate() {
                    errors.check(must_accept(
                        &format!("photo_confirmations.{index}"),
                        *ticked,
                    ));
                }
                errors.check(photo("photo_jpeg_base64", text)).map(Some)
            }
        };
        let valid = (|| {
            Some(ValidMyNumberApplication {
                course: course?.to_owned(),
                licence_record_number: licence?,
                birth_date: birth?.to_string(),
                signature_certificate: self.signature_certificate,
                user_certificate: self.user_certificate,
                braille: self.braille,
                photo: photo?,
            })
        })();
        errors.finish(valid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> CivilDate {
        CivilDate::new(2025, 9, 11).unwrap_or_else(|| panic!("date"))
    }

    /// A JPEG header the photo rules accept (SOF0, 3 components, 600 × 800), padded to 30 KB.
    pub(crate) fn jpeg_base64() -> String {
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 8];
        out.extend_from_slice(&800u16.to_be_bytes());
        out.extend_from_slice(&600u16.to_be_bytes());
        out.push(3);
        for id in 1..=3 {
            out.extend_from_slice(&[id, 0x11, 0]);
        }
        out.resize(30_000, 0);
        base64::engine::general_purpose::STANDARD.encode(out)
    }

    fn exam() -> ExamMyPageForm {
        ExamMyPageForm {
            name: "nguyen van an".to_owned(),
            birth_date: "1998-04-01".to_owned(),
            sex: "female".to_owned(),
            nationality: "vnm".to_owned(),
            passport_number: "c 1234567".to_owned(),
            residence_card: Some(ResidenceCardDetails {
                card_number: "ab12345678cd".to_owned(),
                status_of_residence: " 留学 ".to_owned(),
                period_of_stay_until: "2027-03-31".to_owned(),
                prefecture: 13,
            }),
            email: "an@example.com".to_owned(),
            photo_jpeg_base64: jpeg_base64(),
        }
    }

    fn fields(errors: &[FieldError]) -> Vec<(&str, &str)> {
        errors
            .iter()
            .map(|e| (e.field.as_str(), e.message.as_str()))
            .collect()
    }

    #[test]
    fn form_kinds_round_trip() {
        for kind in FormKind::ALL {
            assert_eq!(FormKind::from_key(kind.key()), Some(kind));
            let json = serde_json::to_string(&kind).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", kind.key()));
        }
        assert_eq!(FormKind::from_key("exam"), None);
    }

    #[test]
    fn exam_form_is_normalised() {
        let valid = exam().validate(today()).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(valid.name, "NGUYEN VAN AN");
        assert_eq!(valid.nationality, "VNM");
        assert_eq!(valid.passport_number, "C1234567");
        let card = valid.residence_card.unwrap_or_else(|| panic!("card"));
        assert_eq!(card.card_number, "AB12345678CD");
        assert_eq!(card.status_of_residence, "留学");
        assert_eq!(valid.photo.len(), 30_000);
        let without_card = ExamMyPageForm {
            residence_card: None,
            ..exam()
        };
        assert!(without_card.validate(today()).is_ok());
    }

    #[test]
    fn exam_form_reports_every_bad_field() {
        let form = ExamMyPageForm {
            name: "José".to_owned(),
            birth_date: "2030-01-01".to_owned(),
            sex: "x".to_owned(),
            nationality: "VIETNAM".to_owned(),
            passport_number: "C-123".to_owned(),
            residence_card: Some(ResidenceCardDetails {
                card_number: "AB123".to_owned(),
                status_of_residence: " ".to_owned(),
                period_of_stay_until: "2025-09-10".to_owned(),
                prefecture: 48,
            }),
            email: "an@".to_owned(),
            photo_jpeg_base64: "not base64!".to_owned(),
        };
        let errors = form.validate(today()).err().unwrap_or_default();
        assert_eq!(
            fields(&errors),
            vec![
                ("name", "rule-latin-name-char-suggest"),
                ("birth_date", "rule-birth-date-future"),
                ("sex", "rule-choice-invalid"),
                ("nationality", "rule-nationality-code"),
                ("passport_number", "rule-passport-number-char"),
                ("residence_card.card_number", "rule-card-number-length"),
                ("residence_card.status_of_residence", "rule-required"),
                (
                    "residence_card.period_of_stay_until",
                    "rule-period-of-stay-ended"
                ),
                ("residence_card.prefecture", "rule-choice-invalid"),
                ("email", "rule-email-format"),
                ("photo_jpeg_base64", "rule-photo-encoding"),
            ]
        );
    }

    #[test]
    fn passport_numbers_and_nationalities() {
        assert_eq!(
            passport_number("p", "ｔｚ１２３４５６７"),
            Ok("TZ1234567".to_owned())
        );
        assert_eq!(
            passport_number("p", "TZ12345678").err().map(|e| e.args),
            Some(vec![("length".to_owned(), RuleArg::Number(10))])
        );
        assert_eq!(nationality_code("n", "D<<"), Ok("D".to_owned()));
        assert_eq!(nationality_code("n", "phl"), Ok("PHL".to_owned()));
        assert!(nationality_code("n", "P1L").is_err());
        assert_eq!(prefecture("p", 1), Ok(1));
        assert!(prefecture("p", 0).is_err());
    }

    #[test]
    fn exam_form_boundaries() {
        let first = |form: ExamMyPageForm| {
            form.validate(today())
                .err()
                .and_then(|e| e.into_iter().next())
                .map(|e| (e.field, e.message))
        };
        let with_card = |change: &dyn Fn(&mut ResidenceCardDetails)| {
            let mut form = exam();
            if let Some(card) = form.residence_card.as_mut() {
                change(card);
            }
            form
        };
        // Born today is possible, tomorrow is not.
        let born = |date: &str| ExamMyPageForm {
            birth_date: date.to_owned(),
            ..exam()
        };
        assert_eq!(first(born("2025-09-11")), None);
        assert_eq!(
            first(born("2025-09-12")),
            Some(("birth_date".to_owned(), "rule-birth-date-future".to_owned()))
        );
        assert_eq!(
            first(born("2025-02-29")),
            Some(("birth_date".to_owned(), "rule-date-format".to_owned()))
        );
        // The period of stay may end today, not yesterday.
        let until =
            |date: &'static str| with_card(&move |c| c.period_of_stay_until = date.to_owned());
        assert_eq!(first(until("2025-09-11")), None);
        assert_eq!(
            first(until("2025-09-10")).map(|e| e.1),
            Some("rule-period-of-stay-ended".to_owned())
        );
        // Prefecture codes 1 and 47 exist, 0 and 48 do not.
        for (code, ok) in [(0, false), (1, true), (47, true), (48, false)] {
            let form = with_card(&move |c| c.prefecture = code);
            assert_eq!(first(form).is_none(), ok, "prefecture {code}");
        }
        // Passport numbers of 9 characters, not 10.
        let passport = |number: &str| ExamMyPageForm {
            passport_number: number.to_owned(),
            ..exam()
        };
        assert_eq!(first(passport("TZ1234567")), None);
        assert_eq!(
            first(passport("TZ12345678")).map(|e| e.1),
            Some("rule-passport-number-length".to_owned())
        );
        // Status of residence up to 50 characters.
        let status = |length: usize| {
            let text = "介".repeat(length);
            with_card(&move |c| c.status_of_residence = text.clone())
        };
        assert_eq!(first(status(STATUS_OF_RESIDENCE_MAX_CHARS)), None);
        assert_eq!(
            first(status(STATUS_OF_RESIDENCE_MAX_CHARS + 1)).map(|e| e.1),
            Some("rule-text-too-long".to_owned())
        );
        // No photo is an error of its own field.
        let no_photo = ExamMyPageForm {
            photo_jpeg_base64: String::new(),
            ..exam()
        };
        assert_eq!(
            first(no_photo),
            Some(("photo_jpeg_base64".to_owned(), "rule-required".to_owned()))
        );
    }

    fn email_form() -> MyNumberEmailForm {
        MyNumberEmailForm {
            age_confirmed: true,
            terms_accepted: true,
            application_id: "1234 5678 9012 3456 7890 123".to_owned(),
            application_id_confirmation: "12345678901234567890123".to_owned(),
            mail_name: "番号 太郎".to_owned(),
            email: "bangou-tarou@example.co.jp".to_owned(),
            email_confirmation: "bangou-tarou@example.co.jp".to_owned(),
            challenge_id: "c".to_owned(),
            challenge_answer: "k7m4x".to_owned(),
        }
    }

    #[test]
    fn mynumber_email_form() {
        let valid = email_form().validate().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(valid.application_id, "12345678901234567890123");
        let bad = MyNumberEmailForm {
            terms_accepted: false,
            application_id_confirmation: "1".to_owned(),
            mail_name: "髙橋".to_owned(),
            email_confirmation: "other@example.co.jp".to_owned(),
            ..email_form()
        };
        assert_eq!(
            fields(&bad.validate().err().unwrap_or_default()),
            vec![
                ("terms_accepted", "rule-must-accept"),
                (
                    "application_id_confirmation",
                    "rule-application-id-mismatch"
                ),
                ("mail_name", "rule-mail-name-char-suggest"),
                ("email_confirmation", "rule-email-mismatch"),
            ]
        );
    }

    #[test]
    fn the_challenge_answer_is_required_and_short() {
        let check = |id: &str, answer: &str| {
            let form = MyNumberEmailForm {
                challenge_id: id.to_owned(),
                challenge_answer: answer.to_owned(),
                ..email_form()
            };
            form.validate().err().map(|e| {
                fields(&e)
                    .into_iter()
                    .map(|(f, m)| (f.to_owned(), m.to_owned()))
                    .collect::<Vec<_>>()
            })
        };
        let owned = |f: &str, m: &str| Some(vec![(f.to_owned(), m.to_owned())]);
        assert_eq!(check("c", "K7M4X"), None);
        assert_eq!(check("c", " k 7 m 4 x y z w q r s t "), None);
        let required = owned("challenge_answer", "rule-challenge-required");
        assert_eq!(check("c", "  "), required);
        assert_eq!(check("", "K7M4X"), required);
        assert_eq!(
            check("c", "K7M4XK7M4XK7M"),
            owned("challenge_answer", "rule-challenge-too-long")
        );
    }

    fn application() -> MyNumberApplicationForm {
        MyNumberApplicationForm {
            link_token: "t".to_owned(),
            course: "licence".to_owned(),
            licence_record_number: Some("1234 5678 9012".to_owned()),
            birth_date: BirthDateInput {
                calendar: "heisei".to_owned(),
                year: "10".to_owned(),
                month: "01".to_owned(),
                day: "01".to_owned(),
            },
            signature_certificate: true,
            user_certificate: false,
            braille: false,
            declaration: true,
            photo_jpeg_base64: Some(jpeg_base64()),
            photo_confirmations: [true; 3],
        }
    }

    #[test]
    fn mynumber_application_form() {
        let valid = application()
            .validate(today())
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(valid.birth_date, "1998-01-01");
        assert_eq!(valid.licence_record_number.as_deref(), Some("123456789012"));
        let renewal = MyNumberApplicationForm {
            course: "renewal".to_owned(),
            ..application()
        };
        assert_eq!(
            renewal.validate(today()).map(|v| v.licence_record_number),
            Ok(None)
        );
        let bad = MyNumberApplicationForm {
            licence_record_number: None,
            declaration: false,
            photo_confirmations: [true, false, true],
            ..application()
        };
        assert_eq!(
            fields(&bad.validate(today()).err().unwrap_or_default()),
            vec![
                ("licence_record_number", "rule-required"),
                ("declaration", "rule-must-accept"),
                ("photo_confirmations.1", "rule-must-accept"),
            ]
        );
    }

    #[test]
    fn babies_need_no_photo_and_others_do() {
        let baby = MyNumberApplicationForm {
            birth_date: BirthDateInput {
                calendar: "seireki".to_owned(),
                year: "2025".to_owned(),
                month: "1".to_owned(),
                day: "1".to_owned(),
            },
            photo_jpeg_base64: None,
            photo_confirmations: [false; 3],
            ..application()
        };
        assert_eq!(baby.validate(today()).map(|v| v.photo), Ok(None));
        let adult = MyNumberApplicationForm {
            photo_jpeg_base64: None,
            ..application()
        };
        assert_eq!(
            fields(&adult.validate(today()).err().unwrap_or_default()),
            vec![("photo_jpeg_base64", "rule-photo-required")]
        );
        let unknown_era = MyNumberApplicationForm {
            birth_date: BirthDateInput {
                calendar: "edo".to_owned(),
                ..application().birth_date
            },
            ..application()
        };
        assert_eq!(
            fields(&unknown_era.validate(today()).err().unwrap_or_default()),
            vec![("birth_date.calendar", "rule-choice-invalid")]
        );
    }

    #[test]
    fn photos_are_checked_after_decoding() {
        let small = base64::engine::general_purpose::STANDARD.encode([0xFF, 0xD8, 0, 0]);
        assert_eq!(
            photo("p", &small).err().map(|e| e.message).as_deref(),
            Some("rule-photo-file-too-small")
        );
        let data_url = format!("data:image/jpeg;base64,{}", jpeg_base64());
        assert!(photo("p", &data_url).is_ok());
        assert_eq!(
            photo("p", "").err().map(|e| e.message).as_deref(),
            Some("rule-required")
        );
    }
}
