//! Time per stage on 1, 3 and 12 MP versions of a portrait:
//! `cargo run --release --example bench -- MODEL PORTRAIT.(png|jpg) [BLAZEFACE.rten FACEMESH.rten]`
//! (with the landmark models, face detection includes them and their stage is timed apart).

use std::time::Instant;

use image::imageops::FilterType;
use madoguchi_photocheck::{
    FaceDetector, auto_fix, check, decode, file, find_faces, image_checks, profile, working_gray,
};

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

/// Best of five runs (the machine is shared; the minimum is the least disturbed).
fn best<T>(mut f: impl FnMut() -> T) -> (T, f64) {
    let mut times = Vec::new();
    let mut out = None;
    for _ in 0..5 {
        let t = Instant::now();
        out = Some(f());
        times.push(ms(t));
    }
    let min = times.iter().copied().fold(f64::INFINITY, f64::min);
    (out.unwrap_or_else(|| panic!("ran")), min)
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let model = std::fs::read(&a[1]).unwrap_or_default();
    let src = decode(&std::fs::read(&a[2]).unwrap_or_default())
        .unwrap_or_else(|e| panic!("{e:?}"))
        .rgb;
    let p = profile("mynumber").unwrap_or_else(|| panic!("profile"));
    let mut det = FaceDetector::from_model_bytes(&model).unwrap_or_else(|e| panic!("{e}"));
    if let (Some(d), Some(m)) = (a.get(3), a.get(4)) {
        let read = |p: &String| std::fs::read(p).unwrap_or_else(|e| panic!("{p}: {e}"));
        det = det
            .with_landmark_models(&read(d), &read(m))
            .unwrap_or_else(|e| panic!("{e}"));
    }
    println!(
        "| photo | decode | file checks | grey + working copy | face detection (all) | of which landmarks | hints | picture checks | whole check | auto-fix |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for mp in [1.0f64, 3.0, 12.0] {
        let (w, h) = src.dimensions();
        let s = (mp * 1e6 / f64::from(w * h)).sqrt();
        let img = image::imageops::resize(
            &src,
            (f64::from(w) * s) as u32,
            (f64::from(h) * s) as u32,
            FilterType::Triangle,
        );
        let mut bytes = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 90)
            .encode_image(&img)
            .unwrap_or_else(|e| panic!("{e}"));
        let _ = std::fs::write(
            std::env::temp_dir().join(format!("photocheck-bench-{mp}mp.jpg")),
            &bytes,
        );
        let (photo, t_decode) = best(|| decode(&bytes).unwrap_or_else(|e| panic!("{e:?}")));
        let (_, t_file) = best(|| {
            let facts = file::file_facts(&bytes);
            file::file_checks(&facts, &p, None)
        });
        let ((full, (work, scale)), t_gray) = best(|| {
            (
                madoguchi_photocheck::luma(&photo.rgb),
                working_gray(&photo.rgb),
            )
        });
        let (faces, t_face) = best(|| find_faces(&mut det, &photo.rgb, &work, scale));
        let t_mesh = faces
            .first()
            .map_or(0.0, |f| best(|| det.mesh_measures(&photo.rgb, f.bbox)).1);
        let t_hints = faces.first().map_or(0.0, |f| {
            best(|| madoguchi_photocheck::hints::hint_checks(&photo.rgb, &full, f, &p)).1
        });
        let (_, t_img) = best(|| image_checks(&full, &work, scale, faces.first(), &p));
        let (r, t_all) = best(|| check(&bytes, &p, Some(&mut det)));
        let (fixed, t_fix) = best(|| auto_fix(&bytes, &p, Some(&mut det)));
        println!(
            "| {}×{} ({mp} MP, {} KB) | {t_decode:.0} ms | {t_file:.2} ms | {t_gray:.0} ms | {t_face:.0} ms | {t_mesh:.0} ms | {t_hints:.0} ms | {t_img:.0} ms | {t_all:.0} ms ({:?}) | {t_fix:.0} ms ({}) |",
            img.width(),
            img.height(),
            bytes.len() / 1024,
            r.status,
            fixed.map_or_else(
                |e| e.message().to_owned(),
                |f| format!("q{} {} KB", f.quality, f.bytes / 1024)
            ),
        );
    }
}
