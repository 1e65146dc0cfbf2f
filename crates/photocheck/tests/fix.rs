//! Auto-fix: each fixable defect is fixed, and the fixed photo passes the checks again.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use madoguchi_photocheck::fix::FixError;
use madoguchi_photocheck::{Status, auto_fix, check, file_facts, profile};
use madoguchi_rules::photo_limits::JpegColour;

fn mynumber() -> madoguchi_photocheck::Profile {
    profile("mynumber").unwrap()
}

/// The fixed photo passes every file check and every face check of the profile.
fn assert_fixed_passes(fixed: &[u8], p: &madoguchi_photocheck::Profile) {
    let r = check(fixed, p, Some(&mut detector()));
    for c in &r.checks {
        if c.id.starts_with("background") || c.id == "sharpness" {
            continue;
        }
        assert_eq!(c.status, Status::Pass, "{c:#?}");
    }
    let facts = file_facts(fixed);
    let jpeg = facts.jpeg.unwrap();
    assert_eq!(jpeg.colour(), JpegColour::YCbCr);
    assert!(!jpeg.progressive());
    assert_eq!(facts.orientation, 1);
}

#[test]
fn far_away_face_is_cropped_to_the_rules() {
    let p = mynumber();
    let bytes = jpeg(
        &portrait(Portrait {
            head: 0.4,
            top: 0.3,
            shift: 0.06,
            height: 1800,
            aspect: 1.0,
            ..Portrait::default()
        }),
        92,
    );
    let before = check(&bytes, &p, Some(&mut detector()));
    assert_eq!(status_of(&before, "head-height"), Status::Warn);
    let fixed = auto_fix(&bytes, &p, Some(&mut detector())).unwrap();
    assert!(fixed.actions.contains(&"photo-fix-cropped".to_owned()));
    let ratio = f64::from(fixed.width) / f64::from(fixed.height);
    assert!((ratio - 3.5 / 4.5).abs() < 0.01, "{ratio}");
    assert_fixed_passes(&fixed.jpeg, &p);
}

#[test]
fn exif_rotated_photo_is_turned_upright() {
    let p = mynumber();
    let upright = portrait(Portrait {
        head: 0.6,
        top: 0.15,
        height: 1000,
        ..Portrait::default()
    });
    // Orientation 6: stored turned a quarter to the left, shown turned back to the right.
    let stored = image::imageops::rotate270(&upright);
    let bytes = with_exif_orientation(&jpeg(&stored, 92), 6);
    let before = check(&bytes, &p, Some(&mut detector()));
    assert_eq!(status_of(&before, "exif-orientation"), Status::Warn);
    assert_eq!(status_of(&before, "face-count"), Status::Pass);
    let fixed = auto_fix(&bytes, &p, Some(&mut detector())).unwrap();
    assert_eq!(fixed.actions[0], "photo-fix-rotated");
    assert!(fixed.height > fixed.width);
    assert_fixed_passes(&fixed.jpeg, &p);
}

#[test]
fn too_close_is_refused() {
    let bytes = jpeg(
        &portrait(Portrait {
            head: 0.92,
            top: 0.04,
            ..Portrait::default()
        }),
        92,
    );
    let err = auto_fix(&bytes, &mynumber(), Some(&mut detector())).unwrap_err();
    assert_eq!(err, FixError::TooClose);
    assert_eq!(err.message(), "photo-fix-too-close");
}

#[test]
fn no_face_is_refused() {
    let err = auto_fix(
        &jpeg(&gradient(800, 1000, 20), 90),
        &mynumber(),
        Some(&mut detector()),
    )
    .unwrap_err();
    assert_eq!(err.message(), "photo-fix-no-face");
}

#[test]
fn cmyk_png_and_progressive_become_rgb_baseline_jpeg() {
    let p = profile("immigration").unwrap();
    for bytes in [
        fixture("cmyk.jpg"),
        fixture("progressive.jpg"),
        png(&gradient(600, 800, 10)),
    ] {
        let fixed = auto_fix(&bytes, &p, None).unwrap();
        let facts = file_facts(&fixed.jpeg);
        let jpeg = facts.jpeg.unwrap();
        assert_eq!(jpeg.colour(), JpegColour::YCbCr);
        assert!(!jpeg.progressive());
        assert_eq!(fixed.quality, 95);
    }
    // CMYK is converted to RGB colours, not read as if it were RGB.
    let fixed = auto_fix(&fixture("cmyk.jpg"), &p, None).unwrap();
    assert!(fixed.actions.contains(&"photo-fix-converted".to_owned()));
    let rgb = madoguchi_photocheck::decode(&fixed.jpeg).unwrap().rgb;
    let original = madoguchi_photocheck::decode(&fixture("progressive.jpg"))
        .unwrap()
        .rgb;
    let (a, b) = (rgb.get_pixel(10, 10).0, original.get_pixel(10, 10 + 1).0);
    for c in 0..3 {
        assert!(
            (i16::from(a[c]) - i16::from(b[c])).abs() < 40,
            "{a:?} vs {b:?}"
        );
    }
}

#[test]
fn big_noisy_photo_is_brought_under_the_byte_limit_at_the_best_quality() {
    let p = mynumber();
    let bytes = jpeg(&gradient(3500, 4500, 255), 100);
    assert!(bytes.len() > 7_000_000);
    let fixed = auto_fix(&bytes, &p, None).unwrap();
    assert!(
        fixed.bytes <= 7_000_000 && fixed.bytes >= 20_480,
        "{}",
        fixed.bytes
    );
    assert!(fixed.width.max(fixed.height) <= 6000);
    // One quality step up would not fit (or it is already the top quality).
    if fixed.quality < 95 {
        let img = madoguchi_photocheck::decode(&fixed.jpeg).unwrap().rgb;
        assert!(jpeg(&img, fixed.quality + 1).len() > 6_000_000);
    }
}

#[test]
fn too_few_pixels_after_cropping_is_refused() {
    let err = auto_fix(&jpeg(&gradient(500, 400, 40), 95), &mynumber(), None).unwrap_err();
    assert!(matches!(err, FixError::TooSmall { .. }), "{err:?}");
}

#[test]
fn tight_photo_slightly_off_centre_is_cropped_within_the_rules() {
    // Already the right shape, head near the upper limit and a little left of centre: the crop
    // may shift as far as the centring rule allows.
    let p = mynumber();
    let bytes = jpeg(
        &portrait(Portrait {
            head: 0.76,
            top: 0.06,
            shift: -0.035,
            height: 1200,
            ..Portrait::default()
        }),
        92,
    );
    let fixed = auto_fix(&bytes, &p, Some(&mut detector())).unwrap();
    assert_fixed_passes(&fixed.jpeg, &p);
}

#[test]
fn portrait_is_cropped_from_a_document_photo() {
    // A card-like document: light card with the portrait on the left, on a dark table.
    let face = image::imageops::resize(
        &portrait(Portrait {
            head: 0.7,
            top: 0.12,
            aspect: 0.75,
            ..Portrait::default()
        }),
        240,
        320,
        image::imageops::FilterType::Triangle,
    );
    let mut photo = image::RgbImage::from_pixel(1600, 1100, image::Rgb([40, 35, 30]));
    let card = image::RgbImage::from_pixel(1300, 820, image::Rgb([225, 230, 235]));
    image::imageops::overlay(&mut photo, &card, 150, 140);
    image::imageops::overlay(&mut photo, &face, 200, 300);
    let photo = madoguchi_photocheck::Photo {
        rgb: photo,
        orientation: 1,
    };
    let quad = Some([
        (150.0, 140.0),
        (1450.0, 140.0),
        (1450.0, 960.0),
        (150.0, 960.0),
    ]);
    let crop = madoguchi_photocheck::portrait_from_document(&photo, &mut detector(), quad).unwrap();
    let ratio = f64::from(crop.width()) / f64::from(crop.height());
    assert!((ratio - 0.75).abs() < 0.02, "{ratio}");
    // The crop is the portrait: its face is found again, big and centred.
    let gray = madoguchi_photocheck::luma(&crop);
    let faces = detector().detect(&gray);
    assert_eq!(faces.len(), 1, "{:?}", crop.dimensions());
    let b = faces[0].0;
    let centre = (b.x + b.width / 2.0) / f64::from(crop.width());
    assert!((centre - 0.5).abs() < 0.1, "{centre}");
    assert!(crop.width() < 300, "{}", crop.width());
}

#[test]
fn a_document_portrait_becomes_a_photo_the_forms_accept() {
    // A printed portrait of 150 × 200 px on a card: enlarged to the smallest side the upload
    // rules accept, saved within their byte limits, still one centred face.
    let face = image::imageops::resize(
        &portrait(Portrait {
            head: 0.7,
            top: 0.12,
            aspect: 0.75,
            ..Portrait::default()
        }),
        150,
        200,
        image::imageops::FilterType::Triangle,
    );
    let mut photo = image::RgbImage::from_pixel(1200, 800, image::Rgb([225, 230, 235]));
    image::imageops::overlay(&mut photo, &face, 80, 200);
    let photo = madoguchi_photocheck::Photo {
        rgb: photo,
        orientation: 1,
    };
    let fixed =
        madoguchi_photocheck::document_portrait_jpeg(&photo, &mut detector(), None).unwrap();
    assert_eq!(
        fixed.actions,
        [
            "photo-fix-from-document",
            "photo-fix-enlarged",
            "photo-fix-encoded"
        ]
    );
    assert_eq!(fixed.width.min(fixed.height), 480);
    madoguchi_rules::profile_photo("photo", &fixed.jpeg).unwrap();
    let again = madoguchi_photocheck::decode(&fixed.jpeg).unwrap();
    assert_eq!(
        detector()
            .detect(&madoguchi_photocheck::luma(&again.rgb))
            .len(),
        1
    );
    // A document without a face has nothing to take.
    let blank = madoguchi_photocheck::Photo {
        rgb: image::RgbImage::from_pixel(1200, 800, image::Rgb([225, 230, 235])),
        orientation: 1,
    };
    assert_eq!(
        madoguchi_photocheck::document_portrait_jpeg(&blank, &mut detector(), None).err(),
        Some(FixError::FaceCount(0))
    );
}
