//! Decoding of the chip images: the front / name / address images (bilevel TIFF with CCITT Group 4
//! = MMR compression) and the face photo (JPEG 2000, JP2 file or raw codestream). Pure Rust, so it
//! runs in wasm32-unknown-unknown.

use serde::Serialize;

/// A decoded image: 8-bit samples, row-major, `channels` per pixel (1 = grey, 3 = RGB).
#[derive(Clone, PartialEq, Eq)]
pub struct Raster {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// 1 (grey) or 3 (RGB).
    pub channels: u8,
    /// `width × height × channels` samples.
    pub pixels: Vec<u8>,
}

impl std::fmt::Debug for Raster {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Raster")
            .field("width", &self.width)
            .field("height", &self.height)
            .field("channels", &self.channels)
            .finish()
    }
}

impl Raster {
    /// RGBA bytes for a canvas `ImageData`.
    pub fn to_rgba(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.pixels.len() / usize::from(self.channels.max(1)) * 4);
        match self.channels {
            1 => self.pixels.iter().for_each(|&g| out.extend([g, g, g, 255])),
            _ => self
                .pixels
                .chunks_exact(3)
                .for_each(|p| out.extend([p[0], p[1], p[2], 255])),
        }
        out
    }

    /// Overwrites the pixels with zeros (counter mode).
    pub fn wipe(&mut self) {
        self.pixels.iter_mut().for_each(|p| *p = 0);
        self.pixels.clear();
    }
}

/// Why an image could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum ImageError {
    /// Not a TIFF / JPEG 2000 file, or its structure is broken.
    #[error("malformed image: {0}")]
    Malformed(String),
    /// A valid file using a feature the card never uses.
    #[error("unsupported image: {0}")]
    Unsupported(String),
    /// Dimensions beyond any chip image (protects memory).
    #[error("image too large: {0}×{1}")]
    TooLarge(u32, u32),
}

/// No chip image is anywhere near this size.
const MAX_SIDE: u32 = 4096;
const MAX_PIXELS: u64 = 4 * 1024 * 1024;

fn check_size(width: u32, height: u32) -> Result<(), ImageError> {
    if width == 0 || height == 0 {
        return Err(ImageError::Malformed("zero-sized image".into()));
    }
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(ImageError::TooLarge(width, height));
    }
    Ok(())
}

fn malformed(what: &str) -> ImageError {
    ImageError::Malformed(what.to_owned())
}

struct Tiff<'a> {
    data: &'a [u8],
    little: bool,
}

impl Tiff<'_> {
    fn u16_at(&self, pos: usize) -> Option<u16> {
        let b: [u8; 2] = self.data.get(pos..pos.checked_add(2)?)?.try_into().ok()?;
        Some(if self.little {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        })
    }

    fn u32_at(&self, pos: usize) -> Option<u32> {
        let b: [u8; 4] = self.data.get(pos..pos.checked_add(4)?)?.try_into().ok()?;
        Some(if self.little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    }

    /// Values of an IFD entry of type SHORT or LONG.
    fn values(&self, entry: usize) -> Option<Vec<u32>> {
        let typ = self.u16_at(entry + 2)?;
        let count = usize::try_from(self.u32_at(entry + 4)?).ok()?;
        if count > 4096 {
            return None;
        }
        let size = match typ {
            3 => 2,
            4 => 4,
            _ => return None,
        };
        let start = if count * size <= 4 {
            entry + 8
        } else {
            usize::try_from(self.u32_at(entry + 8)?).ok()?
        };
        (0..count)
            .map(|i| {
                let pos = start.checked_add(i * size)?;
                if size == 2 {
                    self.u16_at(pos).map(u32::from)
                } else {
                    self.u32_at(pos)
                }
            })
            .collect()
    }
}

/// Decodes a bilevel TIFF with CCITT Group 4 compression into a grey raster (0 = black,
/// 255 = white).
pub fn decode_tiff_g4(data: &[u8]) -> Result<Raster, ImageError> {
    let little = match data.get(..4) {
        Some(b"II*\0") => true,
        Some(b"MM\0*") => false,
        _ => return Err(malformed("not a TIFF file")),
    };
    let tiff = Tiff { data, little };
    let ifd = usize::try_from(
        tiff.u32_at(4)
            .ok_or_else(|| malformed("truncated header"))?,
    )
    .map_err(|_| malformed("bad IFD offset"))?;
    let count = usize::from(tiff.u16_at(ifd).ok_or_else(|| malformed("truncated IFD"))?);
    let (mut width, mut height, mut compression, mut photometric, mut fill_order) =
        (None, None, 1, 0, 1);
    let (mut offsets, mut counts, mut rows_per_strip, mut t6_options) =
        (Vec::new(), Vec::new(), None, 0);
    for i in 0..count {
        let entry = ifd + 2 + 12 * i;
        let tag = tiff
            .u16_at(entry)
            .ok_or_else(|| malformed("truncated IFD entry"))?;
        let first = || {
            tiff.values(entry)
                .and_then(|v| v.first().copied())
                .ok_or_else(|| malformed("bad IFD entry"))
        };
        match tag {
            256 => width = Some(first()?),
            257 => height = Some(first()?),
            259 => compression = first()?,
            262 => photometric = first()?,
            266 => fill_order = first()?,
            273 => {
                offsets = tiff
                    .values(entry)
                    .ok_or_else(|| malformed("bad StripOffsets"))?
            }
            278 => rows_per_strip = Some(first()?),
            279 => {
                counts = tiff
                    .values(entry)
                    .ok_or_else(|| malformed("bad StripByteCounts"))?
            }
            293 => t6_options = first()?,
            _ => {}
        }
    }
    let (Some(width), Some(height)) = (width, height) else {
        return Err(malformed("image size missing"));
    };
    check_size(width, height)?;
    if compression != 4 {
        return Err(ImageError::Unsupported(format!(
            "TIFF compression {compression}, expected 4 (CCITT G4)"
        )));
    }
    if t6_options & 0x2 != 0 {
        return Err(ImageError::Unsupported("G4 uncompressed mode".into()));
    }
    if offsets.is_empty() || offsets.len() != counts.len() {
        return Err(malformed("strip tables missing or inconsistent"));
    }
    let rows_per_strip = rows_per_strip.unwrap_or(height).clamp(1, height);
    let mut pixels = Vec::with_capacity((width * height) as usize);
    for (&offset, &len) in offsets.iter().zip(&counts) {
        let remaining = height - (pixels.len() / width as usize) as u32;
        if remaining == 0 {
            break;
        }
        let strip_rows = rows_per_strip.min(remaining);
        let start = offset as usize;
        let strip = data
            .get(start..start.saturating_add(len as usize))
            .ok_or_else(|| malformed("strip outside the file"))?;
        let bytes = strip
            .iter()
            .map(|&b| if fill_order == 2 { b.reverse_bits() } else { b });
        let mut lines = 0u32;
        // Black (foreground) runs are 0 for WhiteIsZero (photometric 0), 255 for BlackIsZero.
        let (black, white) = if photometric == 1 { (255, 0) } else { (0, 255) };
        fax::decoder::decode_g4(bytes, width, Some(strip_rows), |transitions| {
            if lines < strip_rows {
                pixels.extend(
                    fax::decoder::pels(transitions, width)
                        .map(|c| if c == fax::Color::Black { black } else { white }),
                );
                lines += 1;
            }
        })
        .ok_or_else(|| malformed("corrupt G4 data"))?;
        // Encoders may omit trailing white lines.
        pixels.resize(
            pixels.len() + (strip_rows - lines) as usize * width as usize,
            white,
        );
    }
    pixels.resize((width * height) as usize, 255);
    Ok(Raster {
        width,
        height,
        channels: 1,
        pixels,
    })
}

/// Decodes a JPEG 2000 image (JP2 file or raw codestream) into RGB (or grey for a 1-component
/// image).
///
/// The decoder (`hayro-jpeg2000`) is memory-safe; as a second line of defence against a panic on
/// hostile data it runs under `catch_unwind`, which protects native builds and wasm builds
/// compiled with `panic = "unwind"`.
pub fn decode_jpeg2000(data: &[u8]) -> Result<Raster, ImageError> {
    std::panic::catch_unwind(|| decode_jpeg2000_inner(data))
        .unwrap_or_else(|_| Err(malformed("JPEG 2000 decoder failed")))
}

fn decode_jpeg2000_inner(data: &[u8]) -> Result<Raster, ImageError> {
    use hayro_jpeg2000::{ColorSpace, DecodeSettings, DecoderContext, Image};
    let image = Image::new(data, &DecodeSettings::default())
        .map_err(|e| ImageError::Malformed(format!("{e:?}")))?;
    let (width, height) = (image.width(), image.height());
    check_size(width, height)?;
    let channels = match image.color_space() {
        ColorSpace::Gray => 1u8,
        ColorSpace::RGB => 3,
        ColorSpace::Icc {
            num_channels: n @ (1 | 3),
            ..
        } => *n,
        other => return Err(ImageError::Unsupported(format!("colour space {other:?}"))),
    };
    let with_alpha = channels + u8::from(image.has_alpha());
    let mut ctx = DecoderContext::default();
    let decoded = image
        .decode(&mut ctx)
        .map_err(|e| ImageError::Malformed(format!("{e:?}")))?;
    let samples = decoded.data_u8();
    let expected = width as usize * height as usize * usize::from(with_alpha);
    if samples.len() != expected {
        return Err(malformed(
            "decoded sample count does not match the image size",
        ));
    }
    let pixels = if with_alpha == channels {
        samples
    } else {
        samples
            .chunks_exact(usize::from(with_alpha))
            .flat_map(|p| p[..usize::from(channels)].to_vec())
            .collect()
    };
    Ok(Raster {
        width,
        height,
        channels,
        pixels,
    })
}

/// Decodes a chip image by its container.
pub fn decode(image: &crate::contents::Image) -> Result<Raster, ImageError> {
    use crate::contents::ImageFormat;
    match image.format {
        ImageFormat::Tiff => decode_tiff_g4(&image.bytes),
        ImageFormat::Jp2 | ImageFormat::J2k => decode_jpeg2000(&image.bytes),
        ImageFormat::Unknown => Err(malformed("unknown image format")),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// A 16×2 G4 TIFF made by hand: row 0 white, row 1 black 4..12.
    fn tiny_tiff(photometric: u16) -> Vec<u8> {
        let mut enc = fax::encoder::Encoder::new(fax::VecWriter::new());
        let rows = [[false; 16], std::array::from_fn(|x| (4..12).contains(&x))];
        for row in rows {
            enc.encode_line(
                row.iter().map(|&b| {
                    if b {
                        fax::Color::Black
                    } else {
                        fax::Color::White
                    }
                }),
                16,
            )
            .unwrap();
        }
        let data = enc.finish().unwrap().finish();
        let mut tiff = b"II*\0".to_vec();
        tiff.extend(8u32.to_le_bytes());
        let entries: [(u16, u16, u32); 7] = [
            (256, 3, 16),
            (257, 3, 2),
            (259, 3, 4),
            (262, 3, u32::from(photometric)),
            (273, 4, 8 + 2 + 7 * 12 + 4),
            (278, 3, 2),
            (279, 4, data.len() as u32),
        ];
        tiff.extend((entries.len() as u16).to_le_bytes());
        for (tag, typ, value) in entries {
            tiff.extend(tag.to_le_bytes());
            tiff.extend(typ.to_le_bytes());
            tiff.extend(1u32.to_le_bytes());
            if typ == 3 {
                tiff.extend((value as u16).to_le_bytes());
                tiff.extend([0, 0]);
            } else {
                tiff.extend(value.to_le_bytes());
            }
        }
        tiff.extend([0; 4]);
        tiff.extend(data);
        tiff
    }

    #[test]
    fn decodes_g4_tiff_with_both_photometrics() {
        let r = decode_tiff_g4(&tiny_tiff(0)).unwrap();
        assert_eq!((r.width, r.height, r.channels), (16, 2, 1));
        assert!(r.pixels[..16].iter().all(|&p| p == 255));
        let row1: Vec<u8> = (0..16)
            .map(|x| if (4..12).contains(&x) { 0 } else { 255 })
            .collect();
        assert_eq!(&r.pixels[16..], row1.as_slice());
        let inverted = decode_tiff_g4(&tiny_tiff(1)).unwrap();
        assert!(
            inverted
                .pixels
                .iter()
                .zip(&r.pixels)
                .all(|(a, b)| *a == 255 - *b)
        );
        assert_eq!(r.to_rgba().len(), 16 * 2 * 4);
    }

    #[test]
    fn broken_tiffs_are_errors() {
        let good = tiny_tiff(0);
        for cut in 0..good.len() {
            let _ = decode_tiff_g4(&good[..cut]);
        }
        assert!(matches!(
            decode_tiff_g4(b"GIF89a"),
            Err(ImageError::Malformed(_))
        ));
        let mut lzw = good.clone();
        lzw[8 + 2 + 2 * 12 + 8] = 5; // Compression = LZW
        assert!(matches!(
            decode_tiff_g4(&lzw),
            Err(ImageError::Unsupported(_))
        ));
        let mut huge = good.clone();
        huge[8 + 2 + 8] = 0xFF; // width 0x00FF → still fine
        huge[8 + 2 + 9] = 0xFF; // width 0xFFFF
        assert!(matches!(
            decode_tiff_g4(&huge),
            Err(ImageError::TooLarge(..))
        ));
        let mut g = 0x9E37_79B9u32;
        for _ in 0..2000 {
            let mut bad = good.clone();
            for _ in 0..3 {
                g ^= g << 13;
                g ^= g >> 17;
                g ^= g << 5;
                let i = g as usize % bad.len();
                bad[i] = (g >> 8) as u8;
            }
            let _ = decode_tiff_g4(&bad);
        }
    }

    #[test]
    fn broken_jpeg2000_is_an_error() {
        assert!(decode_jpeg2000(&[]).is_err());
        assert!(decode_jpeg2000(&[0xFF, 0x4F, 0xFF, 0x51, 0, 0x2F]).is_err());
        assert!(decode_jpeg2000(&[0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20, 0x0D]).is_err());
    }
}
