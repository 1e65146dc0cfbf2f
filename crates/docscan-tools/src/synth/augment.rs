//! "Photographing" a rendered document: placed on a table with perspective and rotation, then
//! shadow, glare, low light, blur, sensor noise and JPEG compression, by difficulty.

use image::codecs::jpeg::JpegEncoder;
use image::imageops::interpolate_bilinear;
use image::{Rgb, RgbImage};
use imageproc::filter::gaussian_blur_f32;
use imageproc::geometric_transformations::Projection;
use rand::Rng;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Difficulty {
    /// Flat, large, sharp, good light.
    Easy,
    /// Tilted, some perspective, softer focus, shadows, sometimes upside down.
    Medium,
    /// Small in the frame, strong perspective, any orientation, glare, low light, heavy JPEG.
    Hard,
}

impl Difficulty {
    pub const ALL: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];
}

struct Settings {
    canvas: (u32, u32),
    fill: (f32, f32),
    tilt_degrees: f32,
    jitter: f32,
    flip_180: f64,
    quarter_turn: f64,
    blur: (f32, f32),
    noise: f32,
    jpeg: (u8, u8),
    shadow: f64,
    glare: f64,
    low_light: f64,
}

fn settings(difficulty: Difficulty) -> Settings {
    match difficulty {
        Difficulty::Easy => Settings {
            canvas: (1600, 1200),
            fill: (0.8, 0.9),
            tilt_degrees: 3.0,
            jitter: 0.01,
            flip_180: 0.0,
            quarter_turn: 0.0,
            blur: (0.3, 0.7),
            noise: 2.0,
            jpeg: (80, 90),
            shadow: 0.0,
            glare: 0.0,
            low_light: 0.0,
        },
        Difficulty::Medium => Settings {
            canvas: (1440, 1080),
            fill: (0.65, 0.85),
            tilt_degrees: 12.0,
            jitter: 0.04,
            flip_180: 0.1,
            quarter_turn: 0.0,
            blur: (0.6, 1.1),
            noise: 4.0,
            jpeg: (55, 80),
            shadow: 0.3,
            glare: 0.15,
            low_light: 0.0,
        },
        Difficulty::Hard => Settings {
            canvas: (1280, 960),
            fill: (0.55, 0.8),
            tilt_degrees: 25.0,
            jitter: 0.07,
            flip_180: 0.15,
            quarter_turn: 0.15,
            blur: (0.9, 1.5),
            noise: 7.0,
            jpeg: (30, 55),
            shadow: 0.4,
            glare: 0.35,
            low_light: 0.3,
        },
    }
}

/// A JPEG photo of `document`.
pub fn photograph(document: &RgbImage, difficulty: Difficulty, rng: &mut impl Rng) -> Vec<u8> {
    let s = settings(difficulty);
    let (mut cw, mut ch) = s.canvas;
    let quarter = rng.gen_bool(s.quarter_turn);
    if quarter {
        std::mem::swap(&mut cw, &mut ch);
    }
    let (dw, dh) = (document.width() as f32, document.height() as f32);
    // Size on the photo: the document's long side against the canvas side it lies along.
    let fill = rng.gen_range(s.fill.0..s.fill.1);
    let along = if quarter { ch } else { cw } as f32;
    let scale = fill * along / dw;
    let (w, h) = (dw * scale, dh * scale);
    let mut angle = rng.gen_range(-s.tilt_degrees..=s.tilt_degrees).to_radians();
    if quarter {
        angle += if rng.gen_bool(0.5) { 90f32 } else { -90f32 }.to_radians();
    }
    if rng.gen_bool(s.flip_180) {
        angle += 180f32.to_radians();
    }
    // Keep it inside the frame: shrink if the rotated box would not fit.
    let (sin, cos) = angle.sin_cos();
    let (bw, bh) = (
        (w * cos).abs() + (h * sin).abs(),
        (w * sin).abs() + (h * cos).abs(),
    );
    let fit = (0.95 * cw as f32 / bw).min(0.95 * ch as f32 / bh).min(1.0);
    let (w, h) = (w * fit, h * fit);
    let slack_x = (cw as f32 - bw * fit).max(0.0) / 2.0;
    let slack_y = (ch as f32 - bh * fit).max(0.0) / 2.0;
    let centre = (
        cw as f32 / 2.0 + rng.gen_range(-slack_x..=slack_x) * 0.8,
        ch as f32 / 2.0 + rng.gen_range(-slack_y..=slack_y) * 0.8,
    );
    let corners = [
        (-w / 2.0, -h / 2.0),
        (w / 2.0, -h / 2.0),
        (w / 2.0, h / 2.0),
        (-w / 2.0, h / 2.0),
    ]
    .map(|(x, y)| {
        let j = s.jitter * w;
        let (x, y) = (x + rng.gen_range(-j..=j), y + rng.gen_range(-j..=j));
        (centre.0 + x * cos - y * sin, centre.1 + x * sin + y * cos)
    });
    let mut photo = table(cw, ch, difficulty, rng);
    if let Some(projection) =
        Projection::from_control_points([(0.0, 0.0), (dw, 0.0), (dw, dh), (0.0, dh)], corners)
    {
        paste(&mut photo, document, projection, &corners);
    }
    light(&mut photo, &s, &corners, rng);
    let sigma = rng.gen_range(s.blur.0..s.blur.1);
    let mut photo = gaussian_blur_f32(&photo, sigma);
    noise(&mut photo, s.noise, rng);
    let quality = rng.gen_range(s.jpeg.0..=s.jpeg.1);
    let mut jpeg = Vec::new();
    if JpegEncoder::new_with_quality(&mut jpeg, quality)
        .encode_image(&photo)
        .is_err()
    {
        jpeg.clear();
    }
    jpeg
}

/// A table top: a random colour with a grain, darker than card stock (less so when hard).
fn table(w: u32, h: u32, difficulty: Difficulty, rng: &mut impl Rng) -> RgbImage {
    let top = if difficulty == Difficulty::Hard {
        170
    } else {
        120
    };
    let base = [
        rng.gen_range(30..top),
        rng.gen_range(30..top),
        rng.gen_range(30..top),
    ];
    let grain: f32 = rng.gen_range(0.01..0.05);
    RgbImage::from_fn(w, h, |x, y| {
        let g = ((x as f32 * grain).sin() * (y as f32 * grain * 0.3).cos() * 8.0) as i16;
        Rgb(base.map(|c| (c + g).clamp(0, 255) as u8))
    })
}

fn paste(
    photo: &mut RgbImage,
    document: &RgbImage,
    projection: Projection,
    corners: &[(f32, f32); 4],
) {
    let inverse = projection.invert();
    let (x0, x1) = corners
        .iter()
        .fold((f32::MAX, f32::MIN), |a, c| (a.0.min(c.0), a.1.max(c.0)));
    let (y0, y1) = corners
        .iter()
        .fold((f32::MAX, f32::MIN), |a, c| (a.0.min(c.1), a.1.max(c.1)));
    let (pw, ph) = photo.dimensions();
    let clamp = |v: f32, max: u32| (v.max(0.0) as u32).min(max.saturating_sub(1));
    for y in clamp(y0, ph)..=clamp(y1, ph) {
        for x in clamp(x0, pw)..=clamp(x1, pw) {
            let (sx, sy) = inverse * (x as f32 + 0.5, y as f32 + 0.5);
            let inside = sx >= 0.0
                && sy >= 0.0
                && sx < document.width() as f32
                && sy < document.height() as f32;
            if inside && let Some(p) = interpolate_bilinear(document, sx - 0.5, sy - 0.5) {
                photo.put_pixel(x, y, p);
            }
        }
    }
}

/// Shadow (a darkened side), glare (a blown-out spot on the document) and low light.
fn light(photo: &mut RgbImage, s: &Settings, corners: &[(f32, f32); 4], rng: &mut impl Rng) {
    let (w, h) = photo.dimensions();
    let shadow = rng.gen_bool(s.shadow).then(|| {
        let angle: f32 = rng.gen_range(0.0..std::f32::consts::TAU);
        (angle.cos(), angle.sin(), rng.gen_range(0.55..0.8f32))
    });
    let glare = rng.gen_bool(s.glare).then(|| {
        let t: f32 = rng.gen_range(0.2..0.8);
        let u: f32 = rng.gen_range(0.2..0.8);
        let lerp =
            |a: (f32, f32), b: (f32, f32), t: f32| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
        let centre = lerp(
            lerp(corners[0], corners[1], t),
            lerp(corners[3], corners[2], t),
            u,
        );
        (centre, rng.gen_range(0.04..0.1) * w as f32)
    });
    let dim = if rng.gen_bool(s.low_light) {
        rng.gen_range(0.4..0.6f32)
    } else {
        1.0
    };
    for (x, y, p) in photo.enumerate_pixels_mut() {
        let mut factor = dim;
        if let Some((dx, dy, depth)) = shadow {
            let along = ((x as f32 / w as f32 - 0.5) * dx + (y as f32 / h as f32 - 0.5) * dy + 0.5)
                .clamp(0.0, 1.0);
            factor *= 1.0 - (1.0 - depth) * along;
        }
        let mut add = 0.0;
        if let Some(((gx, gy), radius)) = glare {
            let d = ((x as f32 - gx).powi(2) + (y as f32 - gy).powi(2)).sqrt() / radius;
            add = 255.0 * (1.0 - d * d).max(0.0) * 1.2;
        }
        p.0 =
            p.0.map(|c| (f32::from(c) * factor + add).clamp(0.0, 255.0) as u8);
    }
}

fn noise(photo: &mut RgbImage, sigma: f32, rng: &mut impl Rng) {
    for p in photo.pixels_mut() {
        // Box–Muller.
        let (u1, u2): (f32, f32) = (rng.gen_range(1e-6..1.0), rng.gen_range(0.0..1.0));
        let n = (-2.0 * u1.ln()).sqrt() * (std::f32::consts::TAU * u2).cos() * sigma;
        p.0 = p.0.map(|c| (f32::from(c) + n).clamp(0.0, 255.0) as u8);
    }
}
