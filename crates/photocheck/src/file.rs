//! Checks on the file as received, from its bytes only (no decoding).

use madoguchi_rules::photo_limits::{JpegColour, JpegInfo, jpeg_info};

use crate::profile::{Format, Profile, format_number};
use crate::report::{Check, Status};

/// What the bytes say before decoding.
#[derive(Clone, Debug, PartialEq)]
pub struct FileFacts {
    pub format: Option<Format>,
    pub bytes: u64,
    /// Stored (not yet rotated) size from the header, when the header has it.
    pub stored_size: Option<(u32, u32)>,
    pub jpeg: Option<JpegInfo>,
    /// EXIF orientation (1 when absent).
    pub orientation: u16,
}

impl FileFacts {
    /// Size as displayed (after the EXIF rotation).
    pub fn upright_size(&self) -> Option<(u32, u32)> {
        self.stored_size.map(|(w, h)| {
            if self.orientation >= 5 {
                (h, w)
            } else {
                (w, h)
            }
        })
    }
}

/// The container, by magic bytes (never by file name).
pub fn sniff(bytes: &[u8]) -> Option<Format> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(&[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        Some(Format::Png)
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Some(Format::Gif)
    } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        Some(Format::Webp)
    } else if bytes.get(4..8) == Some(b"ftyp")
        && bytes
            .get(8..12)
            .is_some_and(|b| matches!(b, b"heic" | b"heix" | b"mif1" | b"msf1" | b"heim" | b"hevc"))
    {
        Some(Format::Heic)
    } else if starts(b"BM") && bytes.len() > 26 {
        Some(Format::Bmp)
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        Some(Format::Tiff)
    } else if starts(b"%PDF") {
        Some(Format::Pdf)
    } else {
        None
    }
}

fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    let w = u32::from_be_bytes(bytes.get(16..20)?.try_into().ok()?);
    let h = u32::from_be_bytes(bytes.get(20..24)?.try_into().ok()?);
    Some((w, h))
}

/// Reads the facts the file checks need. Never panics.
pub fn file_facts(bytes: &[u8]) -> FileFacts {
    let format = sniff(bytes);
    let jpeg = if format == Some(Format::Jpeg) {
        jpeg_info(bytes)
    } else {
        None
    };
    let stored_size = match format {
        Some(Format::Jpeg) => jpeg.as_ref().map(|j| (j.header.width, j.header.height)),
        Some(Format::Png) => png_size(bytes),
        _ => None,
    };
    let orientation = jpeg.as_ref().and_then(|j| j.exif_orientation).unwrap_or(1);
    FileFacts {
        format,
        bytes: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
        stored_size,
        jpeg,
        orientation,
    }
}

fn kilobytes(bytes: u64) -> i64 {
    i64::try_from(bytes.div_ceil(1024)).unwrap_or(i64::MAX)
}

/// File checks: format, colour model, ICC profile, EXIF orientation, byte size, pixel size,
/// progressive coding and aspect ratio. `decoded_size` (upright) stands in for the header size
/// when the header has none.
pub fn file_checks(
    facts: &FileFacts,
    profile: &Profile,
    decoded_size: Option<(u32, u32)>,
) -> Vec<Check> {
    let mut checks = Vec::new();
    let expected = profile
        .formats
        .iter()
        .map(|f| f.name())
        .collect::<Vec<_>>()
        .join(", ");
    let decodable = |f: Format| matches!(f, Format::Jpeg | Format::Png);
    checks.push(match facts.format {
        Some(f) if profile.formats.contains(&f) => {
            Check::new("file-format", Status::Pass, "photo-format-ok")
                .measured_text(f.name())
                .limit(&expected)
                .text_arg("format", f.name())
        }
        Some(f) => Check::new("file-format", Status::Fail, "photo-format-wrong")
            .measured_text(f.name())
            .limit(&expected)
            .text_arg("format", f.name())
            .text_arg("expected", &expected)
            .fixable(decodable(f)),
        None => Check::new("file-format", Status::Fail, "photo-format-unknown")
            .measured_text("unknown")
            .limit(&expected),
    });

    if let Some(jpeg) = &facts.jpeg {
        let (name, status, message) = match jpeg.colour() {
            JpegColour::YCbCr => ("YCbCr", Status::Pass, "photo-colour-ok"),
            JpegColour::Rgb => ("RGB", Status::Pass, "photo-colour-ok"),
            JpegColour::Grey => ("greyscale", profile.greyscale, "photo-colour-grey"),
            JpegColour::Cmyk => ("CMYK", profile.cmyk, "photo-colour-cmyk"),
            JpegColour::Ycck => ("YCCK", profile.cmyk, "photo-colour-cmyk"),
            JpegColour::Other(_) => ("other", Status::Fail, "photo-colour-other"),
        };
        let message = if status == Status::Pass {
            "photo-colour-ok"
        } else {
            message
        };
        checks.push(
            Check::new("colour-model", status, message)
                .measured_text(name)
                .limit("RGB")
                .text_arg("colour", name)
                .fixable(!matches!(jpeg.colour(), JpegColour::Other(_))),
        );
        let space = jpeg
            .icc_colour_space
            .map(|s| String::from_utf8_lossy(&s).trim().to_owned());
        checks.push(match (jpeg.has_icc, space.as_deref()) {
            (false, _) => Check::new("icc-profile", Status::Pass, "photo-icc-none"),
            (true, Some("RGB" | "GRAY")) | (true, None) => {
                let s = space.clone().unwrap_or_else(|| "RGB".to_owned());
                Check::new("icc-profile", Status::Pass, "photo-icc-ok")
                    .measured_text(&s)
                    .text_arg("space", s)
            }
            (true, Some(other)) => Check::new("icc-profile", Status::Warn, "photo-icc-mismatch")
                .measured_text(other)
                .limit("RGB")
                .text_arg("space", other)
                .fixable(true),
        });
        checks.push(if jpeg.progressive() {
            let message = if profile.progressive == Status::Pass {
                "photo-coding-ok"
            } else {
                "photo-coding-progressive"
            };
            Check::new("jpeg-coding", profile.progressive, message)
                .measured_text("progressive")
                .limit("baseline")
                .fixable(true)
        } else {
            Check::new("jpeg-coding", Status::Pass, "photo-coding-ok").measured_text(
                if jpeg.arithmetic() {
                    "arithmetic"
                } else {
                    "baseline"
                },
            )
        });
    }

    let degrees = match facts.orientation {
        3 | 4 => 180,
        5 | 6 => 90,
        7 | 8 => 270,
        _ => 0,
    };
    let mirrored = matches!(facts.orientation, 2 | 4 | 5 | 7);
    checks.push(if facts.orientation == 1 {
        Check::new("exif-orientation", Status::Pass, "photo-orientation-ok").measured(1.0)
    } else {
        let message = if mirrored {
            "photo-orientation-mirrored"
        } else {
            "photo-orientation-turned"
        };
        Check::new("exif-orientation", Status::Warn, message)
            .measured(f64::from(facts.orientation))
            .limit("1")
            .arg("degrees", degrees)
            .fixable(true)
    });

    if let Some(limits) = profile.bytes {
        let kb = kilobytes(facts.bytes);
        let limit = format!(
            "{}–{} bytes",
            limits.min.unwrap_or(0),
            limits.max.map_or("∞".to_owned(), |m| m.to_string())
        );
        let check = if limits.min.is_some_and(|m| facts.bytes < m) {
            Check::new("file-size", Status::Fail, "photo-size-small")
                .arg("kilobytes", i64::try_from(facts.bytes / 1024).unwrap_or(0))
                .arg("min", kilobytes(limits.min.unwrap_or(0)))
                .fixable(true)
        } else if limits.max.is_some_and(|m| facts.bytes > m) {
            Check::new("file-size", Status::Fail, "photo-size-large")
                .arg("kilobytes", kb)
                .arg(
                    "max",
                    i64::try_from(limits.max.unwrap_or(0) / 1024).unwrap_or(0),
                )
                .fixable(true)
        } else {
            Check::new("file-size", Status::Pass, "photo-size-ok").arg("kilobytes", kb)
        };
        #[allow(clippy::cast_precision_loss)]
        checks.push(check.measured(facts.bytes as f64).limit(limit));
    }

    let size = facts.upright_size().or(decoded_size);
    if let (Some((w, h)), Some(limits)) = (size, profile.side_px) {
        let min = limits.min.unwrap_or(1);
        let max = limits.max.unwrap_or(u32::MAX);
        let limit = format!("{min}–{max} px");
        let base = |status, message| {
            Check::new("pixel-size", status, message)
                .measured_text(format!("{w}×{h}"))
                .limit(&limit)
                .arg("width", i64::from(w))
                .arg("height", i64::from(h))
        };
        checks.push(if w.min(h) < min {
            base(Status::Fail, "photo-dimensions-small").arg("min", i64::from(min))
        } else if w.max(h) > max {
            base(Status::Fail, "photo-dimensions-large")
                .arg("max", i64::from(max))
                .fixable(true)
        } else {
            base(Status::Pass, "photo-dimensions-ok")
        });
    }

    if let Some((w, h)) = size.filter(|(w, h)| *w > 0 && *h > 0) {
        let ratio = f64::from(w) / f64::from(h);
        let target = profile.aspect.ratio();
        let off = (ratio / target - 1.0).abs();
        let expected = format!(
            "{}:{}",
            format_number(profile.aspect.width),
            format_number(profile.aspect.height)
        );
        let (status, message) = if off <= profile.aspect.tolerance {
            (Status::Pass, "photo-aspect-ok")
        } else {
            (profile.aspect_mismatch, "photo-aspect-off")
        };
        checks.push(
            Check::new("aspect-ratio", status, message)
                .measured(ratio)
                .limit(format!(
                    "{} ± {}%",
                    format_number(target),
                    format_number(profile.aspect.tolerance * 100.0)
                ))
                .arg("width", i64::from(w))
                .arg("height", i64::from(h))
                .text_arg("expected", expected)
                .fixable(true),
        );
    }
    checks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_magic_bytes() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(Format::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some(Format::Png));
        assert_eq!(sniff(b"GIF89a"), Some(Format::Gif));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(Format::Webp));
        assert_eq!(sniff(b"\0\0\0\x18ftypheic"), Some(Format::Heic));
        assert_eq!(sniff(b"II*\0"), Some(Format::Tiff));
        assert_eq!(sniff(b"%PDF-1.7"), Some(Format::Pdf));
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(b"JFIF"), None);
    }
}
