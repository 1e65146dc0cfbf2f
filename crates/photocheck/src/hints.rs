//! Cheap hints that can be wrong either way, so they only ever warn: a hat or head covering
//! (the top of the head unlike the hair beside the face) and a photo of a screen or print
//! (sharp periodic peaks in the spectrum of the face: moiré, pixel grids, halftone dots).

use image::{GrayImage, RgbImage};

use crate::analysis::Rect;
use crate::face::Face;
use crate::profile::Profile;
use crate::report::{Check, Status};

/// Colour distance at which the top of the head counts as unlike the hair beside the face.
const HAT_COLOUR_DISTANCE: f64 = 60.0;
/// Side patches this far from the background colour show hair (else short hair or none).
const SIDE_HAIR_DISTANCE: f64 = 30.0;
/// A top region this close to the forehead's skin is skin (a high forehead or no hair).
const SKIN_DISTANCE: f64 = 25.0;
/// Crown this many face lengths above the mesh's top forehead point counts as a tall covering
/// (0.46–0.52 on the test portraits' real hair).
const HAT_HEIGHT: f64 = 0.8;

/// Mean colour of `rect` as (luma, blue − luma, red − luma); `None` when it is empty.
fn mean_colour(rgb: &RgbImage, rect: Rect) -> Option<[f64; 3]> {
    let (x0, y0, x1, y1) = rect.clamp(rgb.width(), rgb.height());
    let n = f64::from(x1.saturating_sub(x0)) * f64::from(y1.saturating_sub(y0));
    if n < 4.0 {
        return None;
    }
    let mut sum = [0.0; 3];
    for y in y0..y1 {
        for x in x0..x1 {
            let p = rgb.get_pixel(x, y).0.map(f64::from);
            let luma = 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
            sum[0] += luma;
            sum[1] += p[2] - luma;
            sum[2] += p[0] - luma;
        }
    }
    Some(sum.map(|s| s / n))
}

/// Colour difference with brightness counting half: lighting changes brightness more than hue.
fn distance(a: [f64; 3], b: [f64; 3]) -> f64 {
    ((0.5 * (a[0] - b[0])).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

/// How much the top of the head looks like a hat, 1.0 at the warning limit: the larger of (a)
/// the colour difference between the region just above the forehead and the hair beside the
/// temples (when there is hair there and the region is not bare skin), and (b) the height of
/// the crown above the forehead when the crown was seen against the background. `None` without
/// landmarks or when no part can be measured.
pub fn hat(rgb: &RgbImage, face: &Face) -> Option<f64> {
    let m = face.mesh.as_ref()?;
    let len = m.face_length;
    let (fx, fy) = m.forehead;
    let eye_y = (m.eyes[0].1 + m.eyes[1].1) / 2.0;
    let rect = |x: f64, y: f64, w: f64, h: f64| Rect {
        x,
        y,
        width: w,
        height: h,
    };
    let top = mean_colour(
        rgb,
        rect(fx - 0.25 * len, fy - 0.2 * len, 0.5 * len, 0.15 * len),
    );
    let skin = mean_colour(
        rgb,
        rect(fx - 0.15 * len, fy + 0.04 * len, 0.3 * len, 0.1 * len),
    );
    let left = m.outline.first().map_or(fx - 0.5 * len, |p| p.0);
    let right = m.outline.last().map_or(fx + 0.5 * len, |p| p.0);
    let (w, h) = (f64::from(rgb.width()), f64::from(rgb.height()));
    let background = [
        rect(0.0, 0.0, w / 12.0, h / 20.0),
        rect(w - w / 12.0, 0.0, w / 12.0, h / 20.0),
    ]
    .into_iter()
    .filter_map(|r| mean_colour(rgb, r))
    .collect::<Vec<_>>();
    let side_h = (eye_y - fy - 0.05 * len).max(0.0);
    let sides: Vec<[f64; 3]> = [left - 0.12 * len, right + 0.02 * len]
        .into_iter()
        .filter_map(|x| mean_colour(rgb, rect(x, fy + 0.05 * len, 0.1 * len, side_h)))
        // Hair only: a side patch like the background means short hair or none there.
        .filter(|c| {
            background
                .iter()
                .all(|b| distance(*c, *b) > SIDE_HAIR_DISTANCE)
        })
        .collect();
    let colour = match (top, skin, sides.as_slice()) {
        (Some(top), Some(skin), _) if distance(top, skin) < SKIN_DISTANCE => Some(0.0),
        (Some(top), _, [_, ..]) => {
            let n = sides.len() as f64;
            let hair = sides
                .iter()
                .fold([0.0; 3], |a, c| [a[0] + c[0], a[1] + c[1], a[2] + c[2]])
                .map(|s| s / n);
            Some(distance(top, hair) / HAT_COLOUR_DISTANCE)
        }
        _ => None,
    };
    let height = face
        .crown_measured
        .then(|| (fy - face.crown_y) / len / HAT_HEIGHT);
    match (colour, height) {
        (Some(c), Some(h)) => Some(c.max(h)),
        (c, h) => c.or(h),
    }
    .filter(|v| v.is_finite())
}

/// Side of the square window the spectrum is taken on (full resolution: screen and print
/// patterns are a few pixels wide).
const WINDOW: usize = 128;
/// A spectral peak this many times the median of its ring counts as a periodic pattern. Noise
/// alone rarely exceeds about 15 (the largest of ~8000 exponential draws over their median);
/// the test portraits, upscaled from a scanned print, reach 75; a screen-like grid of ±4 %
/// brightness on them gives over 100 000.
const PEAK_RATIO: f64 = 300.0;

/// In-place radix-2 FFT of `re`/`im` (length a power of two).
fn fft(re: &mut [f64], im: &mut [f64]) {
    let n = re.len();
    let mut j = 0;
    for i in 1..n {
        let mut bit = n >> 1;
        while j & bit != 0 {
            j ^= bit;
            bit >>= 1;
        }
        j |= bit;
        if i < j {
            re.swap(i, j);
            im.swap(i, j);
        }
    }
    let mut len = 2;
    while len <= n {
        let angle = -2.0 * std::f64::consts::PI / len as f64;
        for start in (0..n).step_by(len) {
            for k in 0..len / 2 {
                let (s, c) = (angle * k as f64).sin_cos();
                let (a, b) = (start + k, start + k + len / 2);
                let (tr, ti) = (re[b] * c - im[b] * s, re[b] * s + im[b] * c);
                re[b] = re[a] - tr;
                im[b] = im[a] - ti;
                re[a] += tr;
                im[a] += ti;
            }
        }
        len <<= 1;
    }
}

/// Power spectrum of a Hann-windowed `WINDOW`² patch with its mean removed.
fn power_spectrum(gray: &GrayImage, x0: u32, y0: u32) -> Vec<f64> {
    let n = WINDOW;
    let hann: Vec<f64> = (0..n)
        .map(|i| 0.5 - 0.5 * (2.0 * std::f64::consts::PI * i as f64 / n as f64).cos())
        .collect();
    let mut re = vec![0.0; n * n];
    let mut im = vec![0.0; n * n];
    let mut mean = 0.0;
    for y in 0..n {
        for x in 0..n {
            let v = f64::from(gray.get_pixel(x0 + x as u32, y0 + y as u32).0[0]);
            re[y * n + x] = v;
            mean += v;
        }
    }
    mean /= (n * n) as f64;
    for y in 0..n {
        for x in 0..n {
            re[y * n + x] = (re[y * n + x] - mean) * hann[x] * hann[y];
        }
    }
    for row in 0..n {
        fft(
            &mut re[row * n..(row + 1) * n],
            &mut im[row * n..(row + 1) * n],
        );
    }
    let (mut col_re, mut col_im) = (vec![0.0; n], vec![0.0; n]);
    for x in 0..n {
        for y in 0..n {
            col_re[y] = re[y * n + x];
            col_im[y] = im[y * n + x];
        }
        fft(&mut col_re, &mut col_im);
        for y in 0..n {
            re[y * n + x] = col_re[y];
            im[y * n + x] = col_im[y];
        }
    }
    re.iter().zip(&im).map(|(r, i)| r * r + i * i).collect()
}

/// How periodic the face's fine texture is, 1.0 at the warning limit: the spectral peak (over
/// the median of its frequency ring) of a pattern repeating in two directions, on a
/// full-resolution window in the middle of the face. Frequencies near the axes (edges) and on the 8-pixel JPEG block grid are left out.
/// `None` when the photo is smaller than the window.
pub fn screen(gray: &GrayImage, face: Rect) -> Option<f64> {
    let n = WINDOW as u32;
    let (w, h) = gray.dimensions();
    if w < n || h < n {
        return None;
    }
    let cx = face.x + face.width / 2.0;
    let cy = face.y + face.height * 0.55;
    if !(cx.is_finite() && cy.is_finite()) {
        return None;
    }
    let x0 = (cx - f64::from(n) / 2.0).clamp(0.0, f64::from(w - n)) as u32;
    let y0 = (cy - f64::from(n) / 2.0).clamp(0.0, f64::from(h - n)) as u32;
    let power = power_spectrum(gray, x0, y0);
    let size = WINDOW as i64;
    let block = size / 8;
    let signed = |i: usize| {
        let i = i as i64;
        if i > size / 2 { i - size } else { i }
    };
    let off_grid = |f: i64| f.abs() > 1 && ![block - 1, 0, 1].contains(&f.rem_euclid(block));
    // Half the plane (the spectrum of a real patch is symmetric): (ring, angle, power).
    let mut bins = Vec::new();
    for v in 0..=WINDOW / 2 {
        for u in 0..WINDOW {
            let (fu, fv) = (signed(u), signed(v));
            if !(off_grid(fu) && off_grid(fv)) {
                continue;
            }
            let r = ((fu * fu + fv * fv) as f64).sqrt().round() as usize;
            if (10..=WINDOW / 2 - 2).contains(&r) {
                let angle = (fv as f64).atan2(fu as f64).to_degrees().rem_euclid(180.0);
                bins.push((r, angle, power[v * WINDOW + u]));
            }
        }
    }
    let mut medians = vec![0.0; WINDOW / 2 + 1];
    for (r, median) in medians.iter_mut().enumerate() {
        let mut ring: Vec<f64> = bins.iter().filter(|b| b.0 == r).map(|b| b.2).collect();
        if ring.len() >= 8 {
            ring.sort_by(f64::total_cmp);
            *median = ring[ring.len() / 2];
        }
    }
    let peaks: Vec<(f64, f64)> = bins
        .iter()
        .filter(|b| medians[b.0] > 0.0)
        .map(|b| (b.2 / medians[b.0], b.1))
        .collect();
    // A screen's pixel grid, its moiré and halftone dots repeat in two directions; stripes in
    // one direction (scan lines, hair, a collar) are left out by taking the best peak at least
    // 30° away from the strongest.
    let Some(&(_, first)) = peaks.iter().max_by(|a, b| a.0.total_cmp(&b.0)) else {
        return Some(0.0);
    };
    let apart = |a: f64| {
        let d = (a - first).abs();
        d.min(180.0 - d) >= 30.0
    };
    let peak = peaks
        .iter()
        .filter(|p| apart(p.1))
        .map(|p| p.0)
        .fold(0.0, f64::max);
    Some(peak / PEAK_RATIO)
}

/// The hint checks for the face (each a warning at most, and left out when not measurable).
pub fn hint_checks(rgb: &RgbImage, gray: &GrayImage, face: &Face, profile: &Profile) -> Vec<Check> {
    let q = &profile.quality;
    let mut checks = Vec::new();
    let mut hint = |id: &str, value: f64, band: &crate::profile::Band, messages: [&str; 2]| {
        // Never worse than a warning: these are guesses.
        let status = band.judge(value).0.min(Status::Warn);
        let message = if status == Status::Pass {
            messages[0]
        } else {
            messages[1]
        };
        checks.push(
            Check::new(id, status, message)
                .measured(value)
                .limit(band.limit_text(1.0, "")),
        );
    };
    if let Some(score) = hat(rgb, face) {
        hint(
            "hat",
            score,
            &q.hat_score,
            ["photo-hat-none", "photo-hat-maybe"],
        );
    }
    if let Some(score) = screen(gray, face.bbox) {
        hint(
            "screen-photo",
            score,
            &q.moire,
            ["photo-screen-none", "photo-screen-maybe"],
        );
    }
    checks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noise(w: u32, h: u32, seed: u32) -> GrayImage {
        let mut s = seed;
        GrayImage::from_fn(w, h, |_, _| {
            s ^= s << 13;
            s ^= s >> 17;
            s ^= s << 5;
            image::Luma([100 + (s % 40) as u8])
        })
    }

    #[test]
    fn fft_finds_a_pure_tone() {
        let n = 16;
        let mut re: Vec<f64> = (0..n)
            .map(|i| (2.0 * std::f64::consts::PI * 3.0 * i as f64 / n as f64).cos())
            .collect();
        let mut im = vec![0.0; n];
        fft(&mut re, &mut im);
        let power: Vec<f64> = re.iter().zip(&im).map(|(r, i)| r * r + i * i).collect();
        assert!((power[3] - 64.0).abs() < 1e-9 && (power[13] - 64.0).abs() < 1e-9);
        assert!(power[5] < 1e-9);
    }

    #[test]
    fn a_fine_grid_is_a_screen_and_noise_or_stripes_are_not() {
        let face = Rect {
            x: 50.0,
            y: 50.0,
            width: 200.0,
            height: 200.0,
        };
        let plain = noise(300, 300, 7);
        let s = screen(&plain, face).unwrap_or(f64::NAN);
        assert!(s < 0.5, "{s}");
        let pattern = |grid: bool| {
            let mut img = plain.clone();
            for (x, y, p) in img.enumerate_pixels_mut() {
                let (x, y) = (f64::from(x), f64::from(y));
                let tau = 2.0 * std::f64::consts::PI;
                let mut v = 12.0 * (tau * (x / 3.7 + y / 9.1)).sin();
                if grid {
                    v += 12.0 * (tau * (y / 4.3 - x / 6.1)).sin();
                }
                p.0[0] = (f64::from(p.0[0]) + v).clamp(0.0, 255.0) as u8;
            }
            img
        };
        let s = screen(&pattern(true), face).unwrap_or(f64::NAN);
        assert!(s > 2.0, "{s}");
        let s = screen(&pattern(false), face).unwrap_or(f64::NAN);
        assert!(s < 0.5, "{s}");
        assert_eq!(screen(&noise(100, 300, 1), face), None);
    }
}
