//! Face detection (SeetaFace via `rustface`, model passed in as bytes; optionally MediaPipe
//! landmarks, see [`crate::landmarks`]) and the head geometry rules: exactly one face, inside the
//! frame, head height, eye line, centring, roll, and with landmarks yaw, pitch and open eyes.

use image::{GrayImage, RgbImage};
use serde::Serialize;

use crate::analysis::Rect;
use crate::landmarks::LandmarkModels;
use crate::pose::MeshMeasures;
use crate::profile::{Band, Profile, Side, round};
use crate::report::{Check, Status};

/// Where the SeetaFace box sits on a head, as shares of the box height (measured on frontal
/// portraits of rustface's test photo: the box runs from the mid forehead to the chin).
const CROWN_ABOVE_BOX: f64 = 0.33;
const CHIN_BELOW_BOX: f64 = 0.03;
const EYES_BELOW_BOX_TOP: f64 = 0.36;

/// A face detector built from model bytes (`seeta_fd_frontal_v1.0.bin` from the rustface crate),
/// optionally with the landmark models.
pub struct FaceDetector {
    inner: Box<dyn rustface::Detector>,
    landmarks: Option<LandmarkModels>,
}

impl std::fmt::Debug for FaceDetector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FaceDetector")
    }
}

impl FaceDetector {
    /// Reads a SeetaFace model. The model is trusted input (shipped with the app).
    pub fn from_model_bytes(model: &[u8]) -> Result<Self, String> {
        let model = rustface::read_model(std::io::Cursor::new(model)).map_err(|e| e.to_string())?;
        let mut inner = rustface::create_detector_with_model(model);
        inner.set_score_thresh(2.0);
        inner.set_pyramid_scale_factor(0.8);
        inner.set_slide_window_step(4, 4);
        Ok(FaceDetector {
            inner,
            landmarks: None,
        })
    }

    /// Adds the landmark models (`face_detection_short_range.rten`, `face_landmark.rten`): head
    /// pose, open eyes and landmark-based chin and eye line. Without them those come from the
    /// SeetaFace box (pose and eyes are then not checked).
    pub fn with_landmark_models(mut self, detection: &[u8], mesh: &[u8]) -> Result<Self, String> {
        self.landmarks = Some(LandmarkModels::from_model_bytes(detection, mesh)?);
        Ok(self)
    }

    pub fn has_landmarks(&self) -> bool {
        self.landmarks.is_some()
    }

    /// The mesh measures of the face in `bbox` (upright photo pixels), when the landmark models
    /// are loaded and see a face there.
    pub fn mesh_measures(&self, rgb: &RgbImage, bbox: Rect) -> Option<MeshMeasures> {
        let mesh = self.landmarks.as_ref()?.mesh(rgb, bbox)?;
        crate::pose::measure(&mesh)
    }

    /// Face boxes with scores on a greyscale image, best first. An ID photo's face is big, so
    /// faces under a sixth of the short side are not looked for (most of the work).
    pub fn detect(&mut self, gray: &GrayImage) -> Vec<(Rect, f64)> {
        let (w, h) = gray.dimensions();
        self.detect_min(gray, w.min(h) / 6)
    }

    /// Face boxes at least `min_face` pixels wide (at least 20), best first.
    pub fn detect_min(&mut self, gray: &GrayImage, min_face: u32) -> Vec<(Rect, f64)> {
        let (w, h) = gray.dimensions();
        if w < 24 || h < 24 {
            return Vec::new();
        }
        self.inner.set_min_face_size(min_face.max(20));
        let data = rustface::ImageData::new(gray.as_raw(), w, h);
        let mut faces: Vec<(Rect, f64)> = self
            .inner
            .detect(&data)
            .iter()
            .map(|f| {
                let b = f.bbox();
                (
                    Rect {
                        x: f64::from(b.x()),
                        y: f64::from(b.y()),
                        width: f64::from(b.width()),
                        height: f64::from(b.height()),
                    },
                    f.score(),
                )
            })
            .collect();
        faces.sort_by(|a, b| b.1.total_cmp(&a.1));
        faces
    }
}

/// One face and the head geometry derived from it, in pixels of the upright photo.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Face {
    pub bbox: Rect,
    pub score: f64,
    pub crown_y: f64,
    /// The crown was found against the background (else estimated from the box).
    pub crown_measured: bool,
    pub chin_y: f64,
    pub eye_y: f64,
    pub centre_x: f64,
    /// Left and right eye centres (image left/right), when both were found.
    pub eyes: Option<[(f64, f64); 2]>,
    /// Head roll in degrees from the eye positions (positive: clockwise in the image).
    pub roll_degrees: Option<f64>,
    /// Mean luma of the eye band over that of the cheeks: low for dark glasses.
    pub eye_band_ratio: Option<f64>,
    /// Landmark measures (pose, eyes, chin), when the landmark models ran.
    pub mesh: Option<MeshMeasures>,
}

impl Face {
    pub fn head_height(&self) -> f64 {
        self.chin_y - self.crown_y
    }

    /// The head region (box widened for hair and ears, from crown to chin).
    pub fn head_rect(&self) -> Rect {
        let w = self.bbox.width * 1.4;
        Rect {
            x: self.centre_x - w / 2.0,
            y: self.crown_y,
            width: w,
            height: self.head_height(),
        }
    }
}

/// Head geometry from a detector box on the working greyscale image (box in its pixels).
pub fn measure_face(gray: &GrayImage, bbox: Rect, score: f64) -> Face {
    let (w, h) = (f64::from(gray.width()), f64::from(gray.height()));
    let centre_x = bbox.x + bbox.width / 2.0;
    let estimated_crown = bbox.y - CROWN_ABOVE_BOX * bbox.height;
    let (crown_y, crown_measured) = match find_crown(gray, bbox) {
        // The head touches the top edge: it is cut off by at least the estimate's overshoot.
        Some(y) if y <= 0.0 => (estimated_crown.min(-1.0), false),
        Some(y) => (y, true),
        None => (estimated_crown, false),
    };
    let chin_y = bbox.bottom() + CHIN_BELOW_BOX * bbox.height;
    let eyes = find_eyes(gray, bbox);
    let eye_y = eyes.map_or(bbox.y + EYES_BELOW_BOX_TOP * bbox.height, |[l, r]| {
        (l.1 + r.1) / 2.0
    });
    let roll_degrees = eyes.map(|[l, r]| (r.1 - l.1).atan2(r.0 - l.0).to_degrees());
    let _ = (w, h);
    let band = |y0: f64, y1: f64| {
        crate::analysis::mean(
            gray,
            Rect {
                x: bbox.x + 0.15 * bbox.width,
                y: bbox.y + y0 * bbox.height,
                width: 0.7 * bbox.width,
                height: (y1 - y0) * bbox.height,
            },
        )
    };
    let eye_band_ratio = match (band(0.28, 0.45), band(0.55, 0.72)) {
        (Some(e), Some(c)) if c > 1.0 => Some(e / c),
        _ => None,
    };
    Face {
        bbox,
        score,
        crown_y,
        crown_measured,
        chin_y,
        eye_y,
        centre_x,
        eyes,
        roll_degrees,
        eye_band_ratio,
        mesh: None,
    }
}

/// Takes the chin, eye line and roll from the landmarks, which find them on the face instead of
/// at fixed shares of the box (and see the eyes behind glasses or in shadow). The crown stays
/// as measured against the background or estimated from the box: the mesh ends at the hairline,
/// and hair height varies too much to estimate the crown from it (0.46 face lengths above the
/// forehead point on the test portraits, where the box estimate was made). Photo pixels.
pub fn apply_mesh(face: &mut Face, mesh: MeshMeasures) {
    face.chin_y = mesh.chin.1;
    face.eyes = Some(mesh.eyes);
    face.eye_y = (mesh.eyes[0].1 + mesh.eyes[1].1) / 2.0;
    face.roll_degrees = Some(mesh.pose.roll);
    face.mesh = Some(mesh);
}

/// Scales a face measured on the working image to the full photo.
pub fn scale_face(face: &Face, s: f64) -> Face {
    Face {
        bbox: face.bbox.scaled(s),
        score: face.score,
        crown_y: face.crown_y * s,
        crown_measured: face.crown_measured,
        chin_y: face.chin_y * s,
        eye_y: face.eye_y * s,
        centre_x: face.centre_x * s,
        eyes: face.eyes.map(|e| e.map(|(x, y)| (x * s, y * s))),
        roll_degrees: face.roll_degrees,
        eye_band_ratio: face.eye_band_ratio,
        mesh: face.mesh.clone(),
    }
}

/// Mean and spread of a patch.
fn patch_stats(gray: &GrayImage, x0: u32, y0: u32, x1: u32, y1: u32) -> Option<(f64, f64)> {
    let (mut s, mut s2, mut n) = (0.0, 0.0, 0.0);
    for y in y0..y1.min(gray.height()) {
        for x in x0..x1.min(gray.width()) {
            let v = f64::from(gray.get_pixel(x, y).0[0]);
            s += v;
            s2 += v * v;
            n += 1.0;
        }
    }
    (n > 0.0).then(|| {
        let m = s / n;
        (m, (s2 / n - m * m).max(0.0).sqrt())
    })
}

/// The top of the head over a plain background: scanning down from the top edge, the first row
/// where the central band above the face differs from the background. `None` when the
/// background is not plain enough to tell.
fn find_crown(gray: &GrayImage, bbox: Rect) -> Option<f64> {
    let (w, h) = gray.dimensions();
    let pw = (w / 12).max(2);
    let ph = (h / 20).max(2);
    let (lm, ls) = patch_stats(gray, 0, 0, pw, ph)?;
    let (rm, rs) = patch_stats(gray, w.saturating_sub(pw), 0, w, ph)?;
    if (lm - rm).abs() > 20.0 || ls.max(rs) > 14.0 {
        return None;
    }
    let bg = (lm + rm) / 2.0;
    let tolerance = (3.0 * ls.max(rs)).max(18.0);
    let band = Rect {
        x: bbox.x + bbox.width * 0.3,
        y: 0.0,
        width: bbox.width * 0.4,
        height: 0.0,
    };
    let (x0, _, x1, _) = band.clamp(w, h);
    if x1 <= x0 {
        return None;
    }
    let end = bbox.y.clamp(0.0, f64::from(h)) as u32;
    // From the top down: the first row where the head shows in the central band.
    let crown = (0..end).find(|&y| {
        let differing = (x0..x1)
            .filter(|&x| (f64::from(gray.get_pixel(x, y).0[0]) - bg).abs() > tolerance)
            .count();
        differing as f64 >= 0.1 * f64::from(x1 - x0)
    })?;
    // Above the box by a plausible amount (hair can be flat or tall).
    let above = bbox.y - f64::from(crown);
    (crown == 0 || above > 0.15 * bbox.height && above < 1.2 * bbox.height)
        .then_some(f64::from(crown))
}

/// Eye centres as the darkest smoothed spots in the two eye windows of the box.
fn find_eyes(gray: &GrayImage, bbox: Rect) -> Option<[(f64, f64); 2]> {
    let window = |x0: f64, x1: f64| Rect {
        x: bbox.x + bbox.width * x0,
        y: bbox.y + bbox.height * 0.2,
        width: bbox.width * (x1 - x0),
        height: bbox.height * 0.35,
    };
    let r = (bbox.width / 40.0).max(1.0) as u32;
    let darkest = |rect: Rect| -> Option<(f64, f64)> {
        let (x0, y0, x1, y1) = rect.clamp(gray.width(), gray.height());
        let mut best: Option<(u32, f64, f64)> = None;
        let step = r.max(1);
        let mut y = y0 + r;
        while y + r < y1 {
            let mut x = x0 + r;
            while x + r < x1 {
                let mut s = 0u32;
                for yy in y - r..=y + r {
                    for xx in x - r..=x + r {
                        s += u32::from(gray.get_pixel(xx, yy).0[0]);
                    }
                }
                if best.is_none_or(|b| s < b.0) {
                    best = Some((s, f64::from(x), f64::from(y)));
                }
                x += step;
            }
            y += step;
        }
        best.map(|b| (b.1, b.2))
    };
    let left = darkest(window(0.12, 0.45))?;
    let right = darkest(window(0.55, 0.88))?;
    let dx = right.0 - left.0;
    let dy = (right.1 - left.1).abs();
    (dx > 0.25 * bbox.width && dx < 0.7 * bbox.width && dy < 0.2 * bbox.width)
        .then_some([left, right])
}

fn band_check(
    id: &str,
    band: &Band,
    value: f64,
    scale: f64,
    unit: &str,
    messages: [&str; 3],
) -> Check {
    let (status, side) = band.judge(value);
    let message = match side {
        Side::Low => messages[0],
        Side::Within => messages[1],
        Side::High => messages[2],
    };
    let (min, max) = band.pass_range(scale);
    Check::new(id, status, message)
        .measured(value)
        .limit(band.limit_text(scale, unit))
        .arg("percent", round(value * scale))
        .arg("min", min)
        .arg("max", max)
}

/// Face and head checks for faces found on a `width`×`height` upright photo. `landmarks`: the
/// landmark models were loaded, so pose and open eyes are reported (as skipped when the mesh
/// did not fit the face).
pub fn face_checks(
    faces: &[Face],
    width: u32,
    height: u32,
    profile: &Profile,
    landmarks: bool,
) -> Vec<Check> {
    let mut checks = Vec::new();
    let face = match faces {
        [] => {
            checks.push(Check::new("face-count", Status::Fail, "photo-face-none").measured(0.0));
            return checks;
        }
        [face] => {
            checks.push(
                Check::new("face-count", Status::Pass, "photo-face-one")
                    .measured(1.0)
                    .limit("1"),
            );
            face
        }
        [face, ..] => {
            checks.push(
                Check::new("face-count", Status::Fail, "photo-face-many")
                    .measured(faces.len() as f64)
                    .limit("1")
                    .arg("count", faces.len() as i64),
            );
            face
        }
    };
    let (w, h) = (f64::from(width), f64::from(height));
    let b = face.bbox;
    let margin = 0.02 * w.min(h);
    let cut = b.x < margin
        || b.y < margin
        || face.crown_y < 0.0
        || b.right() > w - margin
        || face.chin_y > h
        || b.bottom() > h - margin;
    checks.push(if cut {
        Check::new("face-inside", Status::Fail, "photo-face-cut")
    } else {
        Check::new("face-inside", Status::Pass, "photo-face-inside")
    });
    checks.push(band_check(
        "top-margin",
        &profile.top_margin,
        face.crown_y / h,
        100.0,
        " %",
        ["photo-top-tight", "photo-top-ok", "photo-top-ok"],
    ));
    let mut head = band_check(
        "head-height",
        &profile.head_height,
        face.head_height() / h,
        100.0,
        " %",
        ["photo-head-small", "photo-head-ok", "photo-head-large"],
    );
    if !face.crown_measured {
        head = head.text_arg("crown", "estimated");
    }
    // A head too small is fixed by cropping; too large is not.
    let too_small = head.message == "photo-head-small";
    checks.push(head.fixable(too_small));
    checks.push(
        band_check(
            "eye-line",
            &profile.eye_line,
            face.eye_y / h,
            100.0,
            " % from top",
            ["photo-eyes-high", "photo-eyes-ok", "photo-eyes-low"],
        )
        .fixable(true),
    );
    let offset = (face.centre_x - w / 2.0) / w;
    let (status, _) = profile.centre_offset.judge(offset.abs());
    let (_, max) = profile.centre_offset.pass_range(100.0);
    checks.push(
        Check::new(
            "centring",
            status,
            if status == Status::Pass {
                "photo-centre-ok"
            } else if offset < 0.0 {
                "photo-centre-left"
            } else {
                "photo-centre-right"
            },
        )
        .measured(offset)
        .limit(profile.centre_offset.limit_text(100.0, " %"))
        .arg("percent", round(offset.abs() * 100.0))
        .arg("max", max)
        .fixable(true),
    );
    checks.push(match face.roll_degrees {
        Some(roll) => {
            let (status, _) = profile.roll_degrees.judge(roll.abs());
            let (_, max) = profile.roll_degrees.pass_range(1.0);
            Check::new(
                "roll",
                status,
                if status == Status::Pass {
                    "photo-roll-ok"
                } else {
                    "photo-roll-tilted"
                },
            )
            .measured(roll)
            .limit(profile.roll_degrees.limit_text(1.0, "°"))
            .arg("degrees", round(roll.abs()))
            .arg("max", max)
        }
        None => Check::new("roll", Status::Skip, "photo-roll-unknown"),
    });
    if let Some(ratio) = face.eye_band_ratio {
        let band = &profile.quality.eye_band_ratio;
        let (status, _) = band.judge(ratio);
        checks.push(
            Check::new(
                "dark-glasses",
                status,
                if status == Status::Pass {
                    "photo-glasses-ok"
                } else {
                    "photo-glasses-dark"
                },
            )
            .measured(ratio)
            .limit(band.limit_text(1.0, "")),
        );
    }
    if landmarks {
        checks.extend(mesh_checks(face.mesh.as_ref(), profile));
    }
    checks
}

/// A turn of the head (yaw or pitch, signed degrees) against its band; `sides` are the
/// messages for a negative and a positive angle.
fn turn_check(id: &str, band: &Band, degrees: f64, ok: &str, sides: [&str; 2]) -> Check {
    let (status, _) = band.judge(degrees.abs());
    let (_, max) = band.pass_range(1.0);
    let message = match status {
        Status::Pass => ok,
        _ if degrees < 0.0 => sides[0],
        _ => sides[1],
    };
    Check::new(id, status, message)
        .measured(degrees)
        .limit(band.limit_text(1.0, "°"))
        .arg("degrees", round(degrees.abs()))
        .arg("max", max)
}

/// Yaw, pitch and open eyes from the landmarks.
fn mesh_checks(mesh: Option<&MeshMeasures>, profile: &Profile) -> Vec<Check> {
    let Some(m) = mesh else {
        return vec![
            Check::new("yaw", Status::Skip, "photo-pose-unknown"),
            Check::new("pitch", Status::Skip, "photo-pose-unknown"),
            Check::new("eyes-open", Status::Skip, "photo-eyes-open-unknown"),
        ];
    };
    // Yaw > 0: the nose points to the image's right, the person's left in an unmirrored photo.
    let yaw = turn_check(
        "yaw",
        &profile.yaw_degrees,
        m.pose.yaw,
        "photo-yaw-ok",
        ["photo-yaw-right", "photo-yaw-left"],
    );
    let pitch = turn_check(
        "pitch",
        &profile.pitch_degrees,
        m.pose.pitch,
        "photo-pitch-ok",
        ["photo-pitch-down", "photo-pitch-up"],
    );
    let band = &profile.quality.eye_openness;
    let open = m.eye_openness[0].min(m.eye_openness[1]);
    let (status, _) = band.judge(open);
    let eyes = Check::new(
        "eyes-open",
        status,
        if status == Status::Pass {
            "photo-eyes-open-ok"
        } else {
            "photo-eyes-open-closed"
        },
    )
    .measured(open)
    .limit(band.limit_text(1.0, ""));
    vec![yaw, pitch, eyes]
}
