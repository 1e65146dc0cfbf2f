//! Reading the application QR of a My Number notification letter from a photo, natively, on the
//! picture the browser test uploads (tests/e2e/fixtures/qr; `MADOGUCHI_WRITE_FIXTURES=1`
//! rewrites it from this generator).
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use image::{GrayImage, Luma, RgbImage};
use madoguchi_jobs::{Reply, Request};
use madoguchi_worker::run;
use qrcode::QrCode;

/// The example application ID of the official instructions, inside a URL as a letter's QR has.
const QR_TEXT: &str = "https://example.jp/mynumber/apply?shinsei=45341000100010001000000";

fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/e2e/fixtures/qr/notification-letter.png")
}

/// A letter-like page: grey-white paper, lines of "text", the QR code in a corner, photographed
/// slightly darker on one side.
fn letter() -> Vec<u8> {
    let code = QrCode::new(QR_TEXT.as_bytes()).unwrap();
    let qr: GrayImage = code.render::<Luma<u8>>().module_dimensions(6, 6).build();
    let (w, h) = (1400u32, 1000u32);
    let page = RgbImage::from_fn(w, h, |x, y| {
        let shade = 235 - (x * 25 / w) as u8;
        let in_text_line = (120..900).contains(&x) && (y % 48) < 10 && (150..900).contains(&y);
        let v = if in_text_line && (x / 7) % 5 != 0 {
            60
        } else {
            shade
        };
        image::Rgb([v, v, v.saturating_sub(4)])
    });
    let mut page = image::DynamicImage::ImageRgb8(page).into_rgb8();
    let (ox, oy) = (w - qr.width() - 80, h - qr.height() - 80);
    for (x, y, p) in qr.enumerate_pixels() {
        let v = p.0[0].min(230);
        page.put_pixel(ox + x, oy + y, image::Rgb([v, v, v]));
    }
    let mut out = std::io::Cursor::new(Vec::new());
    page.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

#[test]
fn the_letter_fixture_is_current_and_its_qr_reads() {
    let bytes = letter();
    if std::env::var_os("MADOGUCHI_WRITE_FIXTURES").is_some() {
        std::fs::write(fixture_path(), &bytes).unwrap();
    }
    let committed =
        std::fs::read(fixture_path()).expect("fixture (MADOGUCHI_WRITE_FIXTURES=1 to create)");
    assert!(
        committed == bytes,
        "regenerate with MADOGUCHI_WRITE_FIXTURES=1"
    );
    let (reply, _) = run(&Request::ReadQr, &committed, None, None, &mut || 0.0);
    assert_eq!(
        reply,
        Reply::QrCodes {
            texts: vec![QR_TEXT.to_owned()]
        }
    );
}

#[test]
fn a_photo_without_a_code_or_not_a_photo_is_answered_cleanly() {
    let blank = {
        let mut out = std::io::Cursor::new(Vec::new());
        RgbImage::from_pixel(300, 200, image::Rgb([200, 200, 200]))
            .write_to(&mut out, image::ImageFormat::Png)
            .unwrap();
        out.into_inner()
    };
    assert_eq!(
        run(&Request::ReadQr, &blank, None, None, &mut || 0.0).0,
        Reply::QrCodes { texts: vec![] }
    );
    assert!(matches!(
        run(&Request::ReadQr, b"nope", None, None, &mut || 0.0).0,
        Reply::Failed { .. }
    ));
}
