//! Small generated chip images: bilevel TIFF with CCITT Group 4 (MMR) compression, as on the
//! card, rendered with a built-in 5×7 bitmap font; and synthetic JPEG 2000 face photos.

use fax::encoder::Encoder;
use fax::{Color, VecWriter};

/// A bilevel canvas (true = black).
pub struct Bitmap {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    pixels: Vec<bool>,
}

impl Bitmap {
    /// A white canvas.
    pub fn new(width: u32, height: u32) -> Self {
        Self {
            width,
            height,
            pixels: vec![false; (width * height) as usize],
        }
    }

    /// Pixel at (x, y); outside is white.
    pub fn get(&self, x: u32, y: u32) -> bool {
        x < self.width && y < self.height && self.pixels[(y * self.width + x) as usize]
    }

    fn set(&mut self, x: u32, y: u32) {
        if x < self.width && y < self.height {
            self.pixels[(y * self.width + x) as usize] = true;
        }
    }

    /// Fills a rectangle outline.
    pub fn frame(&mut self, x0: u32, y0: u32, x1: u32, y1: u32) {
        for x in x0..=x1 {
            self.set(x, y0);
            self.set(x, y1);
        }
        for y in y0..=y1 {
            self.set(x0, y);
            self.set(x1, y);
        }
    }

    /// Draws ASCII text (upper-cased; unknown characters as boxes) at `scale`.
    pub fn text(&mut self, x: u32, y: u32, scale: u32, text: &str) {
        let mut cx = x;
        for c in text.chars() {
            let glyph = glyph(c.to_ascii_uppercase());
            for (row, bits) in glyph.iter().enumerate() {
                for col in 0..5u32 {
                    if bits & (0x10 >> col) != 0 {
                        for dy in 0..scale {
                            for dx in 0..scale {
                                self.set(cx + col * scale + dx, y + row as u32 * scale + dy);
                            }
                        }
                    }
                }
            }
            cx += 6 * scale;
        }
    }

    /// Encodes as CCITT G4 (T.6) and wraps it in a TIFF (Compression = 4).
    pub fn to_tiff_g4(&self) -> Vec<u8> {
        let mut encoder = Encoder::new(VecWriter::new());
        for y in 0..self.height {
            let line = (0..self.width).map(|x| {
                if self.get(x, y) {
                    Color::Black
                } else {
                    Color::White
                }
            });
            // VecWriter never fails.
            let _ = encoder.encode_line(line, self.width);
        }
        let data = match encoder.finish() {
            Ok(writer) => writer.finish(),
            Err(never) => match never {},
        };
        fax::tiff::wrap(&data, self.width, self.height)
    }
}

/// 5×7 glyphs, one byte per row, bit 4 = leftmost column.
fn glyph(c: char) -> [u8; 7] {
    match c {
        ' ' => [0; 7],
        '0' => [0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E],
        '1' => [0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E],
        '2' => [0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F],
        '3' => [0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E],
        '4' => [0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02],
        '5' => [0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E],
        '6' => [0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E],
        '7' => [0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08],
        '8' => [0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E],
        '9' => [0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C],
        'A' => [0x0E, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11],
        'B' => [0x1E, 0x11, 0x11, 0x1E, 0x11, 0x11, 0x1E],
        'C' => [0x0E, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0E],
        'D' => [0x1C, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1C],
        'E' => [0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x1F],
        'F' => [0x1F, 0x10, 0x10, 0x1E, 0x10, 0x10, 0x10],
        'G' => [0x0E, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0F],
        'H' => [0x11, 0x11, 0x11, 0x1F, 0x11, 0x11, 0x11],
        'I' => [0x0E, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0E],
        'J' => [0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0C],
        'K' => [0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11],
        'L' => [0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1F],
        'M' => [0x11, 0x1B, 0x15, 0x15, 0x11, 0x11, 0x11],
        'N' => [0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11],
        'O' => [0x0E, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E],
        'P' => [0x1E, 0x11, 0x11, 0x1E, 0x10, 0x10, 0x10],
        'Q' => [0x0E, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0D],
        'R' => [0x1E, 0x11, 0x11, 0x1E, 0x14, 0x12, 0x11],
        'S' => [0x0F, 0x10, 0x10, 0x0E, 0x01, 0x01, 0x1E],
        'T' => [0x1F, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04],
        'U' => [0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0E],
        'V' => [0x11, 0x11, 0x11, 0x11, 0x11, 0x0A, 0x04],
        'W' => [0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0A],
        'X' => [0x11, 0x11, 0x0A, 0x04, 0x0A, 0x11, 0x11],
        'Y' => [0x11, 0x11, 0x11, 0x0A, 0x04, 0x04, 0x04],
        'Z' => [0x1F, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1F],
        '-' => [0, 0, 0, 0x1F, 0, 0, 0],
        '.' => [0, 0, 0, 0, 0, 0x0C, 0x0C],
        ',' => [0, 0, 0, 0, 0x0C, 0x04, 0x08],
        ':' => [0, 0x0C, 0x0C, 0, 0x0C, 0x0C, 0],
        '/' => [0x01, 0x01, 0x02, 0x04, 0x08, 0x10, 0x10],
        _ => [0x1F, 0x11, 0x11, 0x11, 0x11, 0x11, 0x1F],
    }
}

/// Error when an image does not fit its data object.
#[derive(Debug, thiserror::Error)]
#[error("generated image of {0} bytes does not fit")]
pub struct TooLarge(pub usize);

/// The 1st generation front image (券面（表）イメージ): the card face without pre-printed parts
/// and photo, here a 640×404 bitmap with the name, card number and a few entries.
pub fn front_image_tiff(name: &str, card_number: &str) -> Result<Vec<u8>, TooLarge> {
    let mut b = Bitmap::new(640, 404);
    b.frame(0, 0, 639, 403);
    b.text(16, 16, 3, name);
    b.text(400, 60, 2, card_number);
    b.text(16, 90, 2, "1995.07.04 F VIET NAM");
    b.text(16, 130, 2, "TOKYO CHIYODA KASUMIGASEKI 1-1-1");
    b.text(16, 170, 2, "STUDENT  2028.06.15");
    b.text(16, 210, 2, "WORK NOT PERMITTED");
    b.text(16, 360, 2, "SIMULATED CARD - TEST ONLY");
    let tiff = b.to_tiff_g4();
    if tiff.len() > 7000 {
        Err(TooLarge(tiff.len()))
    } else {
        Ok(tiff)
    }
}

/// The 2nd generation name image (D0, at most 2500 bytes).
pub fn name_image_tiff(name: &str) -> Result<Vec<u8>, TooLarge> {
    let mut b = Bitmap::new(480, 48);
    b.text(8, 8, 4, name);
    let tiff = b.to_tiff_g4();
    if tiff.len() > 2500 {
        Err(TooLarge(tiff.len()))
    } else {
        Ok(tiff)
    }
}

/// The 2nd generation address image (DFD1, at most 2500 bytes).
pub fn address_image_tiff(address: &str) -> Result<Vec<u8>, TooLarge> {
    let ascii: String = if address.is_ascii() {
        address.to_owned()
    } else {
        "TOKYO CHIYODA 1-1-1".to_owned()
    };
    let mut b = Bitmap::new(600, 40);
    b.text(8, 8, 3, &ascii);
    let tiff = b.to_tiff_g4();
    if tiff.len() > 2500 {
        Err(TooLarge(tiff.len()))
    } else {
        Ok(tiff)
    }
}

/// Face photo stand-ins: synthetic portraits (no real person) as JPEG 2000 codestreams, made by
/// `assets/make_faces.py`.
const FACES: [&[u8]; 2] = [
    include_bytes!("../assets/face-a.j2k"),
    include_bytes!("../assets/face-b.j2k"),
];

/// The face photo (D1) for a card: one of the synthetic portraits, chosen by `seed`.
pub fn face_image_j2k(seed: &str) -> Vec<u8> {
    let h = seed.bytes().fold(0x811C_9DC5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    FACES[(h % 2) as usize].to_vec()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn g4_tiff_roundtrips_through_the_decoder() {
        let mut b = Bitmap::new(120, 20);
        b.text(2, 2, 2, "AB12");
        let tiff = b.to_tiff_g4();
        assert!(tiff.starts_with(b"II*\0"));
        // Data starts after the header fax::tiff::wrap writes; decode it and compare pixels.
        let header = 8 + 2 + 12 * 11 + 4 + 16;
        let mut rows = Vec::new();
        fax::decoder::decode_g4(
            tiff[header..].iter().copied(),
            120,
            Some(20),
            |transitions| {
                let mut row = vec![false; 120];
                let mut color = false;
                let mut start = 0usize;
                for &t in transitions {
                    for p in row.iter_mut().take(t as usize).skip(start) {
                        *p = color;
                    }
                    start = t as usize;
                    color = !color;
                }
                for p in row.iter_mut().skip(start) {
                    *p = color;
                }
                rows.push(row);
            },
        )
        .unwrap();
        assert_eq!(rows.len(), 20);
        for (y, row) in rows.iter().enumerate() {
            for (x, &p) in row.iter().enumerate() {
                assert_eq!(p, b.get(x as u32, y as u32), "pixel {x},{y}");
            }
        }
    }

    #[test]
    fn chip_images_fit_their_data_objects() {
        assert!(
            front_image_tiff("NGUYEN VAN A", "AB12345678CD")
                .unwrap()
                .len()
                <= 7000
        );
        assert!(name_image_tiff("NGUYEN VAN A").unwrap().len() <= 2500);
        assert!(address_image_tiff("東京都").unwrap().len() <= 2500);
        for seed in ["x", "y", "AB12345678CD"] {
            let face = face_image_j2k(seed);
            assert!(face.len() <= 3000 && face.starts_with(&[0xFF, 0x4F, 0xFF, 0x51]));
        }
        assert_ne!(FACES[0], FACES[1]);
    }
}
