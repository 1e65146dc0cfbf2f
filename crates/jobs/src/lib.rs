//! The messages between the app (UI thread) and its Web Worker, where the heavy engines run
//! (photo checks now; document reading next) so the page never freezes.
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
    fn malformed_messages_are_errors() {
        for bad in [
            "",
            "{",
            "null",
            r#"{"job":"format-disk"}"#,
            r#"{"job":"check-photo"}"#,
        ] {
            assert!(decode::<Request>(bad).is_err(), "{bad}");
        }
        assert!(decode::<Reply>(r#"{"reply":"photo-checked","report":1}"#).is_err());
    }
}
