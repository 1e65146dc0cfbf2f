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
