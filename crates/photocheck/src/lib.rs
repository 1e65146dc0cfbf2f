//! ID photo checks and auto-fix for application profiles (My Number card online application,
//! immigration residence applications), from the photo's bytes.
//!
//! Pure core: no browser APIs, no threads, no file system; the face model is passed in as bytes.
//! Runs natively (CLI `photocheck`, tests) and in wasm32 (the app's worker).
//!
//! - [`profile`]: the rules as data (`profiles.json`).
//! - [`file`]: checks from the bytes alone (format, colour model, ICC, EXIF, size, coding).
//! - [`analysis`]: exposure, focus, noise and background measures.
//! - [`face`]: face detection and head geometry rules.
//! - [`landmarks`], [`pose`]: MediaPipe landmarks (rten) and what they say (pose, open eyes).
//! - [`hints`]: hat and screen/print hints (warnings at most).
//! - [`fix`]: auto-fix (rotate, convert, crop, re-encode within the limits).
//!
//! Every check gives a [`Check`] with a status, the measured value, the limit and a Fluent
//! message id; nothing here panics on any input bytes.

pub mod analysis;
pub mod face;
pub mod file;
pub mod fix;
pub mod hints;
pub mod landmarks;
pub mod pose;
pub mod profile;
pub mod report;

use image::{DynamicImage, GrayImage, ImageDecoder, RgbImage};
use serde::Serialize;

pub use face::{Face, FaceDetector};
pub use file::{FileFacts, file_facts, sniff};
pub use fix::{
    FixError, Fixed, auto_fix, auto_fix_photo, document_portrait_jpeg, portrait_from_document,
};
pub use profile::{Format, Profile, parse_profiles, profile, profiles};
pub use report::{Check, Measure, Status, overall};

use analysis::Rect;

/// Longest side of the working copy used for face detection and background measures.
pub const WORK_SIDE: u32 = 512;

/// A decoded photo, turned upright per its EXIF orientation.
#[derive(Clone, Debug)]
pub struct Photo {
    pub rgb: RgbImage,
    /// The EXIF orientation that was applied (1 = none).
    pub orientation: u16,
}

/// Why a photo could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not a format this crate decodes (JPEG, PNG).
    Unsupported,
    /// Broken or truncated data, or too big to decode safely.
    Corrupt(String),
}

impl Photo {
    /// A photo from RGBA pixels (e.g. a canvas `ImageData`), already upright; `orientation` is
    /// the EXIF orientation the decoder applied (1 if none). `None` if the sizes disagree.
    pub fn from_rgba(width: u32, height: u32, rgba: &[u8], orientation: u16) -> Option<Photo> {
        let n = usize::try_from(width)
            .ok()?
            .checked_mul(usize::try_from(height).ok()?)?;
        if rgba.len() != n.checked_mul(4)? {
            return None;
        }
        let rgb = rgba
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        Some(Photo {
            rgb: RgbImage::from_raw(width, height, rgb)?,
            orientation,
        })
    }
}

impl DecodeError {
    /// Fluent message id for the user.
    pub fn message(&self) -> &'static str {
        match self {
            DecodeError::Unsupported => "photo-decode-unsupported",
            DecodeError::Corrupt(_) => "photo-decode-failed",
        }
    }
}

/// Decodes JPEG or PNG bytes (CMYK JPEGs are converted to RGB) and applies the EXIF orientation.
pub fn decode(bytes: &[u8]) -> Result<Photo, DecodeError> {
    let format = match sniff(bytes) {
        Some(Format::Jpeg) => image::ImageFormat::Jpeg,
        Some(Format::Png) => image::ImageFormat::Png,
        _ => return Err(DecodeError::Unsupported),
    };
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(12_000);
    limits.max_image_height = Some(12_000);
    limits.max_alloc = Some(300 * 1024 * 1024);
    reader.limits(limits);
    let corrupt = |e: image::ImageError| DecodeError::Corrupt(e.to_string());
    let mut decoder = reader.into_decoder().map_err(corrupt)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(corrupt)?;
    img.apply_orientation(orientation);
    let exif = file_facts(bytes).orientation;
    Ok(Photo {
        rgb: img.into_rgb8(),
        orientation: exif,
    })
}

/// Everything measured on one photo against one profile.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub profile: String,
    pub status: Status,
    pub format: Option<Format>,
    pub bytes: u64,
    /// Upright size in pixels, when known.
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// The faces found (upright photo pixels), best first.
    pub faces: Vec<Face>,
    /// Where auto-fix would crop (upright photo pixels), for a before/after preview; `None` when
    /// there is not exactly one face or it is too close to crop.
    pub suggested_crop: Option<Rect>,
    pub checks: Vec<Check>,
    /// Fluent ids the applicant must confirm (what cannot be measured).
    pub confirmations: Vec<String>,
}

/// Luma (BT.601, integer) of an RGB image.
pub fn luma(rgb: &RgbImage) -> GrayImage {
    let (w, h) = rgb.dimensions();
    let data = rgb
        .as_raw()
        .chunks_exact(3)
        .map(|p| {
            ((77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2]) + 128) >> 8) as u8
        })
        .collect();
    GrayImage::from_raw(w, h, data).unwrap_or_else(|| GrayImage::new(w, h))
}

/// A greyscale working copy [`WORK_SIDE`] long (box-averaged by an integer factor in one pass
/// over the pixels, then resampled) and its scale to the photo.
pub fn working_gray(rgb: &RgbImage) -> (GrayImage, f64) {
    let (w, h) = rgb.dimensions();
    let long = w.max(h).max(1);
    if long <= WORK_SIDE {
        return (luma(rgb), 1.0);
    }
    let k = (long / WORK_SIDE).max(1);
    let (boxed, _) = box_gray(rgb, k);
    let s = f64::from(WORK_SIDE) / f64::from(boxed.width().max(boxed.height()));
    let nw = ((f64::from(boxed.width()) * s).round() as u32).max(1);
    let nh = ((f64::from(boxed.height()) * s).round() as u32).max(1);
    let small = image::imageops::resize(&boxed, nw, nh, image::imageops::FilterType::Triangle);
    (small, f64::from(w) / f64::from(nw))
}

/// Luma averaged over `k`×`k` blocks.
fn box_gray(rgb: &RgbImage, k: u32) -> (GrayImage, f64) {
    let (w, h) = rgb.dimensions();
    if k <= 1 {
        return (luma(rgb), 1.0);
    }
    let (nw, nh) = ((w / k).max(1), (h / k).max(1));
    let mut sums = vec![0u32; (nw as usize) * (nh as usize)];
    let raw = rgb.as_raw();
    let row_len = w as usize * 3;
    for y in 0..(nh * k).min(h) {
        let oy = (y / k) as usize;
        let row = &raw[y as usize * row_len..(y as usize + 1) * row_len];
        for (x, p) in row.chunks_exact(3).enumerate().take((nw * k) as usize) {
            let l = 77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2]);
            sums[oy * nw as usize + x / k as usize] += l;
        }
    }
    let div = 256 * k * k;
    let data = sums.iter().map(|s| ((s + div / 2) / div) as u8).collect();
    let small = GrayImage::from_raw(nw, nh, data).unwrap_or_else(|| GrayImage::new(nw, nh));
    (small, f64::from(k))
}

/// Finds faces on the upright photo and measures their geometry (photo pixels); the best face
/// gets landmark measures when the detector has the landmark models.
pub fn find_faces(
    detector: &mut FaceDetector,
    rgb: &RgbImage,
    work: &GrayImage,
    scale: f64,
) -> Vec<Face> {
    let mut faces: Vec<Face> = detector
        .detect(work)
        .into_iter()
        .map(|(bbox, score)| face::scale_face(&face::measure_face(work, bbox, score), scale))
        .collect();
    if let Some(best) = faces.first_mut()
        && let Some(mesh) = detector.mesh_measures(rgb, best.bbox)
    {
        face::apply_mesh(best, mesh);
    }
    faces
}

/// Picture checks: exposure and clipping on the face (or centre), sharpness on the face, noise,
/// background uniformity and clutter.
pub fn image_checks(
    full: &GrayImage,
    work: &GrayImage,
    scale: f64,
    face: Option<&Face>,
    profile: &Profile,
) -> Vec<Check> {
    let q = &profile.quality;
    let (w, h) = (f64::from(full.width()), f64::from(full.height()));
    let region = face.map_or(
        Rect {
            x: w * 0.25,
            y: h * 0.2,
            width: w * 0.5,
            height: h * 0.6,
        },
        |f| f.bbox,
    );
    let mut checks = Vec::new();
    let (mean, clipped) = analysis::exposure(full, region);
    let (status, side) = q.brightness.judge(mean);
    let (min, max) = q.brightness.pass_range(100.0 / 255.0);
    checks.push(
        Check::new(
            "brightness",
            status,
            match side {
                profile::Side::Low => "photo-brightness-dark",
                profile::Side::Within => "photo-brightness-ok",
                profile::Side::High => "photo-brightness-bright",
            },
        )
        .measured(mean)
        .limit(q.brightness.limit_text(1.0, ""))
        .arg("percent", profile::round(mean * 100.0 / 255.0))
        .arg("min", min)
        .arg("max", max),
    );
    let (status, _) = q.clipping.judge(clipped);
    checks.push(
        Check::new(
            "clipping",
            status,
            if status == Status::Pass {
                "photo-clipping-ok"
            } else {
                "photo-clipping-high"
            },
        )
        .measured(clipped)
        .limit(q.clipping.limit_text(100.0, " %"))
        .arg("percent", profile::round(clipped * 100.0)),
    );
    // The inside of the face: its outline against the background would count as detail.
    let inner = Rect {
        x: region.x + region.width * 0.2,
        y: region.y + region.height * 0.15,
        width: region.width * 0.6,
        height: region.height * 0.7,
    };
    let sharp = analysis::sharpness(full, inner);
    let (status, _) = q.sharpness.judge(sharp);
    checks.push(
        Check::new(
            "sharpness",
            status,
            if status == Status::Pass {
                "photo-sharpness-ok"
            } else {
                "photo-sharpness-blurred"
            },
        )
        .measured(sharp)
        .limit(q.sharpness.limit_text(1.0, "")),
    );
    let sigma = analysis::noise(
        full,
        Rect {
            x: 0.0,
            y: 0.0,
            width: w,
            height: h,
        },
    );
    let (status, _) = q.noise.judge(sigma);
    checks.push(
        Check::new(
            "noise",
            status,
            if status == Status::Pass {
                "photo-noise-ok"
            } else {
                "photo-noise-high"
            },
        )
        .measured(sigma)
        .limit(q.noise.limit_text(1.0, "")),
    );
    let head = face.map(|f| f.head_rect().scaled(1.0 / scale));
    let bottom = face.map_or(f64::from(work.height()) * 0.5, |f| f.eye_y / scale);
    let (spread, edges) = analysis::background(work, head, bottom);
    let (status, _) = q.background_spread.judge(spread);
    checks.push(
        Check::new(
            "background-uniform",
            status,
            if status == Status::Pass {
                "photo-background-ok"
            } else {
                "photo-background-uneven"
            },
        )
        .measured(spread)
        .limit(q.background_spread.limit_text(1.0, "")),
    );
    if let Some(f) = face {
        let s = 1.0 / scale;
        if let Some(contrast) =
            analysis::outline_contrast(work, f.head_rect().scaled(s), f.crown_y * s, f.chin_y * s)
        {
            let (status, _) = q.outline_contrast.judge(contrast);
            checks.push(
                Check::new(
                    "outline-contrast",
                    status,
                    if status == Status::Pass {
                        "photo-contrast-ok"
                    } else {
                        "photo-contrast-low"
                    },
                )
                .measured(contrast)
                .limit(q.outline_contrast.limit_text(1.0, "")),
            );
        }
    }
    let (status, _) = q.background_edges.judge(edges);
    checks.push(
        Check::new(
            "background-objects",
            status,
            if status == Status::Pass {
                "photo-background-plain"
            } else {
                "photo-background-objects"
            },
        )
        .measured(edges)
        .limit(q.background_edges.limit_text(100.0, " %"))
        .arg("percent", profile::round(edges * 100.0)),
    );
    checks
}

/// Runs every check of `profile` on the photo's bytes. Without a detector the face checks are
/// reported as skipped.
pub fn check(bytes: &[u8], profile: &Profile, detector: Option<&mut FaceDetector>) -> Report {
    let facts = file_facts(bytes);
    match decode(bytes) {
        Ok(photo) => check_photo(&facts, &photo, profile, detector),
        Err(e) => {
            let mut checks = file::file_checks(&facts, profile, None);
            checks.push(Check::new("decode", Status::Fail, e.message()));
            let size = facts.upright_size();
            Report {
                profile: profile.id.clone(),
                status: overall(&checks),
                format: facts.format,
                bytes: facts.bytes,
                width: size.map(|s| s.0),
                height: size.map(|s| s.1),
                faces: Vec::new(),
                suggested_crop: None,
                checks,
                confirmations: profile.confirmations.clone(),
            }
        }
    }
}

/// Runs every check on a photo decoded elsewhere (e.g. by the browser, which is faster than
/// decoding in wasm): `facts` from the original bytes, `photo` already upright.
pub fn check_photo(
    facts: &FileFacts,
    photo: &Photo,
    profile: &Profile,
    detector: Option<&mut FaceDetector>,
) -> Report {
    let (w, h) = photo.rgb.dimensions();
    let mut checks = file::file_checks(facts, profile, Some((w, h)));
    let mut faces = Vec::new();
    let (work, scale) = working_gray(&photo.rgb);
    if let Some(detector) = detector {
        faces = find_faces(detector, &photo.rgb, &work, scale);
        checks.extend(face::face_checks(
            &faces,
            w,
            h,
            profile,
            detector.has_landmarks(),
        ));
    } else {
        checks.push(Check::new("face-count", Status::Skip, "photo-face-skipped"));
    }
    let full = luma(&photo.rgb);
    if let Some(face) = faces.first() {
        checks.extend(hints::hint_checks(&photo.rgb, &full, face, profile));
    }
    checks.extend(image_checks(&full, &work, scale, faces.first(), profile));
    let size = facts.upright_size().unwrap_or((w, h));
    let suggested_crop = match faces.as_slice() {
        [face] => fix::head_crop(face, w, h, profile),
        _ => None,
    };
    Report {
        suggested_crop,
        profile: profile.id.clone(),
        status: overall(&checks),
        format: facts.format,
        bytes: facts.bytes,
        width: Some(size.0),
        height: Some(size.1),
        faces,
        checks,
        confirmations: profile.confirmations.clone(),
    }
}
