//! The worker's jobs natively, on the photos the browser tests upload: the replies the app
//! shows (checklist, overlay, before/after) and the failures it must explain.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use madoguchi_jobs::{Reply, Request, Verdict};
use madoguchi_photocheck::FaceDetector;
use madoguchi_worker::{Decoded, models, run};

fn photo(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/e2e/fixtures/photos")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A model file as the app serves it (fetched into crates/photocheck/models by its script),
/// checked against the worker's pin.
fn served(model: &models::ModelFile) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../photocheck")
        .join(model.path.trim_start_matches('/'));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run crates/photocheck/models/fetch.sh",
            path.display()
        )
    });
    assert!(
        models::verify(model, &bytes),
        "the served {} must match its pin",
        model.name
    );
    bytes
}

/// The face detector with the landmark models, as the worker loads them.
fn detector() -> FaceDetector {
    FaceDetector::from_model_bytes(&served(&models::FACE_DETECTOR))
        .unwrap()
        .with_landmark_models(
            &served(&models::FACE_KEYPOINTS),
            &served(&models::FACE_MESH),
        )
        .unwrap()
}

fn english(key: &str) -> bool {
    madoguchi_l10n::Localizer::new().has_message(madoguchi_l10n::Locale::En, key)
}

fn no_clock() -> impl FnMut() -> f64 {
    let mut t = 0.0;
    move || {
        t += 1.0;
        t
    }
}

fn check(name: &str, decoded: Option<Decoded<'_>>) -> madoguchi_jobs::PhotoReport {
    let request = Request::CheckPhoto {
        profile: "mynumber".into(),
    };
    match run(
        &request,
        &photo(name),
        decoded,
        Some(&mut detector()),
        &mut no_clock(),
    )
    .0
    {
        Reply::PhotoChecked { report } => report,
        other => panic!("{other:?}"),
    }
}

#[test]
fn profiles_are_listed_with_translated_titles() {
    let (reply, bytes) = run(&Request::Profiles, &[], None, None, &mut no_clock());
    let Reply::Profiles { profiles } = reply else {
        panic!("{reply:?}")
    };
    assert!(bytes.is_none());
    let ids: Vec<_> = profiles.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["mynumber", "immigration"]);
    for profile in profiles {
        assert!(english(&profile.title), "{}", profile.title);
    }
}

#[test]
fn a_good_portrait_passes_with_its_face_framing_and_confirmations() {
    let report = check("portrait-good.jpg", None);
    assert_eq!(report.verdict, Verdict::Pass, "{:#?}", report.checks);
    assert_eq!(report.faces.len(), 1);
    let face = report.faces[0];
    let height = f64::from(report.height.unwrap());
    let head = (face.chin_y - face.crown_y) / height;
    assert!(
        (report.framing.head_min..=report.framing.head_max).contains(&head),
        "{head}"
    );
    assert_eq!(report.confirmations.len(), 3);
    // The landmark checks come through with the rest.
    for id in ["yaw", "pitch", "eyes-open", "hat", "screen-photo"] {
        let line = report.checks.iter().find(|c| c.id == id).unwrap();
        assert_eq!(line.verdict, Verdict::Pass, "{line:?}");
    }
    for line in &report.checks {
        assert!(english(&line.message), "{}", line.message);
    }
}

#[test]
fn pixels_decoded_by_the_browser_give_the_same_verdicts() {
    let bytes = photo("portrait-exif-rotated.jpg");
    let upright = madoguchi_photocheck::decode(&bytes).unwrap().rgb;
    let rgba: Vec<u8> = upright
        .pixels()
        .flat_map(|p| [p.0[0], p.0[1], p.0[2], 255])
        .collect();
    let from_browser = check(
        "portrait-exif-rotated.jpg",
        Some(Decoded {
            width: upright.width(),
            height: upright.height(),
            rgba: &rgba,
        }),
    );
    let from_wasm = check("portrait-exif-rotated.jpg", None);
    let verdicts = |r: &madoguchi_jobs::PhotoReport| {
        r.checks
            .iter()
            .map(|c| (c.id.clone(), c.verdict))
            .collect::<Vec<_>>()
    };
    assert_eq!(verdicts(&from_browser), verdicts(&from_wasm));
    assert_eq!(from_browser.verdict, Verdict::Warn);
    // Pixels that disagree with the stated size fall back to decoding the bytes.
    let broken = check(
        "portrait-good.jpg",
        Some(Decoded {
            width: 10,
            height: 10,
            rgba: &[0; 3],
        }),
    );
    assert_eq!(broken.verdict, Verdict::Pass);
}

#[test]
fn auto_fix_crops_the_wide_busy_photo_and_rechecks_it() {
    let request = Request::FixPhoto {
        profile: "mynumber".into(),
    };
    let (reply, jpeg) = run(
        &request,
        &photo("portrait-wide-busy.jpg"),
        None,
        Some(&mut detector()),
        &mut no_clock(),
    );
    let Reply::PhotoFixed { fixed } = reply else {
        panic!("{reply:?}")
    };
    let jpeg = jpeg.unwrap();
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8]);
    assert_eq!(fixed.bytes, jpeg.len() as u64);
    assert!(
        fixed.actions.contains(&"photo-fix-cropped".to_owned()),
        "{:?}",
        fixed.actions
    );
    let aspect = f64::from(fixed.width) / f64::from(fixed.height);
    assert!((aspect - 3.5 / 4.5).abs() < 0.03, "{aspect}");
    assert_eq!(fixed.report.faces.len(), 1);
    let head = fixed
        .report
        .checks
        .iter()
        .find(|c| c.id == "head-height")
        .unwrap();
    assert_eq!(head.verdict, Verdict::Pass);
}

#[test]
fn what_cannot_be_fixed_or_read_is_explained_not_panicked() {
    let fix = Request::FixPhoto {
        profile: "mynumber".into(),
    };
    let (reply, _) = run(
        &fix,
        &photo("portrait-too-close.jpg"),
        None,
        Some(&mut detector()),
        &mut no_clock(),
    );
    assert_eq!(
        reply,
        Reply::Failed {
            message: "photo-fix-too-close".into()
        }
    );
    let (reply, _) = run(
        &fix,
        b"not a photo",
        None,
        Some(&mut detector()),
        &mut no_clock(),
    );
    assert!(matches!(reply, Reply::Failed { .. }), "{reply:?}");
    let check = Request::CheckPhoto {
        profile: "mynumber".into(),
    };
    let (reply, _) = run(
        &check,
        b"\xFF\xD8\xFF\xE0 truncated",
        None,
        Some(&mut detector()),
        &mut no_clock(),
    );
    let Reply::PhotoChecked { report } = reply else {
        panic!("{reply:?}")
    };
    assert_eq!(report.verdict, Verdict::Fail);
    let (reply, _) = run(
        &Request::CheckPhoto {
            profile: "passport-of-mars".into(),
        },
        &[],
        None,
        None,
        &mut no_clock(),
    );
    assert_eq!(
        reply,
        Reply::Failed {
            message: "photo-profile-unknown".into()
        }
    );
}

#[test]
fn the_face_photo_is_taken_from_a_document_photo() {
    // A card-sized document with a printed portrait (the good portrait made small), photographed.
    let face = madoguchi_photocheck::decode(&photo("portrait-good.jpg"))
        .unwrap()
        .rgb;
    let face = image::imageops::resize(&face, 180, 240, image::imageops::FilterType::Triangle);
    let mut document = image::RgbImage::from_pixel(1200, 760, image::Rgb([228, 232, 236]));
    image::imageops::overlay(&mut document, &face, 860, 260);
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&document)
        .unwrap();
    let request = Request::DocumentPortrait {
        profile: "immigration".into(),
    };
    let (reply, bytes) = run(
        &request,
        &jpeg,
        None,
        Some(&mut detector()),
        &mut no_clock(),
    );
    let Reply::PhotoFixed { fixed } = reply else {
        panic!("{reply:?}")
    };
    let bytes = bytes.unwrap();
    // Enlarged to what the forms accept, 3:4, with the one face found again.
    madoguchi_rules::profile_photo("photo", &bytes).unwrap();
    assert_eq!(fixed.width, 480);
    let ratio = f64::from(fixed.width) / f64::from(fixed.height);
    assert!((ratio - 0.75).abs() < 0.02, "{ratio}");
    assert_eq!(fixed.report.faces.len(), 1);
    for action in &fixed.actions {
        assert!(english(action), "{action}");
    }
    // A document without a real face (the generated passport's drawn placeholder) is explained.
    let passport = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/e2e/fixtures/documents/passport.jpg"),
    )
    .unwrap();
    let (reply, _) = run(
        &request,
        &passport,
        None,
        Some(&mut detector()),
        &mut no_clock(),
    );
    assert_eq!(
        reply,
        Reply::Failed {
            message: "photo-fix-no-face".into()
        }
    );
    // Without the face model loaded there is nothing to find faces with.
    let (reply, _) = run(&request, &jpeg, None, None, &mut no_clock());
    assert_eq!(
        reply,
        Reply::Failed {
            message: "worker-model-download-failed".into()
        }
    );
}
