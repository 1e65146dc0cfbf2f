//! Axis-aligned rectangles, in whatever unit the caller uses (pixels or fractions of a card).

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Rect {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl Rect {
    pub fn new(x0: f32, y0: f32, x1: f32, y1: f32) -> Self {
        Rect { x0, y0, x1, y1 }
    }

    pub fn center(&self) -> (f32, f32) {
        ((self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0)
    }

    pub fn width(&self) -> f32 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f32 {
        self.y1 - self.y0
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        Rect::new(
            self.x0.min(other.x0),
            self.y0.min(other.y0),
            self.x1.max(other.x1),
            self.y1.max(other.y1),
        )
    }

    /// This rectangle as fractions of a `width` × `height` area.
    pub fn relative_to(&self, width: f32, height: f32) -> Rect {
        Rect::new(
            self.x0 / width,
            self.y0 / height,
            self.x1 / width,
            self.y1 / height,
        )
    }
}

/// Four corners in reading order: top-left, top-right, bottom-right, bottom-left of the text or
/// document as it should be read (which may be rotated in the image).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Quad {
    pub points: [(f32, f32); 4],
}

/// The point a share `t` of the way from `a` to `b`.
pub fn lerp(a: (f32, f32), b: (f32, f32), t: f32) -> (f32, f32) {
    (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
}

fn distance(a: (f32, f32), b: (f32, f32)) -> f32 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

impl Quad {
    pub fn from_rect(rect: &Rect) -> Quad {
        Quad {
            points: [
                (rect.x0, rect.y0),
                (rect.x1, rect.y0),
                (rect.x1, rect.y1),
                (rect.x0, rect.y1),
            ],
        }
    }

    /// Mean length of the top and bottom edges.
    pub fn width(&self) -> f32 {
        let [tl, tr, br, bl] = self.points;
        (distance(tl, tr) + distance(bl, br)) / 2.0
    }

    /// Mean length of the left and right edges.
    pub fn height(&self) -> f32 {
        let [tl, tr, br, bl] = self.points;
        (distance(tl, bl) + distance(tr, br)) / 2.0
    }

    /// Angle of the top edge in radians (0 = left to right, positive = clockwise in image
    /// coordinates).
    pub fn angle(&self) -> f32 {
        let [tl, tr, _, _] = self.points;
        (tr.1 - tl.1).atan2(tr.0 - tl.0)
    }

    /// The same quad read upside down.
    pub fn rotated_180(&self) -> Quad {
        let [tl, tr, br, bl] = self.points;
        Quad {
            points: [br, bl, tl, tr],
        }
    }

    /// The same quad with its reading direction turned a quarter clockwise (the old left edge
    /// becomes the top).
    pub fn rotated_90(&self) -> Quad {
        let [tl, tr, br, bl] = self.points;
        Quad {
            points: [bl, tl, tr, br],
        }
    }

    pub fn map(&self, f: impl Fn((f32, f32)) -> (f32, f32)) -> Quad {
        Quad {
            points: self.points.map(f),
        }
    }

    pub fn center(&self) -> (f32, f32) {
        let sum = self
            .points
            .iter()
            .fold((0.0, 0.0), |acc, p| (acc.0 + p.0, acc.1 + p.1));
        (sum.0 / 4.0, sum.1 / 4.0)
    }

    /// Axis-aligned bounds.
    pub fn bounds(&self) -> Rect {
        let xs = self.points.map(|p| p.0);
        let ys = self.points.map(|p| p.1);
        let min = |v: [f32; 4]| v.into_iter().fold(f32::INFINITY, f32::min);
        let max = |v: [f32; 4]| v.into_iter().fold(f32::NEG_INFINITY, f32::max);
        Rect::new(min(xs), min(ys), max(xs), max(ys))
    }

    /// The part of a fixed-pitch line of `of` cells from cell position `from` to `to`
    /// (fractions allowed: `-0.3` starts a third of a cell before the first).
    pub fn cells(&self, from: f32, to: f32, of: usize) -> Quad {
        let [tl, tr, br, bl] = self.points;
        let at = |a, b, cell: f32| lerp(a, b, cell / of.max(1) as f32);
        Quad {
            points: [
                at(tl, tr, from),
                at(tl, tr, to),
                at(bl, br, to),
                at(bl, br, from),
            ],
        }
    }

    /// Grown by `dx` along the reading direction and `dy` across it, on each side.
    pub fn expanded(&self, dx: f32, dy: f32) -> Quad {
        let [tl, tr, br, bl] = self.points;
        let unit = |a: (f32, f32), b: (f32, f32)| {
            let d = distance(a, b).max(1e-6);
            ((b.0 - a.0) / d, (b.1 - a.1) / d)
        };
        let along = unit(tl, tr);
        let across = unit(tl, bl);
        let shift = |p: (f32, f32), sa: f32, sc: f32| {
            (
                p.0 + along.0 * sa * dx + across.0 * sc * dy,
                p.1 + along.1 * sa * dx + across.1 * sc * dy,
            )
        };
        Quad {
            points: [
                shift(tl, -1.0, -1.0),
                shift(tr, 1.0, -1.0),
                shift(br, 1.0, 1.0),
                shift(bl, -1.0, 1.0),
            ],
        }
    }
}

/// A quad's extent in the frame of a text direction: `u` along the text, `v` across it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Extent {
    pub u0: f32,
    pub u1: f32,
    pub v0: f32,
    pub v1: f32,
}

impl Extent {
    pub fn of(quad: &Quad, angle: f32) -> Extent {
        let (ux, uy) = (angle.cos(), angle.sin());
        let us = quad.points.map(|p| p.0 * ux + p.1 * uy);
        let vs = quad.points.map(|p| -p.0 * uy + p.1 * ux);
        let min = |a: [f32; 4]| a.into_iter().fold(f32::INFINITY, f32::min);
        let max = |a: [f32; 4]| a.into_iter().fold(f32::NEG_INFINITY, f32::max);
        Extent {
            u0: min(us),
            u1: max(us),
            v0: min(vs),
            v1: max(vs),
        }
    }

    /// Back to image coordinates, reading along `angle`.
    pub fn quad(&self, angle: f32) -> Quad {
        let (ux, uy) = (angle.cos(), angle.sin());
        let point = |u: f32, v: f32| (u * ux - v * uy, u * uy + v * ux);
        Quad {
            points: [
                point(self.u0, self.v0),
                point(self.u1, self.v0),
                point(self.u1, self.v1),
                point(self.u0, self.v1),
            ],
        }
    }

    pub fn height(&self) -> f32 {
        self.v1 - self.v0
    }
}

/// Joins quads that lie on one text line (same direction, same baseline, a gap of at most
/// `max_gap` line heights): the detector splits a line at wide spaces and filler runs.
pub fn merge_collinear(quads: &[Quad], max_gap: f32) -> Vec<Quad> {
    let Some(reference) = quads.iter().max_by(|a, b| a.width().total_cmp(&b.width())) else {
        return Vec::new();
    };
    let angle = reference.angle();
    let mut spans: Vec<(Extent, Quad)> = quads.iter().map(|q| (Extent::of(q, angle), *q)).collect();
    spans.sort_by(|a, b| a.0.u0.total_cmp(&b.0.u0));
    let mut merged: Vec<(Extent, Vec<Quad>)> = Vec::new();
    for (e, quad) in spans {
        let same_direction =
            (quad.angle() - angle).abs() < 0.15 || quad.width() < quad.height() * 2.0;
        let target = merged.iter_mut().find(|(m, _)| {
            let overlap = e.v1.min(m.v1) - e.v0.max(m.v0);
            let line_height = e.height().max(m.height());
            same_direction && overlap > 0.5 * line_height && e.u0 - m.u1 < max_gap * line_height
        });
        match target {
            Some((m, parts)) => {
                m.u1 = m.u1.max(e.u1);
                m.v0 = m.v0.min(e.v0);
                m.v1 = m.v1.max(e.v1);
                parts.push(quad);
            }
            None => merged.push((e, vec![quad])),
        }
    }
    merged
        .into_iter()
        .map(|(e, parts)| {
            if parts.len() == 1 {
                parts[0]
            } else {
                e.quad(angle)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_of_one_line_merge() {
        let q = |x0, y0, x1, y1| Quad::from_rect(&Rect::new(x0, y0, x1, y1));
        let pieces = [
            q(0.0, 0.0, 100.0, 20.0),
            q(130.0, 1.0, 400.0, 21.0),
            q(0.0, 60.0, 300.0, 80.0),
            q(900.0, 0.0, 950.0, 20.0),
        ];
        let merged = merge_collinear(&pieces, 2.0);
        assert_eq!(merged.len(), 3);
        assert!(
            merged
                .iter()
                .any(|m| m.bounds() == Rect::new(0.0, 0.0, 400.0, 21.0)),
            "{merged:?}"
        );
    }

    #[test]
    fn quad_geometry() {
        let q = Quad::from_rect(&Rect::new(0.0, 0.0, 10.0, 2.0));
        assert_eq!(q.width(), 10.0);
        assert_eq!(q.height(), 2.0);
        assert_eq!(q.angle(), 0.0);
        assert_eq!(q.rotated_180().rotated_180(), q);
        assert_eq!(q.rotated_90().rotated_90(), q.rotated_180());
        assert!((q.rotated_180().angle().abs() - std::f32::consts::PI).abs() < 1e-6);
        assert_eq!(
            q.expanded(1.0, 1.0).bounds(),
            Rect::new(-1.0, -1.0, 11.0, 3.0)
        );
        assert_eq!(q.center(), (5.0, 1.0));
        // Cells 2 to 4.5 of a 10-cell line, and a third of a cell before the first.
        assert_eq!(
            q.cells(2.0, 4.5, 10).bounds(),
            Rect::new(2.0, 0.0, 4.5, 2.0)
        );
        assert_eq!(q.cells(-0.3, 1.0, 10).points[0], (-0.3, 0.0));
    }
}
