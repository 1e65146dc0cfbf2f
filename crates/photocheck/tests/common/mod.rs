//! Fixtures: generated deterministically from a gradient, from the committed Pillow files
//! (`fixtures/make.py`), and real faces from the group photo that ships inside the `rustface`
//! crate (`test.png`, found in cargo's registry next to the model).
#![allow(dead_code, clippy::unwrap_used)]

use std::path::PathBuf;
use std::sync::OnceLock;

use image::{DynamicImage, Rgb, RgbImage};
use madoguchi_photocheck::analysis::Rect;
use madoguchi_photocheck::{FaceDetector, decode};

pub fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The unpacked rustface crate (a dependency, so cargo has it in its registry).
pub fn rustface_dir() -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cargo"));
    let local = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models");
    if local.join("seeta_fd_frontal_v1.0.bin").is_file()
        && local.join("rustface-test.png").is_file()
    {
        return local;
    }
    std::fs::read_dir(home.join("registry/src"))
        .unwrap()
        .flatten()
        .map(|d| d.path().join("rustface-0.1.7"))
        .find(|p| p.join("test.png").is_file())
        .unwrap_or_else(|| {
            panic!("rustface-0.1.7 not unpacked; run crates/photocheck/models/fetch.sh")
        })
}

pub fn model() -> Vec<u8> {
    let dir = rustface_dir();
    let p = if dir.ends_with("models") {
        dir.join("seeta_fd_frontal_v1.0.bin")
    } else {
        dir.join("model/seeta_fd_frontal_v1.0.bin")
    };
    std::fs::read(p).unwrap()
}

/// The landmark models made by `models/fetch.sh` (BlazeFace, FaceMesh).
pub fn landmark_models() -> (Vec<u8>, Vec<u8>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("models");
    let read = |name: &str| {
        std::fs::read(dir.join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}; run crates/photocheck/models/fetch.sh"))
    };
    (
        read("face_detection_short_range.rten"),
        read("face_landmark.rten"),
    )
}

/// SeetaFace with the landmark models, as the app runs it.
pub fn detector() -> FaceDetector {
    let (detection, mesh) = landmark_models();
    seeta_only()
        .with_landmark_models(&detection, &mesh)
        .unwrap()
}

/// SeetaFace alone (the fallback when the landmark models are absent).
pub fn seeta_only() -> FaceDetector {
    FaceDetector::from_model_bytes(&model()).unwrap()
}

/// Every SeetaFace box on the group photo (full resolution), computed once.
pub fn group_faces() -> &'static Vec<Rect> {
    static FACES: OnceLock<Vec<Rect>> = OnceLock::new();
    FACES.get_or_init(|| {
        let gray = DynamicImage::ImageRgb8(group().0.clone()).into_luma8();
        seeta_only()
            .detect(&gray)
            .into_iter()
            .map(|f| f.0)
            .collect()
    })
}

/// The group face whose box centre is nearest `(x, y)`.
pub fn group_face_near(x: f64, y: f64) -> Rect {
    let d = |r: &Rect| (r.x + r.width / 2.0 - x).hypot(r.y + r.height / 2.0 - y);
    *group_faces()
        .iter()
        .min_by(|a, b| d(a).total_cmp(&d(b)))
        .unwrap()
}

/// The group photo and its largest face box (full resolution), computed once.
pub fn group() -> &'static (RgbImage, Rect) {
    static GROUP: OnceLock<(RgbImage, Rect)> = OnceLock::new();
    GROUP.get_or_init(|| {
        let dir = rustface_dir();
        let p = if dir.ends_with("models") {
            dir.join("rustface-test.png")
        } else {
            dir.join("test.png")
        };
        let rgb = decode(&std::fs::read(p).unwrap()).unwrap().rgb;
        let gray = DynamicImage::ImageRgb8(rgb.clone()).into_luma8();
        let faces = seeta_only().detect(&gray);
        let best = faces
            .iter()
            .max_by(|a, b| a.0.width.total_cmp(&b.0.width))
            .unwrap()
            .0;
        (rgb, best)
    })
}

/// How to frame a portrait made from the group photo's largest face.
#[derive(Clone, Copy, Debug)]
pub struct Portrait {
    /// Chin-to-crown share of the height.
    pub head: f64,
    /// Crown distance from the top, share of the height.
    pub top: f64,
    /// Face centre shift from the middle, share of the width.
    pub shift: f64,
    /// Head tilt in degrees (clockwise).
    pub roll: f64,
    pub height: u32,
    /// Width / height.
    pub aspect: f64,
    /// Replace everything outside the head and shoulders by a plain wall.
    pub plain: bool,
    /// With `plain`: put furniture-like shapes (shelves, a frame) on the wall.
    pub objects: bool,
    /// The wall colour (default [`WALL`]).
    pub wall: Rgb<u8>,
    /// Which face of the group photo (default: the largest).
    pub source: Option<Rect>,
}

impl Default for Portrait {
    fn default() -> Self {
        Portrait {
            head: 0.72,
            top: 0.1,
            shift: 0.0,
            roll: 0.0,
            height: 900,
            aspect: 3.5 / 4.5,
            plain: true,
            objects: false,
            wall: WALL,
            source: None,
        }
    }
}

pub const WALL: Rgb<u8> = Rgb([214, 218, 222]);

fn sample(img: &RgbImage, x: f64, y: f64) -> Option<Rgb<u8>> {
    let (w, h) = img.dimensions();
    if x < 0.0 || y < 0.0 || x >= f64::from(w - 1) || y >= f64::from(h - 1) {
        return None;
    }
    let (x0, y0) = (x.floor(), y.floor());
    let (fx, fy) = (x - x0, y - y0);
    let (x0, y0) = (x0 as u32, y0 as u32);
    let mut out = [0u8; 3];
    for (c, o) in out.iter_mut().enumerate() {
        let p = |xx: u32, yy: u32| f64::from(img.get_pixel(xx, yy).0[c]);
        let v = p(x0, y0) * (1.0 - fx) * (1.0 - fy)
            + p(x0 + 1, y0) * fx * (1.0 - fy)
            + p(x0, y0 + 1) * (1.0 - fx) * fy
            + p(x0 + 1, y0 + 1) * fx * fy;
        *o = v.round().clamp(0.0, 255.0) as u8;
    }
    Some(Rgb(out))
}

/// A portrait with the head placed as asked (head geometry as the engine estimates it).
pub fn portrait(p: Portrait) -> RgbImage {
    let (group, largest) = group();
    let b = p.source.as_ref().unwrap_or(largest);
    let crown = b.y - 0.33 * b.height;
    let chin = b.bottom() + 0.03 * b.height;
    let head = chin - crown;
    let cx = b.x + b.width / 2.0;
    let cy = (crown + chin) / 2.0;
    let h = f64::from(p.height);
    let w = (h * p.aspect).round();
    let s = p.head * h / head;
    let (sin, cos) = p.roll.to_radians().sin_cos();
    // Output position of the head centre.
    let ox = w / 2.0 + p.shift * w;
    let oy = p.top * h + p.head * h / 2.0;
    RgbImage::from_fn(w as u32, p.height, |x, y| {
        // Undo the roll around the head centre, then map into the group photo.
        let (dx, dy) = ((f64::from(x) - ox) / s, (f64::from(y) - oy) / s);
        let (sx, sy) = (cx + dx * cos + dy * sin, cy - dx * sin + dy * cos);
        let in_head =
            ((sx - cx) / (0.6 * b.width)).powi(2) + ((sy - cy) / (head / 2.0)).powi(2) <= 1.0;
        let in_body = sy > chin - 0.05 * head && (sx - cx).abs() < 1.3 * b.width;
        if p.plain && !(in_head || in_body) {
            if p.objects {
                // Shelf uprights, shelves and a picture frame, in output pixels.
                let (u, v) = (f64::from(x) / w, f64::from(y) / h);
                let upright = (u * 10.0).fract() < 0.12;
                let shelf = (v * 6.0).fract() < 0.08;
                let frame = (0.05..0.3).contains(&u) && (0.05..0.25).contains(&v);
                if upright || shelf {
                    return Rgb([92, 60, 38]);
                }
                if frame {
                    return Rgb([40, 90, 150]);
                }
            }
            return p.wall;
        }
        sample(group, sx, sy).unwrap_or(p.wall)
    })
}

pub fn jpeg(img: &RgbImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(img)
        .unwrap();
    out
}

pub fn png(img: &RgbImage) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// A smooth colour gradient with deterministic fine grain (so JPEG sizes are realistic).
pub fn gradient(w: u32, h: u32, grain: u8) -> RgbImage {
    let mut state = 0x2545_F491_u32;
    RgbImage::from_fn(w, h, |x, y| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        let n = if grain == 0 {
            0
        } else {
            (state % u32::from(grain)) as u8
        };
        let n = u32::from(n);
        let c = |v: u32| v.min(255) as u8;
        Rgb([
            c(40 + x * 180 / w + n / 2),
            c(60 + y * 160 / h + n / 3),
            c((200 - (x + y) * 120 / (w + h)).saturating_sub(n / 2)),
        ])
    })
}

/// Inserts an APP1 EXIF segment with the given orientation after SOI.
pub fn with_exif_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff = b"MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01".to_vec();
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&u16::try_from(app1.len() + 2).unwrap().to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

pub fn status_of(report: &madoguchi_photocheck::Report, id: &str) -> madoguchi_photocheck::Status {
    report
        .checks
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("no check {id}: {:#?}", report.checks))
        .status
}

pub fn check_of<'a>(
    report: &'a madoguchi_photocheck::Report,
    id: &str,
) -> &'a madoguchi_photocheck::Check {
    report.checks.iter().find(|c| c.id == id).unwrap()
}
