//! File-level checks on generated and committed fixtures.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use madoguchi_photocheck::{Format, Status, check, profile};

fn mynumber() -> madoguchi_photocheck::Profile {
    profile("mynumber").unwrap()
}

#[test]
fn a_good_jpeg_passes_every_file_check() {
    let bytes = jpeg(&gradient(700, 900, 40), 92);
    let r = check(&bytes, &mynumber(), None);
    for id in [
        "file-format",
        "colour-model",
        "icc-profile",
        "jpeg-coding",
        "exif-orientation",
        "file-size",
        "pixel-size",
        "aspect-ratio",
    ] {
        assert_eq!(status_of(&r, id), Status::Pass, "{id}: {:#?}", r.checks);
    }
    assert_eq!(r.format, Some(Format::Jpeg));
    assert_eq!((r.width, r.height), (Some(700), Some(900)));
}

#[test]
fn png_renamed_jpg_is_found_by_its_bytes() {
    let r = check(&png(&gradient(700, 900, 0)), &mynumber(), None);
    let c = check_of(&r, "file-format");
    assert_eq!(c.status, Status::Fail);
    assert_eq!(c.message, "photo-format-wrong");
    assert!(c.fixable);
    assert_eq!(r.status, Status::Fail);
}

#[test]
fn cmyk_jpeg_fails_and_is_fixable() {
    let r = check(&fixture("cmyk.jpg"), &mynumber(), None);
    let c = check_of(&r, "colour-model");
    assert_eq!(
        (c.status, c.message.as_str()),
        (Status::Fail, "photo-colour-cmyk")
    );
    assert!(c.fixable);
    // It still decodes (converted to RGB) for the picture checks.
    assert!(r.checks.iter().all(|c| c.id != "decode"), "{:#?}", r.checks);
}

#[test]
fn greyscale_is_allowed_with_a_warning() {
    let grey = image::DynamicImage::ImageRgb8(gradient(600, 780, 30)).into_luma8();
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 95)
        .encode_image(&grey)
        .unwrap();
    let r = check(&bytes, &mynumber(), None);
    assert_eq!(status_of(&r, "colour-model"), Status::Warn);
}

#[test]
fn progressive_jpeg_warns() {
    let r = check(&fixture("progressive.jpg"), &mynumber(), None);
    let c = check_of(&r, "jpeg-coding");
    assert_eq!(
        (c.status, c.message.as_str()),
        (Status::Warn, "photo-coding-progressive")
    );
    // The immigration profile does not mind.
    let r = check(
        &fixture("progressive.jpg"),
        &profile("immigration").unwrap(),
        None,
    );
    assert_eq!(status_of(&r, "jpeg-coding"), Status::Pass);
}

#[test]
fn file_of_19_kb_is_too_small() {
    // Find a quality giving a valid JPEG just under 20 KB.
    let img = gradient(600, 780, 24);
    let bytes = (30..=95)
        .rev()
        .map(|q| jpeg(&img, q))
        .find(|b| b.len() < 20 * 1024 && b.len() > 15 * 1024)
        .unwrap();
    let r = check(&bytes, &mynumber(), None);
    let c = check_of(&r, "file-size");
    assert_eq!(
        (c.status, c.message.as_str()),
        (Status::Fail, "photo-size-small")
    );
    assert!(
        r.checks
            .iter()
            .any(|c| c.args.iter().any(|(n, _)| n == "kilobytes"))
    );
}

#[test]
fn file_of_7_1_mb_is_too_large() {
    let bytes = jpeg(&gradient(3000, 3900, 255), 100);
    assert!(bytes.len() > 7_000_000, "{}", bytes.len());
    let r = check(&bytes, &mynumber(), None);
    assert_eq!(check_of(&r, "file-size").message, "photo-size-large");
}

#[test]
fn pixel_limits() {
    let r = check(&jpeg(&gradient(479, 640, 60), 98), &mynumber(), None);
    let c = check_of(&r, "pixel-size");
    assert_eq!(
        (c.status, c.message.as_str()),
        (Status::Fail, "photo-dimensions-small")
    );
    let r = check(&jpeg(&gradient(480, 617, 60), 98), &mynumber(), None);
    assert_eq!(status_of(&r, "pixel-size"), Status::Pass);
}

#[test]
fn exif_rotation_is_reported_and_applied() {
    let bytes = with_exif_orientation(&jpeg(&gradient(900, 700, 40), 92), 6);
    let r = check(&bytes, &mynumber(), None);
    let c = check_of(&r, "exif-orientation");
    assert_eq!(
        (c.status, c.message.as_str()),
        (Status::Warn, "photo-orientation-turned")
    );
    // Stored landscape, shown portrait: the shape check sees the upright photo.
    assert_eq!((r.width, r.height), (Some(700), Some(900)));
    assert_eq!(status_of(&r, "aspect-ratio"), Status::Pass);
    let photo = madoguchi_photocheck::decode(&bytes).unwrap();
    assert_eq!(photo.rgb.dimensions(), (700, 900));
    assert_eq!(photo.orientation, 6);
}

#[test]
fn wrong_shape_warns() {
    let r = check(&jpeg(&gradient(1200, 900, 40), 92), &mynumber(), None);
    let c = check_of(&r, "aspect-ratio");
    assert_eq!(
        (c.status, c.message.as_str()),
        (Status::Warn, "photo-aspect-off")
    );
}

#[test]
fn profile_limits_match_the_shared_rules() {
    use madoguchi_rules::photo_limits::*;
    let p = mynumber();
    let bytes = p.bytes.unwrap();
    assert_eq!(bytes.min, Some(PROFILE_PHOTO_MIN_BYTES));
    assert_eq!(bytes.max, Some(PROFILE_PHOTO_MAX_BYTES));
    let side = p.side_px.unwrap();
    assert_eq!(side.min, Some(PROFILE_PHOTO_MIN_SIDE));
    assert_eq!(side.max, Some(PROFILE_PHOTO_MAX_SIDE));
}
