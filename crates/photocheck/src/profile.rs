//! Photo profiles (the rules of one application), read from `profiles.json`. A new profile is a
//! new entry in that file: no code.

use serde::{Deserialize, Serialize};

use crate::report::Status;

/// An image container, recognised by its magic bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Jpeg,
    Png,
    Gif,
    Webp,
    Heic,
    Bmp,
    Tiff,
    Pdf,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Jpeg => "JPEG",
            Format::Png => "PNG",
            Format::Gif => "GIF",
            Format::Webp => "WebP",
            Format::Heic => "HEIC",
            Format::Bmp => "BMP",
            Format::Tiff => "TIFF",
            Format::Pdf => "PDF",
        }
    }
}

/// An inclusive range; either end may be absent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Limits<T> {
    #[serde(default)]
    pub min: Option<T>,
    #[serde(default)]
    pub max: Option<T>,
}

/// Graded limits for a measure: outside `warn_*` warns, outside `fail_*` fails. Absent ends are
/// unbounded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Band {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_below: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warn_below: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warn_above: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fail_above: Option<f64>,
}

/// Which side of a band a value fell out on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Low,
    Within,
    High,
}

impl Band {
    pub fn judge(&self, value: f64) -> (Status, Side) {
        let below = |limit: Option<f64>| limit.is_some_and(|l| value < l);
        let above = |limit: Option<f64>| limit.is_some_and(|l| value > l);
        if value.is_nan() || below(self.fail_below) {
            (Status::Fail, Side::Low)
        } else if above(self.fail_above) {
            (Status::Fail, Side::High)
        } else if below(self.warn_below) {
            (Status::Warn, Side::Low)
        } else if above(self.warn_above) {
            (Status::Warn, Side::High)
        } else {
            (Status::Pass, Side::Within)
        }
    }

    /// The passing range, for reports: `0.6–0.8`, `≥ 0.6`, `≤ 0.8`.
    pub fn limit_text(&self, scale: f64, unit: &str) -> String {
        let low = self.warn_below.or(self.fail_below);
        let high = self.warn_above.or(self.fail_above);
        let f = |v: f64| format_number(v * scale);
        match (low, high) {
            (Some(l), Some(h)) => format!("{}–{}{unit}", f(l), f(h)),
            (Some(l), None) => format!("≥ {}{unit}", f(l)),
            (None, Some(h)) => format!("≤ {}{unit}", f(h)),
            (None, None) => "any".to_owned(),
        }
    }

    /// The passing range's ends scaled (e.g. to percent) and rounded, for message arguments.
    pub fn pass_range(&self, scale: f64) -> (i64, i64) {
        let low = self.warn_below.or(self.fail_below).unwrap_or(0.0);
        let high = self.warn_above.or(self.fail_above).unwrap_or(0.0);
        (round(low * scale), round(high * scale))
    }
}

pub(crate) fn round(v: f64) -> i64 {
    if v.is_finite() { v.round() as i64 } else { 0 }
}

pub(crate) fn format_number(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r}")
    }
}

/// Width:height of the printed photo (e.g. 3.5:4.5 cm).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Aspect {
    pub width: f64,
    pub height: f64,
    /// Accepted relative difference of width/height from the target ratio.
    pub tolerance: f64,
}

impl Aspect {
    pub fn ratio(&self) -> f64 {
        self.width / self.height
    }
}

/// Where auto-fix places the head in the crop.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FixTarget {
    /// Chin-to-crown share of the crop height.
    pub head_height: f64,
    /// Space above the crown, as a share of the crop height.
    pub top_margin: f64,
    /// Longest side of the output in pixels.
    pub max_side: u32,
}

/// Limits on the picture itself (not rule text, but what makes a photo usable).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Quality {
    /// Mean luma (0–255) of the face, or of the centre when no face is known.
    pub brightness: Band,
    /// Share of face pixels at the ends of the range (≤ 3 or ≥ 252).
    pub clipping: Band,
    /// Variance of the Laplacian on the face scaled to 256 px wide.
    pub sharpness: Band,
    /// Noise sigma (Immerkær) on luma, in 0–255 units.
    pub noise: Band,
    /// Luma standard deviation of the background strips.
    pub background_spread: Band,
    /// Share of strong-edge pixels in the background strips.
    pub background_edges: Band,
    /// Luma difference between the background and the hair or clothes, whichever is closer.
    pub outline_contrast: Band,
    /// Eye band over cheek band luma: dark glasses make it low.
    pub eye_band_ratio: Band,
    /// Eye aspect ratio from the landmarks (lid gap over eye width), the smaller eye: about
    /// 0.2–0.32 open on rustface's test photo, under 0.1 closed.
    pub eye_openness: Band,
    /// Hat hint: how unlike hair the region above the forehead is (see `hints::hat`).
    pub hat_score: Band,
    /// Screen or print hint: strength of periodic patterns on the face (see `hints::screen`).
    pub moire: Band,
}

impl Default for Quality {
    fn default() -> Self {
        let band = |fail_below, warn_below, warn_above, fail_above| Band {
            fail_below,
            warn_below,
            warn_above,
            fail_above,
        };
        Quality {
            brightness: band(Some(45.0), Some(80.0), Some(205.0), Some(235.0)),
            clipping: band(None, None, Some(0.05), Some(0.15)),
            sharpness: band(Some(4.0), Some(6.0), None, None),
            noise: band(None, None, Some(6.0), Some(12.0)),
            background_spread: band(None, None, Some(16.0), Some(32.0)),
            background_edges: band(None, None, Some(0.04), Some(0.10)),
            outline_contrast: band(None, Some(15.0), None, None),
            eye_band_ratio: band(None, Some(0.55), None, None),
            // Warn only: narrow or smiling eyes are open too.
            eye_openness: band(Some(0.08), Some(0.14), None, None),
            // Hints only warn: they can be wrong either way.
            hat_score: band(None, None, Some(1.0), None),
            moire: band(None, None, Some(1.0), None),
        }
    }
}

/// The rules of one application.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub id: String,
    /// Fluent id of the profile's name.
    pub title: String,
    /// Where the rules come from.
    #[serde(default)]
    pub source: String,
    /// Accepted containers; the first is what auto-fix writes.
    pub formats: Vec<Format>,
    pub cmyk: Status,
    pub greyscale: Status,
    pub progressive: Status,
    #[serde(default)]
    pub bytes: Option<Limits<u64>>,
    #[serde(default)]
    pub side_px: Option<Limits<u32>>,
    pub aspect: Aspect,
    pub aspect_mismatch: Status,
    pub head_height: Band,
    pub eye_line: Band,
    pub centre_offset: Band,
    pub roll_degrees: Band,
    /// Head turned left or right (landmarks), absolute degrees.
    #[serde(default = "default_yaw")]
    pub yaw_degrees: Band,
    /// Chin raised or lowered (landmarks), absolute degrees.
    #[serde(default = "default_pitch")]
    pub pitch_degrees: Band,
    pub top_margin: Band,
    pub fix: FixTarget,
    #[serde(default)]
    pub quality: Quality,
    pub retouching_allowed: bool,
    /// Fluent ids of what the applicant must confirm (what cannot be measured).
    #[serde(default)]
    pub confirmations: Vec<String>,
}

/// ISO/IEC 19794-5 asks for ±5°; the landmark estimate is good to a few degrees, so the
/// defaults warn from 10° and fail from 20° (yaw) and 25° (pitch, the less certain measure).
fn default_yaw() -> Band {
    Band {
        warn_above: Some(10.0),
        fail_above: Some(20.0),
        ..Band::default()
    }
}

fn default_pitch() -> Band {
    Band {
        warn_above: Some(12.0),
        fail_above: Some(25.0),
        ..Band::default()
    }
}

#[derive(Deserialize)]
struct ProfileFile {
    profiles: Vec<Profile>,
}

const PROFILES_JSON: &str = include_str!("../profiles.json");

/// Parses a profile file (`{"profiles": [...]}`).
pub fn parse_profiles(json: &str) -> Result<Vec<Profile>, serde_json::Error> {
    serde_json::from_str::<ProfileFile>(json).map(|f| f.profiles)
}

/// The built-in profiles (`profiles.json`).
pub fn profiles() -> Vec<Profile> {
    parse_profiles(PROFILES_JSON).unwrap_or_default()
}

/// A built-in profile by id (`mynumber`, `immigration`).
pub fn profile(id: &str) -> Option<Profile> {
    profiles().into_iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn built_in_profiles_parse() {
        let all = profiles();
        let ids: Vec<&str> = all.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["mynumber", "immigration"]);
        let m = profile("mynumber").unwrap();
        assert_eq!(m.formats, [Format::Jpeg]);
        assert_eq!(m.cmyk, Status::Fail);
        assert!((m.aspect.ratio() - 3.5 / 4.5).abs() < 1e-9);
        let i = profile("immigration").unwrap();
        assert!((i.aspect.ratio() - 0.75).abs() < 1e-9);
        assert!(!i.retouching_allowed);
        assert_eq!(i.bytes, None);
        assert!(profile("passport").is_none());
    }

    #[test]
    fn a_new_profile_is_data_only() {
        let mut json: serde_json::Value = serde_json::from_str(PROFILES_JSON).unwrap();
        let mut new = json["profiles"][0].clone();
        new["id"] = "visa".into();
        new["aspect"]["width"] = 2.0.into();
        new["aspect"]["height"] = 2.0.into();
        json["profiles"] = serde_json::Value::Array(vec![new]);
        let parsed = parse_profiles(&json.to_string()).unwrap();
        assert_eq!(parsed[0].id, "visa");
        assert!((parsed[0].aspect.ratio() - 1.0).abs() < 1e-9);
        // Quality limits default when a profile leaves them out.
        assert_eq!(parsed[0].quality, Quality::default());
        assert!(parse_profiles("{\"profiles\": [{}]}").is_err());
    }

    #[test]
    fn bands_grade_values() {
        let b = Band {
            fail_below: Some(0.5),
            warn_below: Some(0.6),
            warn_above: Some(0.8),
            fail_above: Some(0.9),
        };
        assert_eq!(b.judge(0.4), (Status::Fail, Side::Low));
        assert_eq!(b.judge(0.55), (Status::Warn, Side::Low));
        assert_eq!(b.judge(0.6), (Status::Pass, Side::Within));
        assert_eq!(b.judge(0.8), (Status::Pass, Side::Within));
        assert_eq!(b.judge(0.85), (Status::Warn, Side::High));
        assert_eq!(b.judge(0.95), (Status::Fail, Side::High));
        assert_eq!(b.judge(f64::NAN).0, Status::Fail);
        assert_eq!(b.limit_text(100.0, " %"), "60–80 %");
        assert_eq!(b.pass_range(100.0), (60, 80));
        assert_eq!(Band::default().judge(1e9), (Status::Pass, Side::Within));
    }
}
