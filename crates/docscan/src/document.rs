//! Finding the document in a photo, straightening it, and measuring glare.

use image::imageops::grayscale;
use image::{GrayImage, Rgb, RgbImage};
use imageproc::contours::{BorderType, find_contours};
use imageproc::distance_transform::Norm;
use imageproc::edges::canny;
use imageproc::filter::gaussian_blur_f32;
use imageproc::geometric_transformations::{Border, Interpolation, Projection, warp_into};
use imageproc::geometry::{approximate_polygon_dp, convex_hull};
use imageproc::morphology::dilate;
use imageproc::point::Point;

use crate::geometry::{Quad, lerp};
use crate::resample::resized;

/// Side of the copy edges are searched in: large enough for a card filling a fifth of the photo.
const SEARCH_SIDE: u32 = 480;

/// ID-1 cards (85.6 × 54 mm).
pub const CARD_ASPECT: f32 = 85.6 / 54.0;

/// The document's corners in `image`, reading order with the long side on top, if a convex
/// four-sided outline of roughly `aspect` (width / height) covers at least a sixth of the photo.
pub fn find_document(image: &RgbImage, aspect: f32) -> Option<Quad> {
    let (width, height) = image.dimensions();
    let scale = (SEARCH_SIDE as f32 / width.max(height) as f32).min(1.0);
    let (w, h) = (
        ((width as f32 * scale) as u32).max(8),
        ((height as f32 * scale) as u32).max(8),
    );
    let small = grayscale(&resized(image, w, h));
    let edges = dilate(
        &canny(&gaussian_blur_f32(&small, 1.2), 20.0, 50.0),
        Norm::LInf,
        1,
    );
    let min_area = (w * h) as f32 / 6.0;
    let quad = largest_outline(&edges, aspect, min_area)?;
    let quad = quad.map(|(x, y)| (x / scale, y / scale));
    // Long side on top; whether it is upside down is decided by reading it.
    Some(if quad.height() > quad.width() {
        quad.rotated_90()
    } else {
        quad
    })
}

/// The largest convex four-sided outline of roughly `aspect` and at least `min_area` among
/// the edges' contours.
fn largest_outline(edges: &GrayImage, aspect: f32, min_area: f32) -> Option<Quad> {
    let mut best: Option<(f32, Quad)> = None;
    for contour in find_contours::<i32>(edges) {
        if contour.border_type != BorderType::Outer || contour.points.len() < 20 {
            continue;
        }
        let hull = convex_hull(contour.points);
        let perimeter: f32 = hull
            .iter()
            .zip(hull.iter().cycle().skip(1))
            .map(|(a, b)| ((a.x - b.x) as f32).hypot((a.y - b.y) as f32))
            .sum();
        let polygon = simplified_outline(&hull, f64::from(perimeter) * 0.03);
        let Some(polygon) = four_corners(polygon) else {
            continue;
        };
        let quad = corners_in_order(&polygon);
        let area = polygon_area(&quad);
        let (long, short) = (
            quad.width().max(quad.height()),
            quad.width().min(quad.height()).max(1.0),
        );
        let ratio = long / short;
        if area < min_area
            || ratio < aspect * 0.7
            || ratio > aspect * 1.4
            || !corners_look_square(&quad)
        {
            continue;
        }
        if best.as_ref().is_none_or(|(a, _)| area > *a) {
            best = Some((area, quad));
        }
    }
    best.map(|(_, quad)| quad)
}

/// The convex hull simplified to its corners: two open paths between the hull's two points
/// farthest apart (corners of any outline), each simplified on its own. Simplifying the hull
/// as one closed path keeps its first point, wherever on an edge that falls, and never tests
/// the edge from its last point back to the first.
fn simplified_outline(hull: &[Point<i32>], tolerance: f64) -> Vec<Point<i32>> {
    let n = hull.len();
    if n < 4 {
        return hull.to_vec();
    }
    let apart = |(i, j): &(usize, usize)| {
        let (a, b) = (hull[*i], hull[*j]);
        ((a.x - b.x) as f32).hypot((a.y - b.y) as f32)
    };
    let Some((a, b)) = (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .max_by(|p, q| apart(p).total_cmp(&apart(q)))
    else {
        return hull.to_vec();
    };
    let there: Vec<Point<i32>> = hull[a..=b].to_vec();
    let back: Vec<Point<i32>> = hull[b..].iter().chain(&hull[..=a]).copied().collect();
    let mut outline = approximate_polygon_dp(&there, tolerance, false);
    outline.pop();
    outline.extend(approximate_polygon_dp(&back, tolerance, false));
    outline.pop();
    outline
}

/// Most corners an outline may have and still be a card whose corners were cut: a corner
/// lost to glare or to a low-contrast background leaves a short edge across it.
const MAX_CUT_CORNERS: usize = 2;

/// Longest a cut corner's edge may be, against the mean of the two edges beside it.
const MAX_CUT_SHARE: f32 = 0.35;
/// Least turn (degrees) at each end of a cut corner's edge: a cut across a right angle turns
/// about 45° at each.
const MIN_CUT_TURN: f32 = 20.0;

/// How far (degrees, 0–180) the path `a → b → c` turns at `b`.
fn turn(a: Point<i32>, b: Point<i32>, c: Point<i32>) -> f32 {
    let u = ((b.x - a.x) as f32, (b.y - a.y) as f32);
    let v = ((c.x - b.x) as f32, (c.y - b.y) as f32);
    angle_between(u, v).unwrap_or(0.0)
}

/// The outline as four corners: as found, or with each cut corner (its shortest edge) put
/// back where the two edges beside it meet.
fn four_corners(mut polygon: Vec<Point<i32>>) -> Option<Vec<Point<i32>>> {
    if !(4..=4 + MAX_CUT_CORNERS).contains(&polygon.len()) {
        return None;
    }
    while polygon.len() > 4 {
        let n = polygon.len();
        let length = |i: usize| {
            let (a, b) = (polygon[i], polygon[(i + 1) % n]);
            ((a.x - b.x) as f32).hypot((a.y - b.y) as f32)
        };
        let shortest = (0..n).min_by(|&i, &j| length(i).total_cmp(&length(j)))?;
        let cut = length(shortest);
        // A cut corner's edge is short beside the edges it joins.
        let beside = (length((shortest + n - 1) % n) + length((shortest + 1) % n)) / 2.0;
        if cut > MAX_CUT_SHARE * beside {
            return None;
        }
        let at = |i: usize| polygon[i % n];
        // A cut turns away from both edges it joins; a vertex on a straight edge (an outline
        // along the photo's border, a margin printed on the card) does not.
        let (before, from, to, after) = (
            at(shortest + n - 1),
            at(shortest),
            at(shortest + 1),
            at(shortest + 2),
        );
        if turn(before, from, to) < MIN_CUT_TURN || turn(from, to, after) < MIN_CUT_TURN {
            return None;
        }
        let corner = meeting_point((before, from), (to, after))?;
        polygon[shortest] = corner;
        polygon.remove((shortest + 1) % n);
    }
    Some(polygon)
}

/// Where the lines through the two segments meet (`None` when they are nearly parallel).
fn meeting_point(
    (a, b): (Point<i32>, Point<i32>),
    (c, d): (Point<i32>, Point<i32>),
) -> Option<Point<i32>> {
    let (r, s) = (
        ((b.x - a.x) as f32, (b.y - a.y) as f32),
        ((d.x - c.x) as f32, (d.y - c.y) as f32),
    );
    let cross = r.0 * s.1 - r.1 * s.0;
    if cross.abs() < 1e-3 * r.0.hypot(r.1) * s.0.hypot(s.1) {
        return None;
    }
    let t = ((c.x - a.x) as f32 * s.1 - (c.y - a.y) as f32 * s.0) / cross;
    Some(Point::new(
        (a.x as f32 + t * r.0).round() as i32,
        (a.y as f32 + t * r.1).round() as i32,
    ))
}

/// Smallest and largest corner angle (degrees) of a card photographed at an angle: a quad
/// with a sharper corner is an outline that lost a corner (an edge broken by the background
/// cut across the card), and straightening it gives a warped piece of the photo.
const MIN_CORNER_ANGLE: f32 = 55.0;
const MAX_CORNER_ANGLE: f32 = 125.0;

/// Whether every corner of `quad` is within [MIN_CORNER_ANGLE, MAX_CORNER_ANGLE].
fn corners_look_square(quad: &Quad) -> bool {
    let p = quad.points;
    (0..4).all(|i| {
        let (prev, here, next) = (p[(i + 3) % 4], p[i], p[(i + 1) % 4]);
        let a = (prev.0 - here.0, prev.1 - here.1);
        let b = (next.0 - here.0, next.1 - here.1);
        angle_between(a, b)
            .is_some_and(|angle| (MIN_CORNER_ANGLE..=MAX_CORNER_ANGLE).contains(&angle))
    })
}

/// The angle (degrees, 0–180) between two vectors; `None` when one has no length.
fn angle_between(u: (f32, f32), v: (f32, f32)) -> Option<f32> {
    let lengths = u.0.hypot(u.1) * v.0.hypot(v.1);
    if lengths <= f32::EPSILON {
        return None;
    }
    let cos = ((u.0 * v.0 + u.1 * v.1) / lengths).clamp(-1.0, 1.0);
    Some(cos.acos().to_degrees())
}

fn polygon_area(quad: &Quad) -> f32 {
    let p = quad.points;
    let twice: f32 = (0..4)
        .map(|i| p[i].0 * p[(i + 1) % 4].1 - p[(i + 1) % 4].0 * p[i].1)
        .sum();
    twice.abs() / 2.0
}

/// Top-left (smallest x + y) first, then clockwise.
fn corners_in_order(points: &[Point<i32>]) -> Quad {
    let p: Vec<(f32, f32)> = points.iter().map(|p| (p.x as f32, p.y as f32)).collect();
    let (cx, cy) = p
        .iter()
        .fold((0.0, 0.0), |a, q| (a.0 + q.0 / 4.0, a.1 + q.1 / 4.0));
    let mut sorted = p.clone();
    // Clockwise in image coordinates (y down) = increasing angle.
    sorted.sort_by(|a, b| {
        (a.1 - cy)
            .atan2(a.0 - cx)
            .total_cmp(&(b.1 - cy).atan2(b.0 - cx))
    });
    let start = (0..4)
        .min_by(|&i, &j| (sorted[i].0 + sorted[i].1).total_cmp(&(sorted[j].0 + sorted[j].1)))
        .unwrap_or(0);
    Quad {
        points: [0, 1, 2, 3].map(|k| sorted[(start + k) % 4]),
    }
}

/// The quad's content as an upright `width` × `height` image.
pub fn straighten(image: &RgbImage, quad: &Quad, width: u32, height: u32) -> Option<RgbImage> {
    let (w, h) = (width as f32, height as f32);
    let projection =
        Projection::from_control_points(quad.points, [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)])?;
    let mut out = RgbImage::new(width, height);
    warp_into(
        image,
        projection,
        Interpolation::Bilinear,
        Border::Constant(Rgb([255, 255, 255])),
        &mut out,
    );
    Some(out)
}

/// A channel value at or above this is blown out to white.
pub const BLOWN: u8 = 250;

/// Whether every channel of `pixel` is blown out ([`BLOWN`]): specular glare washes text out.
fn blown_out(pixel: &Rgb<u8>) -> bool {
    pixel.0.iter().all(|&c| c >= BLOWN)
}

/// Share of pixels blown out to white ([`blown_out`]).
pub fn glare_fraction(image: &RgbImage) -> f32 {
    let total = image.pixels().len().max(1);
    let blown = image.pixels().filter(|p| blown_out(p)).count();
    blown as f32 / total as f32
}

/// A cell is under glare when at least this share of it is blown out: what was printed there
/// is gone, and what the recogniser read there (filler, mostly) says nothing of it.
const GLARED_CELL_SHARE: f32 = 0.5;
/// Points sampled in each cell: along the line, and across it (its middle 80 %, clear of the
/// detector's margin).
const CELL_SAMPLES_ALONG: usize = 5;
const CELL_SAMPLES_ACROSS: usize = 5;

/// For each of the `cells` equal cells a fixed-pitch `line` (corners in reading order) is cut
/// into, whether it lies under glare ([`GLARED_CELL_SHARE`] of it blown out).
pub fn glared_cells(image: &RgbImage, line: &Quad, cells: usize) -> Vec<bool> {
    let [top_left, top_right, bottom_right, bottom_left] = line.points;
    let blown_at = |(x, y): (f32, f32)| {
        let (x, y) = (x.floor(), y.floor());
        let inside = x >= 0.0 && y >= 0.0 && x < image.width() as f32 && y < image.height() as f32;
        inside && blown_out(image.get_pixel(x as u32, y as u32))
    };
    (0..cells)
        .map(|cell| {
            let mut blown = 0;
            for i in 0..CELL_SAMPLES_ALONG {
                let along =
                    (cell as f32 + (i as f32 + 0.5) / CELL_SAMPLES_ALONG as f32) / cells as f32;
                let top = lerp(top_left, top_right, along);
                let bottom = lerp(bottom_left, bottom_right, along);
                for j in 0..CELL_SAMPLES_ACROSS {
                    let across = 0.1 + 0.8 * j as f32 / (CELL_SAMPLES_ACROSS - 1) as f32;
                    blown += usize::from(blown_at(lerp(top, bottom, across)));
                }
            }
            let samples = (CELL_SAMPLES_ALONG * CELL_SAMPLES_ACROSS) as f32;
            blown as f32 / samples >= GLARED_CELL_SHARE
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Rgb;
    use imageproc::drawing::draw_polygon_mut;

    #[test]
    fn cells_under_a_blown_out_spot_are_glared() {
        // A 10-cell line from x = 100 to 300 (cells 20 px wide), a white spot over x 160–219.
        let mut photo = RgbImage::from_pixel(400, 100, Rgb([200, 200, 190]));
        for x in 160..220 {
            for y in 0..100 {
                photo.put_pixel(x, y, Rgb([255, 255, 255]));
            }
        }
        let line = Quad::from_rect(&crate::geometry::Rect::new(100.0, 40.0, 300.0, 60.0));
        let glared = glared_cells(&photo, &line, 10);
        let expected: Vec<bool> = (0..10).map(|i| (3..6).contains(&i)).collect();
        assert_eq!(glared, expected);
        // Read upside down, the same spot covers the mirrored cells.
        let flipped = glared_cells(&photo, &line.rotated_180(), 10);
        let mirrored: Vec<bool> = (0..10).map(|i| (4..7).contains(&i)).collect();
        assert_eq!(flipped, mirrored);
        // A line partly outside the photo is not glared there.
        let off = Quad::from_rect(&crate::geometry::Rect::new(380.0, 40.0, 480.0, 60.0));
        assert_eq!(glared_cells(&photo, &off, 5), vec![false; 5]);
        // Half a cell blown out is glare; under half is not.
        let half = glared_cells(
            &photo,
            &Quad::from_rect(&crate::geometry::Rect::new(150.0, 40.0, 170.0, 60.0)),
            1,
        );
        assert_eq!(half, vec![true]);
        let less = glared_cells(
            &photo,
            &Quad::from_rect(&crate::geometry::Rect::new(148.0, 40.0, 168.0, 60.0)),
            1,
        );
        assert_eq!(less, vec![false]);
    }

    #[test]
    fn finds_a_tilted_card_on_a_dark_table() {
        let mut photo = RgbImage::from_pixel(800, 600, Rgb([40, 50, 45]));
        let corners = [
            Point::new(150, 120),
            Point::new(640, 160),
            Point::new(610, 470),
            Point::new(120, 430),
        ];
        draw_polygon_mut(&mut photo, &corners, Rgb([230, 235, 240]));
        let quad = find_document(&photo, CARD_ASPECT).unwrap_or_else(|| panic!("no card found"));
        for (found, expected) in quad.points.iter().zip(corners) {
            let d = (found.0 - expected.x as f32).hypot(found.1 - expected.y as f32);
            assert!(d < 12.0, "{quad:?}");
        }
        let card = straighten(&photo, &quad, 400, 252).unwrap_or_default();
        assert_eq!(card.dimensions(), (400, 252));
        // The middle of the straightened card is card, not table.
        assert!(card.get_pixel(200, 126).0[0] > 200);
    }

    #[test]
    fn an_outline_that_lost_a_corner_is_no_card() {
        let quad = |points: [(f32, f32); 4]| Quad { points };
        // A card at an angle (a generated photo's corners), and a flat one.
        assert!(corners_look_square(&quad([
            (72.0, 349.0),
            (1088.0, 336.0),
            (1024.0, 952.0),
            (64.0, 936.0)
        ])));
        assert!(corners_look_square(&Quad::from_rect(
            &crate::geometry::Rect::new(0.0, 0.0, 856.0, 540.0)
        )));
        // What was found on that photo: its top-left corner lost to a point of the top edge,
        // a 37° corner; straightened, it read as nothing.
        assert!(!corners_look_square(&quad([
            (909.0, 330.0),
            (1086.0, 333.0),
            (1008.0, 954.0),
            (63.0, 936.0)
        ])));
        assert!(!corners_look_square(&quad([(0.0, 0.0); 4])));
    }

    #[test]
    fn a_cut_corner_is_put_back_where_its_edges_meet() {
        let p = |x, y| Point::new(x, y);
        // A 100 × 60 rectangle with its top-right corner cut.
        let cut = vec![p(0, 0), p(90, 0), p(100, 10), p(100, 60), p(0, 60)];
        assert_eq!(
            four_corners(cut),
            Some(vec![p(0, 0), p(100, 0), p(100, 60), p(0, 60)])
        );
        // A vertex on a straight edge is no cut corner (an outline along the photo's border).
        let along = vec![p(0, 0), p(100, 0), p(100, 60), p(20, 61), p(0, 60)];
        assert_eq!(four_corners(along), None);
        // Nor is a long edge.
        let long = vec![p(0, 0), p(60, 0), p(100, 30), p(100, 60), p(0, 60)];
        assert_eq!(four_corners(long), None);
        // Too many corners, or too few, are not a card.
        assert_eq!(four_corners(vec![p(0, 0); 8]), None);
        assert_eq!(four_corners(vec![p(0, 0), p(1, 0), p(0, 1)]), None);
    }

    #[test]
    fn an_outline_is_simplified_to_its_corners_wherever_its_hull_starts() {
        let p = |x, y| Point::new(x, y);
        // A 100 × 60 outline whose hull starts halfway along the top edge and ends at the
        // top-left corner: simplified as one closed path, the start stayed and the corner went.
        let hull = vec![
            p(50, 0),
            p(100, 0),
            p(100, 30),
            p(100, 60),
            p(40, 60),
            p(0, 60),
            p(0, 30),
            p(0, 0),
        ];
        let mut corners = simplified_outline(&hull, 3.0);
        corners.sort_by_key(|c| (c.x, c.y));
        assert_eq!(corners, vec![p(0, 0), p(0, 60), p(100, 0), p(100, 60)]);
        assert_eq!(simplified_outline(&hull[..3], 3.0), hull[..3].to_vec());
    }

    #[test]
    fn no_document_in_a_blank_photo() {
        assert_eq!(
            find_document(
                &RgbImage::from_pixel(300, 200, Rgb([128, 128, 128])),
                CARD_ASPECT
            ),
            None
        );
    }

    #[test]
    fn glare_is_the_blown_out_share() {
        let mut image = RgbImage::from_pixel(10, 10, Rgb([200, 200, 200]));
        for x in 0..10 {
            image.put_pixel(x, 0, Rgb([255, 255, 255]));
        }
        assert!((glare_fraction(&image) - 0.1).abs() < 1e-6);
    }
}
