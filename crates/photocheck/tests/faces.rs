//! Face and picture checks on portraits made from a real photo (rustface's test image), each
//! edited variant with its expected verdicts.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use image::{Rgb, RgbImage};
use madoguchi_photocheck::{Report, Status, check, profile};

fn run_img(img: &RgbImage) -> Report {
    check(
        &jpeg(img, 92),
        &profile("mynumber").unwrap(),
        Some(&mut detector()),
    )
}

fn run(p: Portrait) -> Report {
    run_img(&portrait(p))
}

fn expect(r: &Report, id: &str, status: Status, message: &str) {
    let c = check_of(r, id);
    assert_eq!(
        (c.status, c.message.as_str()),
        (status, message),
        "{id}: {c:#?}"
    );
}

#[test]
fn a_well_framed_portrait_passes_the_face_and_picture_checks() {
    let r = run(Portrait::default());
    for id in [
        "face-count",
        "face-inside",
        "top-margin",
        "head-height",
        "eye-line",
        "centring",
        "roll",
        "brightness",
        "clipping",
        "sharpness",
        "noise",
        "background-uniform",
        "background-objects",
        "outline-contrast",
        "dark-glasses",
    ] {
        assert_eq!(status_of(&r, id), Status::Pass, "{id}: {:#?}", r.checks);
    }
    let face = &r.faces[0];
    assert!(face.crown_measured);
    // Already framed per the rules: the suggested crop is (nearly) the whole photo.
    let crop = r.suggested_crop.unwrap();
    assert!(crop.height > 0.9 * 900.0, "{crop:?}");
    let share = face.head_height() / 900.0;
    assert!((share - 0.72).abs() < 0.05, "{share}");
    assert!(
        (face.crown_y / 900.0 - 0.1).abs() < 0.02,
        "{}",
        face.crown_y
    );
}

#[test]
fn too_close_fails_with_step_back() {
    let r = run(Portrait {
        head: 0.95,
        top: 0.02,
        ..Portrait::default()
    });
    expect(&r, "head-height", Status::Fail, "photo-head-large");
    assert_eq!(r.suggested_crop, None);
    let c = check_of(&r, "head-height");
    assert!(!c.fixable);
    assert!(c.args.iter().any(|(n, _)| n == "percent"));
}

#[test]
fn too_far_warns_and_is_fixable() {
    let r = run(Portrait {
        head: 0.45,
        top: 0.25,
        ..Portrait::default()
    });
    expect(&r, "head-height", Status::Warn, "photo-head-small");
    assert!(check_of(&r, "head-height").fixable);
}

#[test]
fn shifted_fails_centring() {
    let r = run(Portrait {
        shift: 0.2,
        ..Portrait::default()
    });
    expect(&r, "centring", Status::Fail, "photo-centre-right");
    let r = run(Portrait {
        shift: -0.08,
        ..Portrait::default()
    });
    expect(&r, "centring", Status::Warn, "photo-centre-left");
}

#[test]
fn tilted_head_fails_roll() {
    let r = run(Portrait {
        roll: 12.0,
        ..Portrait::default()
    });
    expect(&r, "roll", Status::Fail, "photo-roll-tilted");
    let roll = r.faces[0].roll_degrees.unwrap();
    assert!((roll - 12.0).abs() < 4.0, "{roll}");
}

#[test]
fn cut_off_head_fails() {
    let r = run(Portrait {
        top: -0.05,
        ..Portrait::default()
    });
    expect(&r, "top-margin", Status::Fail, "photo-top-tight");
}

#[test]
fn busy_background_fails() {
    let r = run(Portrait {
        objects: true,
        ..Portrait::default()
    });
    expect(
        &r,
        "background-objects",
        Status::Fail,
        "photo-background-objects",
    );
    expect(
        &r,
        "background-uniform",
        Status::Fail,
        "photo-background-uneven",
    );
}

#[test]
fn blurred_fails_sharpness() {
    let img = image::imageops::blur(&portrait(Portrait::default()), 6.0);
    expect(
        &run_img(&img),
        "sharpness",
        Status::Fail,
        "photo-sharpness-blurred",
    );
}

#[test]
fn dark_fails_brightness() {
    let mut img = portrait(Portrait::default());
    for p in img.pixels_mut() {
        p.0 = p.0.map(|v| (u16::from(v) * 3 / 10) as u8);
    }
    expect(
        &run_img(&img),
        "brightness",
        Status::Fail,
        "photo-brightness-dark",
    );
}

#[test]
fn grainy_fails_noise() {
    let mut img = portrait(Portrait::default());
    let mut state = 12345u32;
    for p in img.pixels_mut() {
        state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let n = i16::from((state >> 16) as u8 % 41) - 20;
        p.0 = p.0.map(|v| (i16::from(v) + n).clamp(0, 255) as u8);
    }
    let r = run_img(&img);
    assert!(
        status_of(&r, "noise") >= Status::Warn,
        "{:#?}",
        check_of(&r, "noise")
    );
}

#[test]
fn no_face_and_two_faces() {
    let r = run_img(&gradient(700, 900, 10));
    expect(&r, "face-count", Status::Fail, "photo-face-none");
    let one = portrait(Portrait {
        head: 0.5,
        top: 0.2,
        ..Portrait::default()
    });
    let mut two = RgbImage::from_pixel(1400, 900, Rgb([214, 218, 222]));
    image::imageops::overlay(&mut two, &one, 0, 0);
    image::imageops::overlay(&mut two, &one, 700, 0);
    let r = run_img(&two);
    expect(&r, "face-count", Status::Fail, "photo-face-many");
}

#[test]
fn without_a_detector_the_face_checks_are_skipped() {
    let r = check(
        &jpeg(&portrait(Portrait::default()), 92),
        &profile("mynumber").unwrap(),
        None,
    );
    expect(&r, "face-count", Status::Skip, "photo-face-skipped");
    assert!(r.faces.is_empty());
}

#[test]
fn head_measures_do_not_depend_on_the_resolution() {
    let shares: Vec<f64> = [700u32, 1300, 2700]
        .iter()
        .map(|&height| {
            let r = run(Portrait {
                height,
                ..Portrait::default()
            });
            r.faces[0].head_height() / f64::from(height)
        })
        .collect();
    for s in &shares {
        assert!((s - 0.72).abs() < 0.05, "{shares:?}");
    }
}

#[test]
fn background_as_dark_as_the_clothes_warns() {
    let r = run(Portrait {
        wall: Rgb([30, 30, 30]),
        ..Portrait::default()
    });
    expect(&r, "outline-contrast", Status::Warn, "photo-contrast-low");
}

#[test]
fn dark_glasses_warn() {
    let mut img = portrait(Portrait::default());
    let face = run_img(&img).faces[0].clone();
    for (x, y) in face.eyes.unwrap() {
        let r = face.bbox.width * 0.13;
        for yy in (y - r * 0.7) as u32..(y + r * 0.7) as u32 {
            for xx in (x - r) as u32..(x + r) as u32 {
                img.put_pixel(xx, yy, Rgb([15, 15, 18]));
            }
        }
    }
    expect(
        &run_img(&img),
        "dark-glasses",
        Status::Warn,
        "photo-glasses-dark",
    );
}
