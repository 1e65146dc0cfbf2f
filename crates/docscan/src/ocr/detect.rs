//! Text-line detection with the PP-OCR DB (differentiable binarisation) model: a probability map
//! of "text here", thresholded, its blobs turned into rotated rectangles and grown back to the
//! full line height (the model is trained on shrunk text regions).

use image::RgbImage;
use imageproc::contours::{BorderType, find_contours};
use imageproc::geometry::min_area_rect;
use imageproc::point::Point;
use rten::Model;
use rten_tensor::NdTensor;
use rten_tensor::prelude::*;

use super::OcrError;
use crate::geometry::Quad;
use crate::resample::resized;

/// Pixels above this probability are text.
const PIXEL_THRESHOLD: f32 = 0.3;
/// Blobs whose mean probability is lower are dropped.
const BOX_THRESHOLD: f32 = 0.5;
/// How far the shrunk region is grown back (PP-OCR's `unclip_ratio`).
const UNCLIP_RATIO: f32 = 1.6;
/// ImageNet statistics in the model's BGR channel order.
const MEAN: [f32; 3] = [0.485, 0.456, 0.406];
const STD: [f32; 3] = [0.229, 0.224, 0.225];

/// A detected line and the detector's confidence in it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextBox {
    pub quad: Quad,
    pub score: f32,
}

/// Detects text lines in `image`, run at most `max_side` pixels on its longer side. Quads are in
/// `image` coordinates, reading left to right along their longer side.
pub fn detect(model: &Model, image: &RgbImage, max_side: u32) -> Result<Vec<TextBox>, OcrError> {
    let (width, height) = image.dimensions();
    if width < 8 || height < 8 {
        return Ok(Vec::new());
    }
    let scale = (max_side as f32 / width.max(height) as f32).min(1.0);
    let round32 = |v: u32| ((v as f32 * scale / 32.0).round() as u32).max(1) * 32;
    let (w, h) = (round32(width), round32(height));
    let small = resized(image, w, h);
    let input = NdTensor::from_fn([1, 3, h as usize, w as usize], |[_, c, y, x]| {
        let pixel = small.get_pixel(x as u32, y as u32).0;
        let bgr = pixel[2 - c];
        (f32::from(bgr) / 255.0 - MEAN[c]) / STD[c]
    });
    let output = model.run_one(input.view().into(), None)?;
    let map: NdTensor<f32, 4> = output.try_into().map_err(|_| OcrError::UnexpectedOutput)?;
    if map.shape() != [1, 1, h as usize, w as usize] {
        return Err(OcrError::UnexpectedOutput);
    }
    let map = map.slice((0, 0));
    let mask = image::GrayImage::from_fn(w, h, |x, y| {
        image::Luma([if map[[y as usize, x as usize]] > PIXEL_THRESHOLD {
            255
        } else {
            0
        }])
    });
    let (sx, sy) = (width as f32 / w as f32, height as f32 / h as f32);
    let mut boxes = Vec::new();
    for contour in find_contours::<i32>(&mask) {
        if contour.border_type != BorderType::Outer || contour.points.len() < 4 {
            continue;
        }
        let score = mean_inside(&map, &contour.points);
        if score < BOX_THRESHOLD {
            continue;
        }
        let quad = reading_order(min_area_rect(&contour.points));
        let (long, short) = (quad.width(), quad.height());
        if short < 2.0 || long < 4.0 {
            continue;
        }
        // Grow by area × ratio / perimeter on every side, as PP-OCR's unclip does.
        let grow = long * short * UNCLIP_RATIO / (2.0 * (long + short));
        let quad = quad.expanded(grow, grow).map(|(x, y)| (x * sx, y * sy));
        boxes.push(TextBox { quad, score });
    }
    Ok(boxes)
}

/// Mean probability over the blob's bounding box pixels that are above the threshold.
fn mean_inside(map: &rten_tensor::NdTensorView<'_, f32, 2>, points: &[Point<i32>]) -> f32 {
    let [h, w] = map.shape();
    let (mut x0, mut y0, mut x1, mut y1) = (i32::MAX, i32::MAX, i32::MIN, i32::MIN);
    for p in points {
        x0 = x0.min(p.x);
        y0 = y0.min(p.y);
        x1 = x1.max(p.x);
        y1 = y1.max(p.y);
    }
    let clamp = |v: i32, max: usize| {
        usize::try_from(v.max(0))
            .unwrap_or(0)
            .min(max.saturating_sub(1))
    };
    let (mut sum, mut count) = (0.0, 0u32);
    for y in clamp(y0, h)..=clamp(y1, h) {
        for x in clamp(x0, w)..=clamp(x1, w) {
            let p = map[[y, x]];
            if p > PIXEL_THRESHOLD {
                sum += p;
                count += 1;
            }
        }
    }
    if count == 0 { 0.0 } else { sum / count as f32 }
}

/// Orders a rectangle's corners so the top edge is a long side, read left to right (for a
/// vertical line, top to bottom); which way up the text is gets decided later by reading it.
fn reading_order(corners: [Point<i32>; 4]) -> Quad {
    let p = corners.map(|c| (c.x as f32, c.y as f32));
    let d = |a: (f32, f32), b: (f32, f32)| (a.0 - b.0).hypot(a.1 - b.1);
    // Start on a long edge.
    let start = if d(p[0], p[1]) >= d(p[1], p[2]) { 0 } else { 1 };
    let mut quad = Quad {
        points: [
            p[start],
            p[(start + 1) % 4],
            p[(start + 2) % 4],
            p[(start + 3) % 4],
        ],
    };
    let [tl, tr, _, _] = quad.points;
    let (dx, dy) = (tr.0 - tl.0, tr.1 - tl.1);
    // Point the top edge rightwards (or downwards when vertical).
    if dx < 0.0 || (dx.abs() < 1e-3 && dy < 0.0) {
        quad = quad.rotated_180();
    }
    // The bottom edge must be below the top one when reading rightwards.
    let [tl, tr, _, bl] = quad.points;
    let cross = (tr.0 - tl.0) * (bl.1 - tl.1) - (tr.1 - tl.1) * (bl.0 - tl.0);
    if cross < 0.0 {
        let [tl, tr, br, bl] = quad.points;
        quad = Quad {
            points: [bl, br, tr, tl],
        };
    }
    quad
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corners_are_put_in_reading_order() {
        let pt = |x, y| Point::new(x, y);
        // Any starting corner and winding gives the same quad.
        let expected = Quad {
            points: [(0.0, 0.0), (10.0, 0.0), (10.0, 2.0), (0.0, 2.0)],
        };
        for corners in [
            [pt(0, 0), pt(10, 0), pt(10, 2), pt(0, 2)],
            [pt(10, 2), pt(0, 2), pt(0, 0), pt(10, 0)],
            [pt(0, 2), pt(10, 2), pt(10, 0), pt(0, 0)],
            [pt(10, 0), pt(10, 2), pt(0, 2), pt(0, 0)],
        ] {
            assert_eq!(reading_order(corners), expected, "{corners:?}");
        }
    }
}
