//! Draws the detected face box, estimated crown/chin/eye line and eyes on a photo (calibration aid),
//! and with the landmark models the mesh's eyes, forehead and chin, printing pose and eye measures:
//! `cargo run --example overlay -- MODEL IN.png OUT.png [BLAZEFACE.rten FACEMESH.rten]`.

use image::{Rgb, RgbImage};
use madoguchi_photocheck::{FaceDetector, decode, face};

fn hline(img: &mut RgbImage, x0: f64, x1: f64, y: f64, c: Rgb<u8>) {
    let (w, h) = img.dimensions();
    if y < 0.0 || y >= f64::from(h) {
        return;
    }
    for x in (x0.max(0.0) as u32)..(x1.min(f64::from(w)) as u32) {
        img.put_pixel(x, y as u32, c);
    }
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let model = std::fs::read(&a[1]).unwrap_or_default();
    let bytes = std::fs::read(&a[2]).unwrap_or_default();
    let mut det = FaceDetector::from_model_bytes(&model).unwrap_or_else(|e| panic!("{e}"));
    if let (Some(d), Some(m)) = (a.get(4), a.get(5)) {
        let read = |p: &String| std::fs::read(p).unwrap_or_else(|e| panic!("{p}: {e}"));
        det = det
            .with_landmark_models(&read(d), &read(m))
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let Ok(photo) = decode(&bytes) else { return };
    let mut img = photo.rgb.clone();
    let photo_rgb = photo.rgb.clone();
    let gray = image::DynamicImage::ImageRgb8(photo.rgb).into_luma8();
    for (bbox, score) in det.detect(&gray) {
        let f = face::measure_face(&gray, bbox, score);
        println!("{f:?}");
        let b = f.bbox;
        hline(&mut img, b.x, b.right(), b.y, Rgb([0, 255, 0]));
        hline(&mut img, b.x, b.right(), b.bottom(), Rgb([0, 255, 0]));
        hline(&mut img, b.x, b.right(), f.crown_y, Rgb([255, 0, 0]));
        hline(&mut img, b.x, b.right(), f.chin_y, Rgb([255, 0, 0]));
        hline(&mut img, b.x, b.right(), f.eye_y, Rgb([0, 0, 255]));
        if let Some(e) = f.eyes {
            for (x, y) in e {
                hline(&mut img, x - 3.0, x + 3.0, y, Rgb([255, 255, 0]));
            }
        }
        if let Some(m) = det.mesh_measures(&photo_rgb, bbox) {
            println!(
                "  yaw {:.1} pitch {:.1} roll {:.1} eyes {:.3} {:.3} forehead→crown {:.2} face lengths",
                m.pose.yaw,
                m.pose.pitch,
                m.pose.roll,
                m.eye_openness[0],
                m.eye_openness[1],
                (m.forehead.1 - f.crown_y) / m.face_length,
            );
            for (x, y) in m
                .eyes
                .into_iter()
                .chain([m.chin, m.forehead])
                .chain(m.outline)
            {
                hline(&mut img, x - 2.0, x + 2.0, y, Rgb([255, 0, 255]));
            }
        }
    }
    img.save(&a[3]).unwrap_or_else(|e| panic!("{e}"));
}
