//! Measures on the picture that need no model: exposure, focus, noise, background.

use image::GrayImage;

/// A rectangle in pixels of some image (`x`, `y` top-left).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn scaled(self, s: f64) -> Rect {
        Rect {
            x: self.x * s,
            y: self.y * s,
            width: self.width * s,
            height: self.height * s,
        }
    }

    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }

    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x < self.right() && y >= self.y && y < self.bottom()
    }

    /// Integer bounds clamped to a `w`×`h` image: (x0, y0, x1, y1), x1/y1 exclusive.
    pub fn clamp(&self, w: u32, h: u32) -> (u32, u32, u32, u32) {
        let c = |v: f64, max: u32| {
            if v.is_nan() {
                0
            } else {
                v.clamp(0.0, f64::from(max)) as u32
            }
        };
        (
            c(self.x, w),
            c(self.y, h),
            c(self.right(), w),
            c(self.bottom(), h),
        )
    }
}

/// Mean luma and the share of clipped pixels (≤ 3 or ≥ 252) inside `rect`.
pub fn exposure(gray: &GrayImage, rect: Rect) -> (f64, f64) {
    let (x0, y0, x1, y1) = rect.clamp(gray.width(), gray.height());
    let mut sum = 0u64;
    let mut clipped = 0u64;
    let mut n = 0u64;
    let width = gray.width() as usize;
    for y in y0..y1 {
        let start = y as usize * width;
        let row = &gray.as_raw()[start + x0 as usize..start + x1 as usize];
        for &v in row {
            sum += u64::from(v);
            clipped += u64::from(!(4..252).contains(&v));
        }
        n += row.len() as u64;
    }
    if n == 0 {
        return (0.0, 0.0);
    }
    (sum as f64 / n as f64, clipped as f64 / n as f64)
}

/// Variance of the 4-neighbour Laplacian of `rect`, resampled to 128 px wide so the value does
/// not depend on the photo's resolution (a focus measure for strong blur, not fine detail).
pub fn sharpness(gray: &GrayImage, rect: Rect) -> f64 {
    let (x0, y0, x1, y1) = rect.clamp(gray.width(), gray.height());
    if x1 <= x0 + 2 || y1 <= y0 + 2 {
        return 0.0;
    }
    let w = 128u32;
    // Box-average by an integer factor first (one pass), then resample the small copy.
    let k = ((x1 - x0) / (2 * w)).max(1);
    let (cw, ch) = ((x1 - x0) / k, (y1 - y0) / k);
    let crop = image::GrayImage::from_fn(cw.max(1), ch.max(1), |x, y| {
        let mut s = 0u32;
        for yy in 0..k {
            for xx in 0..k {
                s += u32::from(gray.get_pixel(x0 + x * k + xx, y0 + y * k + yy).0[0]);
            }
        }
        image::Luma([(s / (k * k)) as u8])
    });
    let h =
        ((f64::from(y1 - y0) * f64::from(w) / f64::from(x1 - x0)).round() as u32).clamp(3, 1024);
    let img = image::imageops::resize(&crop, w, h, image::imageops::FilterType::Triangle);
    let p = |x: u32, y: u32| f64::from(img.get_pixel(x, y).0[0]);
    let mut sum = 0.0;
    let mut sum2 = 0.0;
    let mut n = 0.0;
    for y in 1..h - 1 {
        for x in 1..w - 1 {
            let l = p(x - 1, y) + p(x + 1, y) + p(x, y - 1) + p(x, y + 1) - 4.0 * p(x, y);
            sum += l;
            sum2 += l * l;
            n += 1.0;
        }
    }
    if n == 0.0 {
        return 0.0;
    }
    let mean = sum / n;
    sum2 / n - mean * mean
}

/// Noise sigma by Immerkær's method (the [1 −2 1] second-difference mask), over pixels whose
/// gradient is small so edges and texture do not count as noise. Full-resolution `gray`.
pub fn noise(gray: &GrayImage, rect: Rect) -> f64 {
    let (x0, y0, x1, y1) = rect.clamp(gray.width(), gray.height());
    if x1 <= x0 + 2 || y1 <= y0 + 2 {
        return 0.0;
    }
    let p = |x: u32, y: u32| i32::from(gray.get_pixel(x, y).0[0]);
    let mut sum = 0.0;
    let mut n = 0.0;
    // At most ~250 k pixels sampled: step through big images.
    let area = u64::from(x1 - x0) * u64::from(y1 - y0);
    let step = ((area as f64 / 250_000.0).sqrt().ceil() as u32).max(1);
    let mut y = y0 + 1;
    while y < y1 - 1 {
        let mut x = x0 + 1;
        while x < x1 - 1 {
            let gx = p(x + 1, y) - p(x - 1, y);
            let gy = p(x, y + 1) - p(x, y - 1);
            if gx.abs() + gy.abs() < 24 {
                let v = p(x - 1, y - 1) - 2 * p(x, y - 1) + p(x + 1, y - 1) - 2 * p(x - 1, y)
                    + 4 * p(x, y)
                    - 2 * p(x + 1, y)
                    + p(x - 1, y + 1)
                    - 2 * p(x, y + 1)
                    + p(x + 1, y + 1);
                sum += f64::from(v.abs());
                n += 1.0;
            }
            x += step;
        }
        y += step;
    }
    if n < 100.0 {
        return 0.0;
    }
    (std::f64::consts::FRAC_PI_2).sqrt() * sum / (6.0 * n)
}

/// Luma spread (standard deviation) and strong-edge share in the background: the top band and
/// the side bands above `bottom`, outside `head`.
pub fn background(gray: &GrayImage, head: Option<Rect>, bottom: f64) -> (f64, f64) {
    let (w, h) = (f64::from(gray.width()), f64::from(gray.height()));
    let band_w = (w * 0.12).max(2.0);
    let band_h = head.map_or(h * 0.12, |r| (r.y * 0.9).clamp(2.0, h * 0.2));
    let inside = |x: f64, y: f64| {
        let in_band = y < band_h || ((x < band_w || x >= w - band_w) && y < bottom);
        in_band && !head.is_some_and(|r| r.contains(x, y))
    };
    let p = |x: u32, y: u32| f64::from(gray.get_pixel(x, y).0[0]);
    let (mut sum, mut sum2, mut n, mut edges) = (0.0, 0.0, 0.0, 0.0);
    for y in 1..gray.height().saturating_sub(1) {
        for x in 1..gray.width().saturating_sub(1) {
            if !inside(f64::from(x), f64::from(y)) {
                continue;
            }
            let v = p(x, y);
            sum += v;
            sum2 += v * v;
            n += 1.0;
            let gx = p(x + 1, y) - p(x - 1, y);
            let gy = p(x, y + 1) - p(x, y - 1);
            if gx.abs() + gy.abs() > 40.0 {
                edges += 1.0;
            }
        }
    }
    if n == 0.0 {
        return (0.0, 0.0);
    }
    let mean = sum / n;
    ((sum2 / n - mean * mean).max(0.0).sqrt(), edges / n)
}

/// Mean luma inside `rect` (0 when empty).
pub fn mean(gray: &GrayImage, rect: Rect) -> Option<f64> {
    let (x0, y0, x1, y1) = rect.clamp(gray.width(), gray.height());
    let n = u64::from(x1.saturating_sub(x0)) * u64::from(y1.saturating_sub(y0));
    if n == 0 {
        return None;
    }
    let mut sum = 0u64;
    for y in y0..y1 {
        for x in x0..x1 {
            sum += u64::from(gray.get_pixel(x, y).0[0]);
        }
    }
    Some(sum as f64 / n as f64)
}

/// How far the background's luma is from the hair (just below the crown) and from the clothes
/// (the shoulders): the smaller of the two differences, 0–255. The site refuses photos whose
/// background has the colour of the hair or clothes ("人の輪郭が不明確").
pub fn outline_contrast(gray: &GrayImage, head: Rect, crown_y: f64, chin_y: f64) -> Option<f64> {
    let h = chin_y - crown_y;
    let cx = head.x + head.width / 2.0;
    let background = mean(
        gray,
        Rect {
            x: 0.0,
            y: 0.0,
            width: f64::from(gray.width()),
            height: (crown_y * 0.8).max(1.0),
        },
    )?;
    let hair = mean(
        gray,
        Rect {
            x: cx - 0.15 * h,
            y: crown_y + 0.01 * h,
            width: 0.3 * h,
            height: 0.07 * h,
        },
    )?;
    let shoulders = [-1.0, 1.0]
        .iter()
        .filter_map(|side| {
            mean(
                gray,
                Rect {
                    x: cx + side * 0.5 * h - 0.08 * h,
                    y: chin_y + 0.08 * h,
                    width: 0.16 * h,
                    height: 0.12 * h,
                },
            )
        })
        .map(|m| (m - background).abs())
        .fold(f64::INFINITY, f64::min);
    Some((hair - background).abs().min(shoulders))
}
