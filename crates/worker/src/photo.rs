//! Photo jobs: check and auto-fix with `madoguchi-photocheck`, answered as the messages the
//! app's checklist, overlay and before/after view show.

use madoguchi_jobs::{Area, CheckLine, FaceOutline, Framing, PhotoFix, PhotoReport, Verdict};
use madoguchi_photocheck::report::Measure;
use madoguchi_photocheck::{
    Check, FaceDetector, Fixed, Photo, Profile, Report, Status, auto_fix_photo, check_photo,
    decode, document_portrait_jpeg, file_facts, profile,
};

use crate::Decoded;

fn verdict(status: Status) -> Verdict {
    match status {
        Status::Pass => Verdict::Pass,
        Status::Skip => Verdict::Skip,
        Status::Warn => Verdict::Warn,
        Status::Fail => Verdict::Fail,
    }
}

fn line(check: &Check) -> CheckLine {
    CheckLine {
        id: check.id.clone(),
        verdict: verdict(check.status),
        message: check.message.clone(),
        args: check.args.clone(),
        measured: check.measured.as_ref().map(|m| match m {
            Measure::Number(n) => format!("{n}"),
            Measure::Text(t) => t.clone(),
        }),
        limit: check.limit.clone(),
        fixable: check.fixable,
    }
}

fn area(rect: madoguchi_photocheck::analysis::Rect) -> Area {
    Area {
        x: rect.x,
        y: rect.y,
        width: rect.width,
        height: rect.height,
    }
}

/// The passing band of a graded limit (its warning ends, else its failure ends).
fn pass_band(band: &madoguchi_photocheck::profile::Band) -> (f64, f64) {
    (
        band.warn_below.or(band.fail_below).unwrap_or(0.0),
        band.warn_above.or(band.fail_above).unwrap_or(1.0),
    )
}

fn framing(profile: &Profile) -> Framing {
    let (head_min, head_max) = pass_band(&profile.head_height);
    let (eyes_min, eyes_max) = pass_band(&profile.eye_line);
    Framing {
        aspect: profile.aspect.ratio(),
        head_min,
        head_max,
        eyes_min,
        eyes_max,
    }
}

fn to_report(report: &Report, profile: &Profile, millis: f64) -> PhotoReport {
    PhotoReport {
        profile: report.profile.clone(),
        verdict: verdict(report.status),
        width: report.width,
        height: report.height,
        bytes: report.bytes,
        faces: report
            .faces
            .iter()
            .map(|face| FaceOutline {
                area: area(face.bbox),
                crown_y: face.crown_y,
                chin_y: face.chin_y,
                eye_y: face.eye_y,
                centre_x: face.centre_x,
            })
            .collect(),
        suggested_crop: report.suggested_crop.map(area),
        framing: framing(profile),
        checks: report.checks.iter().map(line).collect(),
        confirmations: report.confirmations.clone(),
        millis,
        decode_millis: 0.0,
    }
}

fn find_profile(id: &str) -> Result<Profile, &'static str> {
    profile(id).ok_or("photo-profile-unknown")
}

/// The browser's pixels when it decoded the photo (faster than decoding in wasm), else ours.
fn upright_photo(bytes: &[u8], decoded: Option<Decoded<'_>>) -> Result<Photo, &'static str> {
    let orientation = file_facts(bytes).orientation;
    if let Some(photo) =
        decoded.and_then(|d| Photo::from_rgba(d.width, d.height, d.rgba, orientation))
    {
        return Ok(photo);
    }
    decode(bytes).map_err(|e| e.message())
}

/// Every check of the profile on the photo.
pub fn check(
    profile_id: &str,
    bytes: &[u8],
    decoded: Option<Decoded<'_>>,
    detector: Option<&mut FaceDetector>,
    clock: &mut dyn FnMut() -> f64,
) -> Result<PhotoReport, &'static str> {
    let profile = find_profile(profile_id)?;
    let start = clock();
    let report = match upright_photo(bytes, decoded) {
        Ok(photo) => check_photo(&file_facts(bytes), &photo, &profile, detector),
        // Undecodable: the file checks still say what is wrong with the file.
        Err(_) => madoguchi_photocheck::check(bytes, &profile, detector),
    };
    Ok(to_report(&report, &profile, clock() - start))
}

/// Auto-fix, then the checks of the fixed photo (so the user sees what still needs doing).
pub fn fix(
    profile_id: &str,
    bytes: &[u8],
    decoded: Option<Decoded<'_>>,
    mut detector: Option<&mut FaceDetector>,
    clock: &mut dyn FnMut() -> f64,
) -> Result<(PhotoFix, Vec<u8>), &'static str> {
    let profile = find_profile(profile_id)?;
    let start = clock();
    let photo = upright_photo(bytes, decoded)?;
    let fixed = auto_fix_photo(
        &file_facts(bytes),
        &photo,
        &profile,
        detector.as_deref_mut(),
    )
    .map_err(|e| e.message())?;
    Ok(checked(fixed, &profile, detector, clock, start))
}

/// The fixed photo with the profile's checks of it, as the page shows it.
fn checked(
    fixed: Fixed,
    profile: &Profile,
    detector: Option<&mut FaceDetector>,
    clock: &mut dyn FnMut() -> f64,
    start: f64,
) -> (PhotoFix, Vec<u8>) {
    let report = madoguchi_photocheck::check(&fixed.jpeg, profile, detector);
    let millis = clock() - start;
    (
        PhotoFix {
            width: fixed.width,
            height: fixed.height,
            bytes: fixed.bytes as u64,
            quality: fixed.quality,
            actions: fixed.actions.clone(),
            report: to_report(&report, profile, millis),
        },
        fixed.jpeg,
    )
}

/// The face photo printed on a photographed document, enlarged and saved as the forms need,
/// then checked with the profile (a printed portrait may not meet every rule of a new photo).
pub fn from_document(
    profile_id: &str,
    bytes: &[u8],
    decoded: Option<Decoded<'_>>,
    detector: Option<&mut FaceDetector>,
    clock: &mut dyn FnMut() -> f64,
) -> Result<(PhotoFix, Vec<u8>), &'static str> {
    let profile = find_profile(profile_id)?;
    let Some(detector) = detector else {
        return Err("worker-model-download-failed");
    };
    let start = clock();
    let photo = upright_photo(bytes, decoded)?;
    let fixed = document_portrait_jpeg(&photo, detector, None).map_err(|e| e.message())?;
    Ok(checked(fixed, &profile, Some(detector), clock, start))
}
