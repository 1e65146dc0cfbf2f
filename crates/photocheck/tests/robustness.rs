//! Never panics on any bytes: random data, every truncation step and byte flips of valid files.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use madoguchi_photocheck::{Status, auto_fix, check, file_facts, profile};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn run_all(bytes: &[u8]) {
    let p = profile("mynumber").unwrap();
    let _ = file_facts(bytes);
    let r = check(bytes, &p, None);
    assert!(!r.checks.is_empty());
    let _ = auto_fix(bytes, &p, None);
}

#[test]
fn random_bytes_and_magic_prefixes() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let prefixes: [&[u8]; 6] = [
        b"",
        &[0xFF, 0xD8, 0xFF],
        b"\x89PNG\r\n\x1a\n",
        b"RIFF\0\0\0\0WEBP",
        b"\0\0\0\x18ftypheic",
        b"GIF89a",
    ];
    for prefix in prefixes {
        for len in [0usize, 1, 7, 64, 600, 5000] {
            let mut b = prefix.to_vec();
            b.extend((0..len).map(|_| rng.next() as u8));
            run_all(&b);
        }
    }
    let r = check(b"hello", &profile("mynumber").unwrap(), None);
    assert_eq!(r.status, Status::Fail);
}

#[test]
fn truncations_and_flips_of_valid_files() {
    let mut rng = Rng(42);
    let files = [
        with_exif_orientation(&jpeg(&gradient(120, 150, 20), 80), 6),
        png(&gradient(100, 130, 20)),
        fixture("cmyk.jpg"),
        fixture("progressive.jpg"),
    ];
    for file in &files {
        let step = (file.len() / 40).max(1);
        for end in (0..file.len()).step_by(step) {
            run_all(&file[..end]);
        }
        for _ in 0..40 {
            let mut b = file.clone();
            for _ in 0..4 {
                let at = (rng.next() as usize) % b.len();
                b[at] = rng.next() as u8;
            }
            run_all(&b);
        }
    }
}

#[test]
fn huge_declared_dimensions_are_refused_not_allocated() {
    // A JPEG header claiming 65535 × 65535 pixels.
    let mut b = jpeg(&gradient(64, 64, 0), 80);
    let sof = b.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
    b[sof + 5..sof + 9].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
    let r = check(&b, &profile("mynumber").unwrap(), None);
    assert_eq!(status_of(&r, "decode"), Status::Fail);
}

#[test]
fn odd_sizes_with_the_face_detector() {
    let p = profile("mynumber").unwrap();
    let mut det = detector();
    for (w, h) in [
        (1, 1),
        (2, 3),
        (23, 23),
        (24, 24),
        (30, 1500),
        (1500, 30),
        (64, 64),
    ] {
        let bytes = png(&gradient(w, h, 200));
        let r = check(&bytes, &p, Some(&mut det));
        assert!(!r.checks.is_empty());
        let _ = auto_fix(&bytes, &p, Some(&mut det));
    }
    // A face pushed into a corner, partly outside the photo.
    let img = portrait(Portrait {
        shift: 0.45,
        top: -0.2,
        ..Portrait::default()
    });
    let bytes = jpeg(&img, 90);
    let _ = check(&bytes, &p, Some(&mut det));
    let _ = auto_fix(&bytes, &p, Some(&mut det));
}

#[test]
fn landmarks_on_any_box_and_any_image_never_panic() {
    let det = detector();
    let face = portrait(Portrait::default());
    let images = [
        face.clone(),
        gradient(1, 1, 0),
        gradient(3, 700, 50),
        gradient(700, 3, 50),
        image::RgbImage::new(200, 200),
    ];
    let boxes = [
        (0.0, 0.0, 0.0, 0.0),
        (-500.0, -500.0, 100.0, 100.0),
        (1e9, 1e9, 1e9, 1e9),
        (f64::NAN, 10.0, 50.0, 50.0),
        (10.0, 10.0, f64::INFINITY, 50.0),
        (0.0, 0.0, 3.0, 3.0),
        (100.0, 100.0, -50.0, 80.0),
        (600.0, 800.0, 400.0, 400.0),
        (-200.0, 300.0, 480.0, 480.0),
    ];
    for img in &images {
        for &(x, y, width, height) in &boxes {
            let bbox = madoguchi_photocheck::analysis::Rect {
                x,
                y,
                width,
                height,
            };
            if let Some(m) = det.mesh_measures(img, bbox) {
                assert!(m.face_length > 1.0 && m.pose.yaw.is_finite());
            }
        }
    }
    // A box on a plain dark image finds no face there.
    let dark = image::RgbImage::new(300, 300);
    let bbox = madoguchi_photocheck::analysis::Rect {
        x: 100.0,
        y: 100.0,
        width: 100.0,
        height: 100.0,
    };
    assert!(det.mesh_measures(&dark, bbox).is_none());
}
