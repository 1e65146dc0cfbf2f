//! Reducing photos with `fast_image_resize`: the same triangle (bilinear) filter as `image`'s
//! `resize`, widened with the reduction so every source pixel counts, but in fixed point with
//! SIMD (simd128 in wasm). `image`'s float convolution was a fifth of the MRZ's line search.

use fast_image_resize::images::{Image, ImageRef};
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::RgbImage;

/// `image` reduced (or enlarged) to `width` × `height` (each at least 1).
pub fn resized(image: &RgbImage, width: u32, height: u32) -> RgbImage {
    let (width, height) = (width.max(1), height.max(1));
    if image.dimensions() == (width, height) {
        return image.clone();
    }
    let resample = || -> Option<RgbImage> {
        let source = ImageRef::new(
            image.width(),
            image.height(),
            image.as_raw(),
            PixelType::U8x3,
        )
        .ok()?;
        let mut target = Image::new(width, height, PixelType::U8x3);
        let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Bilinear));
        Resizer::new().resize(&source, &mut target, &options).ok()?;
        RgbImage::from_raw(width, height, target.into_vec())
    };
    // The buffers match by construction (an RgbImage holds exactly w × h × 3 bytes, and u8
    // pixels need no alignment); should the library still refuse, `image` does the same job.
    resample().unwrap_or_else(|| {
        image::imageops::resize(image, width, height, image::imageops::FilterType::Triangle)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gradient(width: u32, height: u32) -> RgbImage {
        RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x * 255 / width) as u8, (y * 255 / height) as u8, 128])
        })
    }

    #[test]
    fn matches_image_crates_triangle_filter_within_rounding() {
        let photo = gradient(1600, 1200);
        let ours = resized(&photo, 416, 312);
        let theirs =
            image::imageops::resize(&photo, 416, 312, image::imageops::FilterType::Triangle);
        assert_eq!(ours.dimensions(), (416, 312));
        let worst = ours
            .as_raw()
            .iter()
            .zip(theirs.as_raw())
            .map(|(a, b)| a.abs_diff(*b))
            .max();
        assert!(worst <= Some(2), "largest difference {worst:?}");
    }

    #[test]
    fn a_thin_line_survives_a_large_reduction() {
        // A one-pixel dark line in a white 1000 px photo still darkens its row at 250 px: the
        // filter averages every source row, it does not skip three of four.
        let mut photo = RgbImage::from_pixel(1000, 1000, image::Rgb([255, 255, 255]));
        for x in 0..1000 {
            photo.put_pixel(x, 501, image::Rgb([0, 0, 0]));
        }
        let small = resized(&photo, 250, 250);
        let darkest = (0..250).map(|y| small.get_pixel(125, y).0[0]).min();
        assert!(darkest < Some(230), "darkest row {darkest:?}");
    }

    #[test]
    fn degenerate_sizes_give_a_pixel_not_a_panic() {
        let photo = gradient(40, 30);
        assert_eq!(resized(&photo, 0, 0).dimensions(), (1, 1));
        assert_eq!(resized(&photo, 40, 30), photo);
        assert_eq!(resized(&photo, 80, 60).dimensions(), (80, 60));
    }
}
