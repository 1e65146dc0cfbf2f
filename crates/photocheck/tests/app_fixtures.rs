//! The photos the browser tests upload (tests/e2e/fixtures/photos), made from the same real-face
//! portraits as the native tests so both check the same thing. They are committed; this test
//! fails when they drift from the generator. `MADOGUCHI_WRITE_FIXTURES=1` rewrites them.

mod common;

use std::path::PathBuf;

use common::{Portrait, jpeg, portrait, with_exif_orientation};
use madoguchi_photocheck::{Status, check};

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e/fixtures/photos")
}

/// (file name, photo bytes, the overall verdict the app must show for the My Number profile).
fn fixtures() -> Vec<(&'static str, Vec<u8>, Status)> {
    let good = portrait(Portrait::default());
    // Head fills too much of the height, as in a selfie held close: fails, and too close to crop.
    let too_close = portrait(Portrait {
        head: 0.93,
        top: 0.02,
        ..Portrait::default()
    });
    // A wider shot with room around the head and furniture behind: auto-fix crops it.
    let wide_busy = portrait(Portrait {
        head: 0.4,
        top: 0.25,
        aspect: 4.0 / 3.0,
        height: 1600,
        objects: true,
        ..Portrait::default()
    });
    // The same wide framing against a plain wall: only the framing is wrong, and auto-fix fixes it.
    let wide_plain = portrait(Portrait {
        head: 0.4,
        top: 0.25,
        aspect: 4.0 / 3.0,
        height: 1600,
        ..Portrait::default()
    });
    let sideways = with_exif_orientation(&jpeg(&image::imageops::rotate270(&good), 88), 6);
    vec![
        ("portrait-good.jpg", jpeg(&good, 88), Status::Pass),
        ("portrait-too-close.jpg", jpeg(&too_close, 88), Status::Fail),
        ("portrait-wide-busy.jpg", jpeg(&wide_busy, 90), Status::Fail),
        (
            "portrait-wide-plain.jpg",
            jpeg(&wide_plain, 85),
            Status::Warn,
        ),
        ("portrait-exif-rotated.jpg", sideways, Status::Warn),
    ]
}

#[test]
fn committed_browser_fixtures_match_the_generator_and_their_verdicts() {
    let write = std::env::var_os("MADOGUCHI_WRITE_FIXTURES").is_some();
    let mut detector = common::detector();
    let profile = madoguchi_photocheck::profile("mynumber").expect("profile");
    for (name, bytes, expected) in fixtures() {
        let report = check(&bytes, &profile, Some(&mut detector));
        assert_eq!(report.status, expected, "{name}: {:#?}", report.checks);
        let path = fixtures_dir().join(name);
        if write {
            std::fs::create_dir_all(fixtures_dir()).expect("fixtures dir");
            std::fs::write(&path, &bytes).expect("write fixture");
        }
        let committed = std::fs::read(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (MADOGUCHI_WRITE_FIXTURES=1 to create)",
                path.display()
            )
        });
        assert!(
            committed == bytes,
            "{name} differs from the generator: regenerate with MADOGUCHI_WRITE_FIXTURES=1"
        );
    }
}
