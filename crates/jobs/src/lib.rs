//! The messages between the app (UI thread) and its Web Worker, where the heavy engines run
//! (photo checks, QR codes, document reading) so the page never freezes.
//!
//! A message is a JS object `{ id, message, bytes? }`: `message` is one of these types as JSON,
//! `bytes` an `ArrayBuffer` transferred beside it (photos and fixed JPEGs are never JSON-encoded).
//! Both sides parse what they receive with [`decode`], which never panics.
//!
//! Architecture Invariant: nothing here leaves the browser tab; the worker makes no request
//! other than fetching the app's own model files.

use madoguchi_rules::RuleArg;
use serde::{Deserialize, Serialize};

/// What the app asks the worker to do. Photo jobs take the photo's bytes beside the message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "job", rename_all = "kebab-case")]
pub enum Request {
    /// The photo profiles the worker knows (id and Fluent title), for the profile choice.
    Profiles,
    /// Every check of `profile` on the photo.
    CheckPhoto { profile: String },
    /// Auto-fix the photo for `profile`, then check the result.
    FixPhoto { profile: String },
    /// The texts of the QR codes in the photo.
    ReadQr,
    /// Read a passport's data page (its machine-readable zone). `today` (`YYYY-MM-DD`, from the
    /// page: the worker has no clock of its own) decides the century of the birth date.
    ScanPassport { today: String },
    /// Read the front of a Residence Card or Special Permanent Resident Certificate. `today`
    /// (`YYYY-MM-DD`, from the page) rules out births after it.
    ScanCard { today: String },
    /// Read only the card number (top right of the card), for the chip flow's camera button.
    ReadCardNumber,
    /// Read the fields printed on the chip's card-face image (券面（表）イメージ, signed by the
    /// ISA): its grey pixels, one byte each, row by row, go beside the message. Answered with
    /// `DocumentRead` (no review picture: the page already shows the image). `today` as for
    /// `ScanCard`.
    ReadChipFace {
        width: u32,
        height: u32,
        today: String,
    },
    /// Take the face photo printed on a photographed Residence Card or passport, as a JPEG the
    /// forms accept, checked with `profile`; answered with `PhotoFixed`.
    DocumentPortrait { profile: String },
}

/// What the worker answers. `PhotoFixed` carries the fixed JPEG beside the message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "reply", rename_all = "kebab-case")]
pub enum Reply {
    /// The worker is listening (messages sent before this could be lost).
    Ready,
    /// A model file is being fetched (first use only; later uses come from the Cache API).
    Downloading {
        model: String,
        loaded: u64,
        total: u64,
    },
    Profiles {
        profiles: Vec<ProfileInfo>,
    },
    PhotoChecked {
        report: PhotoReport,
    },
    PhotoFixed {
        fixed: PhotoFix,
    },
    /// Texts of the QR codes found (empty: none could be read).
    QrCodes {
        texts: Vec<String>,
    },
    /// A document was read. Beside it: the RGBA pixels of `scan.image` (the upright, corrected
    /// picture the fields' `source` rectangles refer to), for the review screen's crops.
    DocumentRead {
        scan: DocumentScan,
    },
    CardNumberRead {
        read: CardNumberRead,
    },
    /// The job could not be done; `message` is a Fluent id for the user.
    Failed {
        message: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileInfo {
    pub id: String,
    /// Fluent id of the profile's name.
    pub title: String,
}

/// Outcome of one check, or of a whole photo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Pass,
    /// Could not be measured (e.g. no face found).
    Skip,
    Warn,
    Fail,
}

/// A rectangle in pixels of the upright photo.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Area {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// One rule's verdict as the checklist shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckLine {
    /// Stable rule id (`file-size`, `head-height`, …).
    pub id: String,
    pub verdict: Verdict,
    /// Fluent id: what was found and what to do.
    pub message: String,
    pub args: Vec<(String, RuleArg)>,
    /// The measured value as text, and the rule's limit.
    pub measured: Option<String>,
    pub limit: Option<String>,
    /// Auto-fix can repair this one.
    pub fixable: bool,
}

/// Head geometry of a found face, for the overlay (upright photo pixels).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FaceOutline {
    pub area: Area,
    pub crown_y: f64,
    pub chin_y: f64,
    pub eye_y: f64,
    pub centre_x: f64,
}

/// The profile's framing rules as fractions of the photo, for the overlay.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Framing {
    /// Width over height of the required photo.
    pub aspect: f64,
    /// Head height (crown to chin) over photo height that passes.
    pub head_min: f64,
    pub head_max: f64,
    /// Eye line from the top over photo height that passes.
    pub eyes_min: f64,
    pub eyes_max: f64,
}

/// Everything measured on one photo.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhotoReport {
    pub profile: String,
    pub verdict: Verdict,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub bytes: u64,
    pub faces: Vec<FaceOutline>,
    /// Where auto-fix would crop, when it can.
    pub suggested_crop: Option<Area>,
    pub framing: Framing,
    pub checks: Vec<CheckLine>,
    /// Fluent ids of what the applicant must confirm (cannot be measured).
    pub confirmations: Vec<String>,
    /// Time the checks took in the worker, for the benchmark.
    pub millis: f64,
    /// Time the browser took to decode the photo for them (0 when decoded in wasm).
    #[serde(default)]
    pub decode_millis: f64,
}

/// A fixed photo: its facts, what was done, and the check of the result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhotoFix {
    pub width: u32,
    pub height: u32,
    pub bytes: u64,
    pub quality: u8,
    /// Fluent ids of what was done, in order.
    pub actions: Vec<String>,
    pub report: PhotoReport,
}

/// Which document a scan read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    Passport,
    ResidenceCard,
    SpecialPermanentResidentCertificate,
}

/// How a machine-readable-zone field stands against its check digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckDigit {
    /// The check digit agrees with the characters as read.
    Valid,
    /// It agrees after reading look-alike characters differently (0/O, 1/I, 5/S…).
    Repaired,
    /// No reading agrees: the value is probably wrong.
    Invalid,
    /// No check digit covers this field.
    NotCovered,
}

/// One field of a document as read, for the review screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScanField {
    /// Stable field id (`surname`, `card-number`, `birth-date`, …); the label is the Fluent
    /// message `document-field-<id>`.
    pub id: String,
    /// The value to fill in: dates as `YYYY-MM-DD`, sex as `M`/`F`, closed-list values as
    /// printed. Empty when the field was not found.
    pub value: String,
    /// The closed list's term when the value is one of them (status, prefecture, country).
    pub term: Option<TermNames>,
    /// The text the value was read from, as recognised (e.g. a 和暦 date as printed).
    pub text: Option<String>,
    /// 0–1; 0 when the field was not found.
    pub confidence: f32,
    /// Machine-readable-zone fields only.
    pub check: Option<CheckDigit>,
    /// The user should look at this one: not found, unsure, or its check digit disagrees.
    pub needs_review: bool,
    /// Where the value was read, in pixels of the scan's `image`.
    pub source: Option<Area>,
}

/// A term of a closed list: its stable key (status id, prefecture code, ICAO country code) and
/// its names, so the review screen can show the value in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermNames {
    pub code: String,
    pub japanese: Option<String>,
    pub english: Option<String>,
}

/// How the photo looked, for advice when a read is poor.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScanQuality {
    /// The document's outline was found and the photo straightened.
    pub outline_found: bool,
    /// Share of the document blown out to white by reflections (0–1).
    pub glare: f32,
    /// Enough glare to hide text.
    pub glare_warning: bool,
    /// Rotation applied to read the document, in degrees clockwise.
    pub rotation_degrees: f32,
    /// Photo pixels per millimetre of the document, when its size was found.
    pub pixels_per_mm: Option<f32>,
    /// The document is too small in the photo for its small print: advise a closer photo.
    pub small_warning: bool,
}

/// Size of the picture sent beside a [`Reply::DocumentRead`] (RGBA, row by row).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScanImage {
    pub width: u32,
    pub height: u32,
}

/// A document read from a photo.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentScan {
    pub kind: DocumentKind,
    /// Every field of the document, in the order it is printed; unfound ones with an empty value.
    pub fields: Vec<ScanField>,
    pub quality: ScanQuality,
    /// Passport: the zone's lines as finally read (after check-digit repair).
    pub mrz_lines: Vec<String>,
    /// Passport: every check digit agrees (after repair).
    pub mrz_checks_pass: Option<bool>,
    pub image: ScanImage,
    /// Time the read took in the worker, and the browser's decoding before it.
    pub millis: f64,
    #[serde(default)]
    pub decode_millis: f64,
    /// The engine's stages and their times, for benchmarks.
    #[serde(default)]
    pub stages: Vec<StageTime>,
}

/// One stage of a read and the milliseconds it took.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StageTime {
    pub name: String,
    pub ms: f64,
}

/// The card number alone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CardNumberRead {
    pub card_number: String,
    pub confidence: f32,
    pub needs_review: bool,
    pub millis: f64,
    #[serde(default)]
    pub decode_millis: f64,
    #[serde(default)]
    pub stages: Vec<StageTime>,
}

/// Why a message could not be read.
#[derive(Debug, PartialEq, Eq)]
pub struct BadMessage(pub String);

/// Parses a message of either direction; malformed input is an error, never a panic.
pub fn decode<T: for<'de> Deserialize<'de>>(json: &str) -> Result<T, BadMessage> {
    serde_json::from_str(json).map_err(|e| BadMessage(e.to_string()))
}

/// The JSON of a message (serialising these plain types cannot fail).
pub fn encode<T: Serialize>(message: &T) -> String {
    serde_json::to_string(message).unwrap_or_else(|_| String::from("{}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_round_trip_with_a_readable_tag() {
        let request = Request::FixPhoto {
            profile: "mynumber".into(),
        };
        let json = encode(&request);
        assert_eq!(json, r#"{"job":"fix-photo","profile":"mynumber"}"#);
        assert_eq!(decode::<Request>(&json), Ok(request));
    }

    #[test]
    fn replies_round_trip() {
        let reply = Reply::Downloading {
            model: "face".into(),
            loaded: 10,
            total: 100,
        };
        assert_eq!(decode::<Reply>(&encode(&reply)), Ok(reply));
        let failed = Reply::Failed {
            message: "photo-decode-failed".into(),
        };
        assert_eq!(decode::<Reply>(&encode(&failed)), Ok(failed));
    }

    #[test]
    fn document_jobs_round_trip() {
        let request = Request::ScanPassport {
            today: "2026-12-02".into(),
        };
        let json = encode(&request);
        assert_eq!(json, r#"{"job":"scan-passport","today":"2026-12-02"}"#);
        assert_eq!(decode::<Request>(&json), Ok(request));
        let card = Request::ScanCard {
            today: "2026-12-02".into(),
        };
        assert_eq!(encode(&card), r#"{"job":"scan-card","today":"2026-12-02"}"#);
        assert_eq!(
            decode::<Request>(r#"{"job":"document-portrait","profile":"immigration"}"#),
            Ok(Request::DocumentPortrait {
                profile: "immigration".into()
            })
        );
        assert_eq!(
            decode::<Request>(r#"{"job":"read-card-number"}"#),
            Ok(Request::ReadCardNumber)
        );
        let reply = Reply::DocumentRead {
            scan: DocumentScan {
                kind: DocumentKind::Passport,
                fields: vec![ScanField {
                    id: "document-number".into(),
                    value: "L898902C3".into(),
                    term: None,
                    text: Some("L898902C3".into()),
                    confidence: 0.98,
                    check: Some(CheckDigit::Repaired),
                    needs_review: false,
                    source: Some(Area {
                        x: 1.0,
                        y: 2.0,
                        width: 3.0,
                        height: 4.0,
                    }),
                }],
                quality: ScanQuality {
                    outline_found: false,
                    glare: 0.0,
                    glare_warning: false,
                    rotation_degrees: 180.0,
                    pixels_per_mm: Some(12.5),
                    small_warning: false,
                },
                mrz_lines: vec!["P<UTO".into()],
                mrz_checks_pass: Some(true),
                image: ScanImage {
                    width: 10,
                    height: 20,
                },
                millis: 120.0,
                decode_millis: 3.0,
                stages: vec![StageTime {
                    name: "detect".into(),
                    ms: 40.0,
                }],
            },
        };
        let json = encode(&reply);
        assert!(json.contains(r#""check":"repaired""#), "{json}");
        assert_eq!(decode::<Reply>(&json), Ok(reply));
    }

    #[test]
    fn malformed_messages_are_errors() {
        for bad in [
            "",
            "{",
            "null",
            r#"{"job":"format-disk"}"#,
            r#"{"job":"check-photo"}"#,
            r#"{"job":"scan-passport"}"#,
            r#"{"job":"scan-passport","today":3}"#,
        ] {
            assert!(decode::<Request>(bad).is_err(), "{bad}");
        }
        assert!(decode::<Reply>(r#"{"reply":"photo-checked","report":1}"#).is_err());
    }
}
