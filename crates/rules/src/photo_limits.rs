//! Upload limits for the My Number card face photo, checked by the app before upload and by the
//! API on receipt.
//!
//! The application site states: JPEG, RGB colour (not CMYK), "ファイルサイズ：20KB～7MB",
//! "ピクセルサイズ：幅480～6000ピクセル、高さ480～" (the seed is cut off after the height
//! minimum; the site's photo rules give the same 480–6000 range for the height, which we apply).
//!
//! The site does not say whether KB/MB are binary or decimal, so we accept only sizes valid under
//! both readings: at least 20 × 1024 = 20,480 bytes and at most 7,000,000 bytes (7 MB decimal is
//! smaller than 7 MiB = 7,340,032). Both limits are inclusive.

use crate::error::{FieldError, RuleArg};

/// Smallest accepted file (20 KB read as 20 KiB, the stricter reading).
pub const PROFILE_PHOTO_MIN_BYTES: u64 = 20 * 1024;
/// Largest accepted file (7 MB read as 7,000,000 bytes, the stricter reading).
pub const PROFILE_PHOTO_MAX_BYTES: u64 = 7_000_000;
/// Smallest accepted width and height in pixels.
pub const PROFILE_PHOTO_MIN_SIDE: u32 = 480;
/// Largest accepted width and height in pixels.
pub const PROFILE_PHOTO_MAX_SIDE: u32 = 6000;

/// File size in bytes within 20,480–7,000,000. The message carries the size in KB, rounded away
/// from the limit so the number shown is visibly outside it.
pub fn profile_photo_file_size(field: &str, bytes: u64) -> Result<(), FieldError> {
    let kilobytes = |kb: u64| RuleArg::Number(i64::try_from(kb).unwrap_or(i64::MAX));
    if bytes < PROFILE_PHOTO_MIN_BYTES {
        return Err(FieldError::new(field, "rule-photo-file-too-small")
            .with_arg("kilobytes", kilobytes(bytes / 1024)));
    }
    if bytes > PROFILE_PHOTO_MAX_BYTES {
        return Err(FieldError::new(field, "rule-photo-file-too-large")
            .with_arg("kilobytes", kilobytes(bytes.div_ceil(1024))));
    }
    Ok(())
}

/// Width and height each within 480–6000 pixels.
pub fn profile_photo_dimensions(field: &str, width: u32, height: u32) -> Result<(), FieldError> {
    let range = PROFILE_PHOTO_MIN_SIDE..=PROFILE_PHOTO_MAX_SIDE;
    if range.contains(&width) && range.contains(&height) {
        return Ok(());
    }
    Err(FieldError::new(field, "rule-photo-dimensions")
        .with_arg("width", RuleArg::Number(i64::from(width)))
        .with_arg("height", RuleArg::Number(i64::from(height))))
}

/// What the frame header of a JPEG says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JpegHeader {
    pub width: u32,
    pub height: u32,
    /// 1 greyscale, 3 YCbCr/RGB, 4 CMYK/YCCK.
    pub components: u8,
}

/// Reads the first frame header (SOFn) of a JPEG without decoding it. Never panics: anything
/// that is not a well-formed marker sequence up to the frame header gives `None`.
pub fn jpeg_header(bytes: &[u8]) -> Option<JpegHeader> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut at = 2;
    loop {
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        // Fill bytes: any number of 0xFF before the marker code.
        while *bytes.get(at + 1)? == 0xFF {
            at += 1;
        }
        let marker = *bytes.get(at + 1)?;
        at += 2;
        if matches!(marker, 0x01 | 0xD0..=0xD7) {
            continue;
        }
        if matches!(marker, 0xD8..=0xDA) {
            return None; // image data or end before any frame header
        }
        let length = usize::from(u16::from_be_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]));
        if length < 2 {
            return None;
        }
        let is_frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_frame {
            let segment = bytes.get(at + 2..at + length)?;
            let [_precision, h1, h0, w1, w0, components, ..] = *segment else {
                return None;
            };
            return Some(JpegHeader {
                width: u32::from(u16::from_be_bytes([w1, w0])),
                height: u32::from(u16::from_be_bytes([h1, h0])),
                components,
            });
        }
        at += length;
    }
}

/// All upload checks on the file as received: size, JPEG, RGB colour, pixel size.
pub fn profile_photo(field: &str, bytes: &[u8]) -> Result<JpegHeader, FieldError> {
    profile_photo_file_size(field, u64::try_from(bytes.len()).unwrap_or(u64::MAX))?;
    let header = jpeg_header(bytes).ok_or_else(|| FieldError::new(field, "rule-photo-not-jpeg"))?;
    if header.components != 3 {
        return Err(FieldError::new(field, "rule-photo-not-rgb"));
    }
    profile_photo_dimensions(field, header.width, header.height)?;
    Ok(header)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(result: Result<impl Sized, FieldError>) -> Option<String> {
        result.err().map(|e| e.message)
    }

    /// A minimal JPEG prefix: SOI, an APP0 segment, SOF0 with the given size and components,
    /// padded to `total` bytes.
    fn jpeg(width: u16, height: u16, components: u8, total: usize) -> Vec<u8> {
        let mut out = vec![
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46, 0xFF, 0xFF, 0xC0,
        ];
        let length = 8 + 3 * u16::from(components);
        out.extend_from_slice(&length.to_be_bytes());
        out.push(8);
        out.extend_from_slice(&height.to_be_bytes());
        out.extend_from_slice(&width.to_be_bytes());
        out.push(components);
        for id in 1..=components {
            out.extend_from_slice(&[id, 0x11, 0]);
        }
        out.resize(total.max(out.len()), 0);
        out
    }

    #[test]
    fn file_size_limits_are_inclusive() {
        assert_eq!(
            code(profile_photo_file_size("p", 20_479)).as_deref(),
            Some("rule-photo-file-too-small")
        );
        assert_eq!(code(profile_photo_file_size("p", 20_480)), None);
        assert_eq!(code(profile_photo_file_size("p", 7_000_000)), None);
        assert_eq!(
            code(profile_photo_file_size("p", 7_000_001)).as_deref(),
            Some("rule-photo-file-too-large")
        );
        // Between 7,000,000 and 7 MiB: refused under the stricter reading.
        assert!(profile_photo_file_size("p", 7 * 1024 * 1024).is_err());
        assert_eq!(
            profile_photo_file_size("p", 20_479).err().map(|e| e.args),
            Some(vec![("kilobytes".to_owned(), RuleArg::Number(19))])
        );
        assert_eq!(
            profile_photo_file_size("p", 7_000_001)
                .err()
                .map(|e| e.args),
            Some(vec![("kilobytes".to_owned(), RuleArg::Number(6836))])
        );
    }

    #[test]
    fn pixel_size_limits_are_inclusive() {
        for (w, h, ok) in [
            (480, 480, true),
            (6000, 6000, true),
            (479, 600, false),
            (600, 479, false),
            (6001, 4000, false),
            (4000, 6001, false),
            (0, 0, false),
        ] {
            assert_eq!(profile_photo_dimensions("p", w, h).is_ok(), ok, "{w}×{h}");
        }
        assert_eq!(
            profile_photo_dimensions("p", 479, 600)
                .err()
                .map(|e| e.args),
            Some(vec![
                ("width".to_owned(), RuleArg::Number(479)),
                ("height".to_owned(), RuleArg::Number(600)),
            ])
        );
    }

    #[test]
    fn reads_jpeg_frame_headers() {
        assert_eq!(
            jpeg_header(&jpeg(640, 480, 3, 0)),
            Some(JpegHeader {
                width: 640,
                height: 480,
                components: 3
            })
        );
        assert_eq!(
            jpeg_header(&jpeg(640, 480, 4, 0)).map(|h| h.components),
            Some(4)
        );
        assert_eq!(jpeg_header(b"\x89PNG\r\n\x1a\n"), None);
        assert_eq!(jpeg_header(&[0xFF, 0xD8, 0xFF, 0xDA, 0, 2]), None);
        assert_eq!(jpeg_header(&[]), None);
        // Truncated at every length: never panics, never a header.
        let full = jpeg(640, 480, 3, 0);
        for end in 0..full.len() {
            assert_eq!(jpeg_header(&full[..end]), None, "{end}");
        }
    }

    #[test]
    fn whole_upload() {
        assert_eq!(
            profile_photo("p", &jpeg(1200, 1600, 3, 30_000)).map(|h| h.width),
            Ok(1200)
        );
        assert_eq!(
            code(profile_photo("p", &jpeg(1200, 1600, 3, 1000))).as_deref(),
            Some("rule-photo-file-too-small")
        );
        assert_eq!(
            code(profile_photo("p", &vec![0u8; 30_000])).as_deref(),
            Some("rule-photo-not-jpeg")
        );
        assert_eq!(
            code(profile_photo("p", &jpeg(1200, 1600, 4, 30_000))).as_deref(),
            Some("rule-photo-not-rgb")
        );
        assert_eq!(
            code(profile_photo("p", &jpeg(1200, 1600, 1, 30_000))).as_deref(),
            Some("rule-photo-not-rgb")
        );
        assert_eq!(
            code(profile_photo("p", &jpeg(400, 1600, 3, 30_000))).as_deref(),
            Some("rule-photo-dimensions")
        );
    }
}
