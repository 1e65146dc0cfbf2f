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

/// Colour model of a JPEG, from the frame's component count and the Adobe APP14 transform flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JpegColour {
    Grey,
    /// Three components stored as YCbCr (JFIF, or Adobe transform 1).
    YCbCr,
    /// Three components stored as RGB (Adobe transform 0).
    Rgb,
    /// Four components stored as CMYK (Adobe transform 0, or no Adobe segment).
    Cmyk,
    /// Four components stored as YCCK (Adobe transform 2).
    Ycck,
    /// Any other component count.
    Other(u8),
}

/// Everything the marker segments before the scan data say about a JPEG.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JpegInfo {
    pub header: JpegHeader,
    /// The SOFn marker code (0xC0 baseline, 0xC1 extended, 0xC2 progressive, …).
    pub frame_marker: u8,
    /// The Adobe APP14 transform flag (0 none, 1 YCbCr, 2 YCCK), when the segment is present.
    pub adobe_transform: Option<u8>,
    /// An embedded ICC profile (APP2 `ICC_PROFILE`) is present.
    pub has_icc: bool,
    /// The ICC profile's data colour space signature (`RGB `, `CMYK`, `GRAY`), from its header.
    pub icc_colour_space: Option<[u8; 4]>,
    /// EXIF orientation tag (1–8) from APP1 `Exif`, when present and readable.
    pub exif_orientation: Option<u16>,
}

impl JpegInfo {
    /// Progressive (SOF2, SOF6, SOF10, SOF14) rather than sequential.
    pub fn progressive(&self) -> bool {
        matches!(self.frame_marker, 0xC2 | 0xC6 | 0xCA | 0xCE)
    }

    /// Arithmetic coding (SOF9–SOF15), which few decoders accept.
    pub fn arithmetic(&self) -> bool {
        self.frame_marker >= 0xC9
    }

    pub fn colour(&self) -> JpegColour {
        match (self.header.components, self.adobe_transform) {
            (1, _) => JpegColour::Grey,
            (3, Some(0)) => JpegColour::Rgb,
            (3, _) => JpegColour::YCbCr,
            (4, Some(2)) => JpegColour::Ycck,
            (4, _) => JpegColour::Cmyk,
            (n, _) => JpegColour::Other(n),
        }
    }
}

/// Reads the first frame header (SOFn) of a JPEG without decoding it. Never panics: anything
/// that is not a well-formed marker sequence up to the frame header gives `None`.
pub fn jpeg_header(bytes: &[u8]) -> Option<JpegHeader> {
    jpeg_info(bytes).map(|info| info.header)
}

/// Reads the marker segments of a JPEG up to the first scan: frame header, Adobe transform, ICC
/// profile and EXIF orientation. Never panics. `None` unless a complete frame header is found;
/// segments after the frame header that are cut off are ignored.
pub fn jpeg_info(bytes: &[u8]) -> Option<JpegInfo> {
    if bytes.get(..2)? != [0xFF, 0xD8] {
        return None;
    }
    let mut found: Option<JpegInfo> = None;
    let mut adobe_transform = None;
    let mut has_icc = false;
    let mut icc_colour_space = None;
    let mut exif_orientation = None;
    let mut at = 2;
    while let Some(segment) = next_segment(bytes, &mut at) {
        match segment {
            Segment::End => break,
            Segment::Frame(marker, data) => {
                if found.is_none() {
                    let [_precision, h1, h0, w1, w0, components, ..] = *data else {
                        return None;
                    };
                    found = Some(JpegInfo {
                        header: JpegHeader {
                            width: u32::from(u16::from_be_bytes([w1, w0])),
                            height: u32::from(u16::from_be_bytes([h1, h0])),
                            components,
                        },
                        frame_marker: marker,
                        adobe_transform: None,
                        has_icc: false,
                        icc_colour_space: None,
                        exif_orientation: None,
                    });
                }
            }
            Segment::Other(0xEE, data) if data.starts_with(b"Adobe") => {
                adobe_transform = data.get(11).copied();
            }
            Segment::Other(0xE2, data) if data.starts_with(b"ICC_PROFILE\0") => {
                has_icc = true;
                // Chunk 1 starts with the profile header; the colour space is at offset 16.
                if data.get(12) == Some(&1) {
                    icc_colour_space = data
                        .get(14 + 16..14 + 20)
                        .and_then(|s| <[u8; 4]>::try_from(s).ok());
                }
            }
            Segment::Other(0xE1, data) if data.starts_with(b"Exif\0\0") => {
                if exif_orientation.is_none() {
                    exif_orientation = data.get(6..).and_then(exif_orientation_tag);
                }
            }
            Segment::Other(..) => {}
        }
    }
    let mut info = found?;
    info.adobe_transform = adobe_transform;
    info.has_icc = has_icc;
    info.icc_colour_space = icc_colour_space;
    info.exif_orientation = exif_orientation;
    Some(info)
}

enum Segment<'a> {
    Frame(u8, &'a [u8]),
    Other(u8, &'a [u8]),
    /// Start of scan, end of image, or a second start of image.
    End,
}

/// The marker segment at `*at`, advancing past it; `None` when the bytes are not a well-formed
/// segment.
fn next_segment<'a>(bytes: &'a [u8], at: &mut usize) -> Option<Segment<'a>> {
    loop {
        if *bytes.get(*at)? != 0xFF {
            return None;
        }
        // Fill bytes: any number of 0xFF before the marker code.
        while *bytes.get(*at + 1)? == 0xFF {
            *at += 1;
        }
        let marker = *bytes.get(*at + 1)?;
        *at += 2;
        if matches!(marker, 0x01 | 0xD0..=0xD7) {
            continue;
        }
        if matches!(marker, 0xD8..=0xDA) {
            return Some(Segment::End);
        }
        let length = usize::from(u16::from_be_bytes([*bytes.get(*at)?, *bytes.get(*at + 1)?]));
        if length < 2 {
            return None;
        }
        let data = bytes.get(*at + 2..*at + length)?;
        *at += length;
        let is_frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        return Some(if is_frame {
            Segment::Frame(marker, data)
        } else {
            Segment::Other(marker, data)
        });
    }
}

/// The orientation tag (0x0112) of IFD0 in a TIFF-structured EXIF block.
fn exif_orientation_tag(tiff: &[u8]) -> Option<u16> {
    let little = match tiff.get(..4)? {
        b"II*\0" => true,
        b"MM\0*" => false,
        _ => return None,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b: [u8; 2] = tiff.get(at..at.checked_add(2)?)?.try_into().ok()?;
        Some(if little {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b: [u8; 4] = tiff.get(at..at.checked_add(4)?)?.try_into().ok()?;
        Some(if little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    };
    let ifd = usize::try_from(u32_at(4)?).ok()?;
    let count = usize::from(u16_at(ifd)?);
    for i in 0..count {
        let entry = ifd.checked_add(2)?.checked_add(i.checked_mul(12)?)?;
        if u16_at(entry)? == 0x0112 {
            // Type SHORT (3), count 1: the value sits in the first two bytes of the value field.
            if u16_at(entry + 2)? != 3 {
                return None;
            }
            return u16_at(entry + 8).filter(|v| (1..=8).contains(v));
        }
    }
    None
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

    /// A JPEG prefix with the given extra segments (marker, payload) before the frame header.
    fn jpeg_with(segments: &[(u8, Vec<u8>)], frame_marker: u8, components: u8) -> Vec<u8> {
        let mut out = vec![0xFF, 0xD8];
        for (marker, payload) in segments {
            out.extend_from_slice(&[0xFF, *marker]);
            let length = u16::try_from(payload.len() + 2).unwrap_or(u16::MAX);
            out.extend_from_slice(&length.to_be_bytes());
            out.extend_from_slice(payload);
        }
        let frame = jpeg(800, 600, components, 0);
        let before = out.len();
        // Skip SOI and the APP0 stub; keep the fill byte, the marker and the frame header.
        out.extend_from_slice(&frame[8..]);
        out[before + 2] = frame_marker;
        out.extend_from_slice(&[0xFF, 0xDA, 0x00, 0x02]);
        out
    }

    fn exif(little: bool, orientation: u16) -> Vec<u8> {
        let mut tiff: Vec<u8> = if little {
            b"II*\0\x08\0\0\0".to_vec()
        } else {
            b"MM\0*\0\0\0\x08".to_vec()
        };
        let u16b = |v: u16| {
            if little {
                v.to_le_bytes()
            } else {
                v.to_be_bytes()
            }
        };
        tiff.extend_from_slice(&u16b(1));
        tiff.extend_from_slice(&u16b(0x0112));
        tiff.extend_from_slice(&u16b(3));
        tiff.extend_from_slice(&if little {
            1u32.to_le_bytes()
        } else {
            1u32.to_be_bytes()
        });
        tiff.extend_from_slice(&u16b(orientation));
        tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
        let mut out = b"Exif\0\0".to_vec();
        out.extend_from_slice(&tiff);
        out
    }

    #[test]
    fn reads_colour_icc_exif_and_progressive() {
        let adobe = |transform: u8| {
            let mut p = b"Adobe\0\x64\0\0\0\0".to_vec();
            p.push(transform);
            (0xEE, p)
        };
        let info = |segments: &[(u8, Vec<u8>)], marker: u8, components: u8| {
            jpeg_info(&jpeg_with(segments, marker, components))
        };
        assert_eq!(
            info(&[], 0xC0, 3).map(|i| i.colour()),
            Some(JpegColour::YCbCr)
        );
        assert_eq!(
            info(&[], 0xC0, 1).map(|i| i.colour()),
            Some(JpegColour::Grey)
        );
        assert_eq!(
            info(&[], 0xC0, 4).map(|i| i.colour()),
            Some(JpegColour::Cmyk)
        );
        assert_eq!(
            info(&[adobe(0)], 0xC0, 4).map(|i| i.colour()),
            Some(JpegColour::Cmyk)
        );
        assert_eq!(
            info(&[adobe(2)], 0xC0, 4).map(|i| i.colour()),
            Some(JpegColour::Ycck)
        );
        assert_eq!(
            info(&[adobe(0)], 0xC0, 3).map(|i| i.colour()),
            Some(JpegColour::Rgb)
        );
        assert_eq!(
            info(&[], 0xC0, 2).map(|i| i.colour()),
            Some(JpegColour::Other(2))
        );
        assert_eq!(info(&[], 0xC2, 3).map(|i| i.progressive()), Some(true));
        assert_eq!(info(&[], 0xC0, 3).map(|i| i.progressive()), Some(false));
        assert_eq!(info(&[], 0xC1, 3).map(|i| i.header.width), Some(800));
        let mut icc = b"ICC_PROFILE\0\x01\x01".to_vec();
        icc.extend_from_slice(&[0; 16]);
        icc.extend_from_slice(b"CMYK");
        let i = info(&[(0xE2, icc)], 0xC0, 4);
        assert_eq!(i.as_ref().map(|i| i.has_icc), Some(true));
        assert_eq!(i.and_then(|i| i.icc_colour_space), Some(*b"CMYK"));
        for little in [true, false] {
            for o in 1..=8 {
                let i = info(&[(0xE1, exif(little, o))], 0xC0, 3);
                assert_eq!(i.and_then(|i| i.exif_orientation), Some(o), "{little} {o}");
            }
            let i = info(&[(0xE1, exif(little, 9))], 0xC0, 3);
            assert_eq!(i.and_then(|i| i.exif_orientation), None);
        }
        // Every truncation and every single-byte change: never panics.
        let full = jpeg_with(&[(0xE1, exif(true, 6)), adobe(2)], 0xC2, 4);
        for end in 0..full.len() {
            let _ = jpeg_info(&full[..end]);
        }
        for at in 0..full.len() {
            for v in [0x00, 0x01, 0x7F, 0xFF] {
                let mut b = full.clone();
                b[at] = v;
                let _ = jpeg_info(&b);
            }
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
