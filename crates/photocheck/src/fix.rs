//! Auto-fix: upright per EXIF, RGB (from CMYK/YCCK/grey), cropped to the profile's aspect with
//! the head placed per its rules, downscaled and re-encoded as baseline JPEG at the highest
//! quality that meets the byte limit.

use image::{DynamicImage, RgbImage};
use madoguchi_rules::photo_limits::JpegColour;
use serde::Serialize;

use crate::analysis::Rect;
use crate::face::Face;
use crate::profile::Profile;
use crate::report::Status;
use crate::{
    DecodeError, FaceDetector, FileFacts, Photo, decode, file_facts, find_faces, working_gray,
};

/// The fixed photo.
#[derive(Clone, Debug, Serialize)]
pub struct Fixed {
    #[serde(skip)]
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub bytes: usize,
    pub quality: u8,
    /// The crop in pixels of the upright original.
    pub crop: Rect,
    /// Fluent ids of what was done, in order.
    pub actions: Vec<String>,
}

/// Why auto-fix refused.
#[derive(Clone, Debug, PartialEq)]
pub enum FixError {
    Decode(DecodeError),
    /// No face, or more than one.
    FaceCount(usize),
    /// The head is too big or too near an edge to crop with the required margins.
    TooClose,
    /// The photo (or the crop) has fewer pixels than the profile needs.
    TooSmall {
        width: u32,
        height: u32,
    },
    /// No quality and size within the limits meets the byte limits.
    Bytes,
    Encode(String),
}

impl FixError {
    /// Fluent message id for the user.
    pub fn message(&self) -> &'static str {
        match self {
            FixError::Decode(e) => e.message(),
            FixError::FaceCount(0) => "photo-fix-no-face",
            FixError::FaceCount(_) => "photo-fix-many-faces",
            FixError::TooClose => "photo-fix-too-close",
            FixError::TooSmall { .. } => "photo-fix-too-small",
            FixError::Bytes => "photo-fix-bytes",
            FixError::Encode(_) => "photo-decode-failed",
        }
    }
}

/// The crop of a `w`×`h` photo that puts `face` per the profile: head height at the fix target
/// (or larger up to the passing maximum when the photo is tight), crown margin from the fix
/// target down to the passing minimum, centred on the face or shifted as far as the centring
/// rule allows at the edges. Every head rule must pass in the crop. `None` when no such crop fits
/// inside the photo (the face is too close or too near an edge).
pub fn head_crop(face: &Face, w: u32, h: u32, profile: &Profile) -> Option<Rect> {
    let (w, h) = (f64::from(w), f64::from(h));
    let head = face.head_height();
    if head <= 0.0 || face.crown_y < 0.0 {
        return None;
    }
    let ratio = profile.aspect.ratio();
    let max_share = profile
        .head_height
        .warn_above
        .unwrap_or(profile.fix.head_height)
        .max(profile.fix.head_height);
    let min_margin = profile
        .top_margin
        .warn_below
        .unwrap_or(profile.fix.top_margin)
        .min(profile.fix.top_margin);
    let passes = |band: &crate::profile::Band, v: f64| band.judge(v).0 == Status::Pass;
    let mut share = profile.fix.head_height;
    while share <= max_share + 1e-9 {
        let ch = head / share;
        let cw = ch * ratio;
        share += 0.005;
        if ch > h + 0.5 || cw > w + 0.5 {
            continue;
        }
        let (ch, cw) = (ch.min(h), cw.min(w));
        let left = (face.centre_x - cw / 2.0).clamp(0.0, w - cw);
        let mut margin = profile.fix.top_margin;
        while margin >= min_margin - 1e-9 {
            let top = (face.crown_y - margin * ch).clamp(0.0, h - ch);
            margin -= 0.005;
            let crop = Rect {
                x: left,
                y: top,
                width: cw,
                height: ch,
            };
            let ok = passes(&profile.head_height, head / ch)
                && passes(&profile.top_margin, (face.crown_y - top) / ch)
                && passes(&profile.eye_line, (face.eye_y - top) / ch)
                && passes(
                    &profile.centre_offset,
                    ((face.centre_x - left) / cw - 0.5).abs(),
                )
                && face.chin_y <= top + ch;
            if ok {
                return Some(crop);
            }
        }
    }
    None
}

/// The largest centred crop with the profile's aspect.
fn centre_crop(w: u32, h: u32, profile: &Profile) -> Rect {
    let (w, h) = (f64::from(w), f64::from(h));
    let ratio = profile.aspect.ratio();
    let (cw, ch) = if w / h > ratio {
        (h * ratio, h)
    } else {
        (w, w / ratio)
    };
    Rect {
        x: (w - cw) / 2.0,
        y: (h - ch) / 2.0,
        width: cw,
        height: ch,
    }
}

fn encode(img: &RgbImage, quality: u8) -> Result<Vec<u8>, FixError> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(img)
        .map_err(|e| FixError::Encode(e.to_string()))?;
    Ok(out)
}

/// Highest quality in 60–95 whose encoding is at most `max` bytes (binary search).
fn best_quality(img: &RgbImage, max: u64) -> Result<Option<(u8, Vec<u8>)>, FixError> {
    let (mut lo, mut hi) = (60u8, 95u8);
    let fits = |b: &[u8]| u64::try_from(b.len()).unwrap_or(u64::MAX) <= max;
    let top = encode(img, hi)?;
    if fits(&top) {
        return Ok(Some((hi, top)));
    }
    let bottom = encode(img, lo)?;
    if !fits(&bottom) {
        return Ok(None);
    }
    let mut best = (lo, bottom);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        let b = encode(img, mid)?;
        if fits(&b) {
            lo = mid;
            best = (mid, b);
        } else {
            hi = mid;
        }
    }
    Ok(Some(best))
}

/// Fixes what can be fixed for `profile`. With a detector the crop places the head per the
/// rules (and refuses faces too close to crop); without one it crops the centre.
pub fn auto_fix(
    bytes: &[u8],
    profile: &Profile,
    detector: Option<&mut FaceDetector>,
) -> Result<Fixed, FixError> {
    let facts = file_facts(bytes);
    let photo = decode(bytes).map_err(FixError::Decode)?;
    auto_fix_photo(&facts, &photo, profile, detector)
}

/// Auto-fix on a photo decoded elsewhere (see [`crate::check_photo`]).
pub fn auto_fix_photo(
    facts: &FileFacts,
    photo: &Photo,
    profile: &Profile,
    detector: Option<&mut FaceDetector>,
) -> Result<Fixed, FixError> {
    let mut actions = Vec::new();
    if photo.orientation != 1 {
        actions.push("photo-fix-rotated".to_owned());
    }
    let colour = facts.jpeg.as_ref().map(|j| j.colour());
    if matches!(
        colour,
        Some(JpegColour::Cmyk | JpegColour::Ycck | JpegColour::Grey)
    ) || facts.format != Some(crate::Format::Jpeg)
    {
        actions.push("photo-fix-converted".to_owned());
    }
    let (w, h) = photo.rgb.dimensions();
    let crop = match detector {
        Some(detector) => {
            let (work, scale) = working_gray(&photo.rgb);
            let faces = find_faces(detector, &photo.rgb, &work, scale);
            let [face] = faces.as_slice() else {
                return Err(FixError::FaceCount(faces.len()));
            };
            head_crop(face, w, h, profile).ok_or(FixError::TooClose)?
        }
        None => centre_crop(w, h, profile),
    };
    actions.push("photo-fix-cropped".to_owned());
    let (x0, y0, x1, y1) = crop.clamp(w, h);
    let (cw, ch) = (x1.saturating_sub(x0), y1.saturating_sub(y0));
    let min_side = profile.side_px.and_then(|l| l.min).unwrap_or(1);
    if cw.min(ch) < min_side {
        return Err(FixError::TooSmall {
            width: cw,
            height: ch,
        });
    }
    let mut img = image::imageops::crop_imm(&photo.rgb, x0, y0, cw, ch).to_image();
    let max_side = profile
        .side_px
        .and_then(|l| l.max)
        .unwrap_or(u32::MAX)
        .min(profile.fix.max_side);
    let resize = |img: &RgbImage, long: u32| -> RgbImage {
        let (iw, ih) = img.dimensions();
        let s = f64::from(long) / f64::from(iw.max(ih));
        let nw = ((f64::from(iw) * s).round() as u32).max(1);
        let nh = ((f64::from(ih) * s).round() as u32).max(1);
        DynamicImage::ImageRgb8(img.clone())
            .resize_exact(nw, nh, image::imageops::FilterType::Lanczos3)
            .into_rgb8()
    };
    if cw.max(ch) > max_side {
        img = resize(&img, max_side);
        actions.push("photo-fix-resized".to_owned());
    }
    let limits = profile.bytes.unwrap_or_default();
    let max_bytes = limits.max.unwrap_or(u64::MAX);
    let min_bytes = limits.min.unwrap_or(0);
    loop {
        if let Some((quality, jpeg)) = best_quality(&img, max_bytes)? {
            let mut result = (quality, jpeg);
            if (result.1.len() as u64) < min_bytes {
                // Too few bytes even at 95: try the top qualities.
                let q100 = encode(&img, 100)?;
                if (q100.len() as u64) < min_bytes || q100.len() as u64 > max_bytes {
                    return Err(FixError::Bytes);
                }
                result = (100, q100);
            }
            let (quality, jpeg) = result;
            actions.push("photo-fix-encoded".to_owned());
            let (width, height) = img.dimensions();
            return Ok(Fixed {
                bytes: jpeg.len(),
                jpeg,
                width,
                height,
                quality,
                crop,
                actions,
            });
        }
        // Even quality 60 is too big: shrink by 15 % while the size allows.
        let (iw, ih) = img.dimensions();
        let long = (f64::from(iw.max(ih)) * 0.85) as u32;
        let short = (f64::from(iw.min(ih)) * 0.85) as u32;
        if short < min_side {
            return Err(FixError::Bytes);
        }
        img = resize(&img, long);
        if !actions.iter().any(|a| a == "photo-fix-resized") {
            actions.push("photo-fix-resized".to_owned());
        }
    }
}

/// The portrait on a photographed Residence Card or passport, cropped 3:4 (width:height) around
/// the largest face with the head at about 70 % of the height, for forms that want the face photo
/// of the document. `quad` (from the document scanner) limits the search to the document's
/// bounding box. Not an upload photo: document portraits are small and printed.
pub fn portrait_from_document(
    photo: &Photo,
    detector: &mut FaceDetector,
    quad: Option<[(f64, f64); 4]>,
) -> Result<RgbImage, FixError> {
    let (w, h) = photo.rgb.dimensions();
    let area = quad.map_or(
        Rect {
            x: 0.0,
            y: 0.0,
            width: f64::from(w),
            height: f64::from(h),
        },
        |q| {
            let xs = q.map(|p| p.0);
            let ys = q.map(|p| p.1);
            let min = |v: [f64; 4]| v.iter().copied().fold(f64::INFINITY, f64::min);
            let max = |v: [f64; 4]| v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            Rect {
                x: min(xs),
                y: min(ys),
                width: max(xs) - min(xs),
                height: max(ys) - min(ys),
            }
        },
    );
    let (x0, y0, x1, y1) = area.clamp(w, h);
    if x1 <= x0 || y1 <= y0 {
        return Err(FixError::FaceCount(0));
    }
    let doc = image::imageops::crop_imm(&photo.rgb, x0, y0, x1 - x0, y1 - y0).to_image();
    let (work, scale) = working_gray(&doc);
    let (ww, wh) = work.dimensions();
    let faces = detector.detect_min(&work, ww.min(wh) / 16);
    let Some((bbox, score)) = faces
        .into_iter()
        .max_by(|a, b| a.0.width.total_cmp(&b.0.width))
    else {
        return Err(FixError::FaceCount(0));
    };
    let face = crate::face::scale_face(&crate::face::measure_face(&work, bbox, score), scale);
    let (dw, dh) = (f64::from(doc.width()), f64::from(doc.height()));
    // Head at 70 % of the height, crown 12 % from the top; shrink to fit the document.
    let mut ch = (face.head_height() / 0.7).min(dh).min(dw * 4.0 / 3.0);
    let mut cw = ch * 0.75;
    if cw > dw {
        cw = dw;
        ch = cw * 4.0 / 3.0;
    }
    let left = (face.centre_x - cw / 2.0).clamp(0.0, dw - cw);
    let top = (face.crown_y - 0.12 * ch).clamp(0.0, dh - ch);
    let crop = Rect {
        x: left,
        y: top,
        width: cw,
        height: ch,
    };
    let (cx0, cy0, cx1, cy1) = crop.clamp(doc.width(), doc.height());
    if cx1 <= cx0 || cy1 <= cy0 {
        return Err(FixError::TooClose);
    }
    Ok(image::imageops::crop_imm(&doc, cx0, cy0, cx1 - cx0, cy1 - cy0).to_image())
}

/// The document's portrait ([`portrait_from_document`]) as a JPEG the forms accept: a printed
/// portrait is smaller than the upload rules' smallest side, so it is enlarged to it, then saved
/// at the highest quality within the byte limits (the top qualities when too few bytes).
pub fn document_portrait_jpeg(
    photo: &Photo,
    detector: &mut FaceDetector,
    quad: Option<[(f64, f64); 4]>,
) -> Result<Fixed, FixError> {
    use madoguchi_rules::photo_limits::{
        PROFILE_PHOTO_MAX_BYTES, PROFILE_PHOTO_MIN_BYTES, PROFILE_PHOTO_MIN_SIDE,
    };
    let portrait = portrait_from_document(photo, detector, quad)?;
    let mut actions = vec!["photo-fix-from-document".to_owned()];
    let (w, h) = portrait.dimensions();
    let short = w.min(h).max(1);
    let img = if short < PROFILE_PHOTO_MIN_SIDE {
        let scale = f64::from(PROFILE_PHOTO_MIN_SIDE) / f64::from(short);
        let (nw, nh) = (
            ((f64::from(w) * scale).round() as u32).max(PROFILE_PHOTO_MIN_SIDE),
            ((f64::from(h) * scale).round() as u32).max(PROFILE_PHOTO_MIN_SIDE),
        );
        actions.push("photo-fix-enlarged".to_owned());
        image::imageops::resize(&portrait, nw, nh, image::imageops::FilterType::CatmullRom)
    } else {
        portrait
    };
    let (quality, jpeg) = match best_quality(&img, PROFILE_PHOTO_MAX_BYTES)? {
        Some((quality, jpeg)) if jpeg.len() as u64 >= PROFILE_PHOTO_MIN_BYTES => (quality, jpeg),
        Some(_) => {
            let top = encode(&img, 100)?;
            if (top.len() as u64) < PROFILE_PHOTO_MIN_BYTES {
                return Err(FixError::Bytes);
            }
            (100, top)
        }
        None => return Err(FixError::Bytes),
    };
    actions.push("photo-fix-encoded".to_owned());
    let (width, height) = img.dimensions();
    Ok(Fixed {
        bytes: jpeg.len(),
        jpeg,
        width,
        height,
        quality,
        crop: Rect {
            x: 0.0,
            y: 0.0,
            width: f64::from(width),
            height: f64::from(height),
        },
        actions,
    })
}
