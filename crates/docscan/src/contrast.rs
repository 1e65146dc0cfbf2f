//! Contrast stretched over a dim photo's own range of brightness. A page photographed in low
//! light spans a fraction of the pixel values: the text detector, trained on well-lit pages, then
//! finds few of its lines (a dim passport's zone goes unfound) and the recogniser reads the
//! zone's chevrons as letters. Blown-out pixels, which the glare measure counts, are left as
//! they are.

use image::RgbImage;

// Values at or above `BLOWN` are blown out (as the glare measure counts them): kept as they are,
// left out of the range (a glare spot is not the paper) and joined by nothing else.
use crate::document::BLOWN;

/// Share of pixels at each end of the brightness histogram left out of the range (noise, specks,
/// the darkest background).
const CUT_SHARE: f32 = 0.01;
/// A photo whose range reaches this is lit well enough: left alone. Measured on hard passports,
/// stretching the brighter ones traded reads for others; the dim ones gained (docs/benchmarks.md).
const LIT: u8 = 200;
/// A range narrower than this is a blank or flat photo: stretching it would only show its noise.
const NARROWEST: u8 = 24;
/// Where the top of the range goes: below the blown-out values, so what lies between the paper
/// and a glare spot (its halo, and text washed out in it) keeps its gradations.
const RANGE_TOP: u8 = 235;

/// `image` with its brightness range (the photo's luma, [`CUT_SHARE`] cut at each end, blown-out
/// pixels aside) mapped onto `0..=RANGE_TOP`, the same map for each channel so colours keep their
/// hue; `None` when the photo is lit well enough ([`LIT`]) or its range is too narrow to be more
/// than noise.
pub fn stretched(image: &RgbImage) -> Option<RgbImage> {
    let (low, high) = brightness_range(image)?;
    if high >= LIT || high.saturating_sub(low) < NARROWEST {
        return None;
    }
    let table = stretch_table(low, high);
    let mut out = image.clone();
    for value in out.iter_mut() {
        *value = table[usize::from(*value)];
    }
    Some(out)
}

/// The luma values below which and above which [`CUT_SHARE`] of the pixels lie, blown-out
/// pixels not counted.
fn brightness_range(image: &RgbImage) -> Option<(u8, u8)> {
    let mut histogram = [0u32; BLOWN as usize];
    for pixel in image.pixels() {
        let [r, g, b] = pixel.0.map(u32::from);
        let luma = ((299 * r + 587 * g + 114 * b) / 1000) as usize;
        if let Some(count) = histogram.get_mut(luma) {
            *count += 1;
        }
    }
    let total: u32 = histogram.iter().sum();
    if total == 0 {
        return None;
    }
    let cut = (total as f32 * CUT_SHARE) as u32;
    let value_past = |order: &mut dyn Iterator<Item = usize>| {
        let mut seen = 0;
        for v in order {
            seen += histogram[v];
            if seen > cut {
                return Some(v as u8);
            }
        }
        None
    };
    let low = value_past(&mut (0..histogram.len()))?;
    let high = value_past(&mut (0..histogram.len()).rev())?;
    Some((low, high))
}

/// Value map: `low..=high` onto `0..=RANGE_TOP`, darker to 0, the rest below [`BLOWN`] onto
/// `RANGE_TOP..BLOWN`, blown-out values unchanged.
fn stretch_table(low: u8, high: u8) -> [u8; 256] {
    let (low, high, top) = (f32::from(low), f32::from(high), f32::from(RANGE_TOP));
    let blown = f32::from(BLOWN);
    std::array::from_fn(|v| {
        let value = v as f32;
        let mapped = if v >= usize::from(BLOWN) {
            value
        } else if value <= high {
            (value - low).max(0.0) * top / (high - low).max(1.0)
        } else {
            top + (value - high) * (blown - 1.0 - top) / (blown - 1.0 - high).max(1.0)
        };
        mapped.round().clamp(0.0, 255.0) as u8
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Rgb;

    /// A dim 100 × 100 page: grey-green paper (about 90) with dark text (40) and a blown-out
    /// glare spot `glare` pixels square in its corner.
    fn dim_page_with_glare(glare: u32) -> RgbImage {
        RgbImage::from_fn(100, 100, |x, y| {
            if x < glare && y < glare {
                Rgb([255, 255, 255])
            } else if y % 10 == 0 {
                Rgb([40, 40, 40])
            } else {
                Rgb([90, 95, 85])
            }
        })
    }

    fn dim_page() -> RgbImage {
        dim_page_with_glare(5)
    }

    #[test]
    fn a_dim_photo_is_stretched_from_black_to_near_white() {
        let out = stretched(&dim_page()).expect("a dim photo is stretched");
        let text = out.get_pixel(50, 10).0;
        let paper = out.get_pixel(50, 15).0;
        assert_eq!(text, [0, 0, 0]);
        assert!(
            paper.iter().all(|&c| c > 200 && c <= RANGE_TOP),
            "{paper:?}"
        );
    }

    #[test]
    fn blown_out_pixels_stay_blown_and_no_others_join_them() {
        let before = dim_page();
        let after = stretched(&before).expect("stretched");
        assert_eq!(
            crate::document::glare_fraction(&after),
            crate::document::glare_fraction(&before)
        );
        assert_eq!(after.get_pixel(0, 0).0, [255, 255, 255]);
    }

    #[test]
    fn hues_keep_their_order_of_channels() {
        let out = stretched(&dim_page()).expect("stretched");
        let [r, g, b] = out.get_pixel(50, 15).0;
        assert!(g > r && r > b, "{r} {g} {b}");
    }

    #[test]
    fn a_glare_spot_does_not_count_as_paper() {
        // Blown out over a quarter of the photo: the paper is stretched as on a page without.
        let with_glare = stretched(&dim_page_with_glare(50)).expect("stretched");
        let without = stretched(&dim_page()).expect("stretched");
        assert_eq!(with_glare.get_pixel(60, 15), without.get_pixel(60, 15));
    }

    #[test]
    fn a_well_lit_or_blank_photo_is_left_alone() {
        let well_lit = RgbImage::from_fn(50, 50, |x, _| {
            let v = if x < 25 { 30 } else { 210 };
            Rgb([v, v, v])
        });
        assert!(stretched(&well_lit).is_none());
        let blank = RgbImage::from_pixel(50, 50, Rgb([120, 120, 120]));
        assert!(stretched(&blank).is_none());
        assert!(stretched(&RgbImage::new(0, 0)).is_none());
    }

    #[test]
    fn the_map_never_darkens_a_brighter_value() {
        for (low, high) in [(0, 199), (30, 120), (100, 101), (5, 60)] {
            let table = stretch_table(low, high);
            assert!(table.windows(2).all(|w| w[0] <= w[1]), "{low} {high}");
            assert_eq!(table[usize::from(high)], RANGE_TOP);
            assert!(table[..usize::from(BLOWN)].iter().all(|&v| v < BLOWN));
        }
    }
}
