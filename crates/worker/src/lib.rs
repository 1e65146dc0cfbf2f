//! The worker's jobs, independent of the browser: given a [`Request`], the photo's bytes (and,
//! when the browser decoded it, its pixels) and the loaded models, produce the [`Reply`].
//! `main.rs` is the thin wasm glue (messages, model fetching, browser decoding).

pub mod document;
pub mod models;
pub mod photo;
pub mod qr;

use madoguchi_docscan::{ImageView, Scanner};
use madoguchi_jobs::{ProfileInfo, Reply, Request};
use madoguchi_photocheck::FaceDetector;

/// Pixels the browser decoded (upright, RGBA), when it could.
pub struct Decoded<'a> {
    pub width: u32,
    pub height: u32,
    pub rgba: &'a [u8],
}

/// The loaded engines a job may need (loaded lazily by the glue, see [`needs_face_model`] and
/// [`needs_docscan_models`]).
#[derive(Default)]
pub struct Engines<'a> {
    pub detector: Option<&'a mut FaceDetector>,
    pub scanner: Option<&'a Scanner>,
}

/// RGBA pixels of the upright photo: the browser's when it decoded it, else decoded here.
fn rgba_pixels(bytes: &[u8], decoded: Option<Decoded<'_>>) -> Option<(u32, u32, Vec<u8>)> {
    if let Some(d) = decoded {
        return Some((d.width, d.height, d.rgba.to_vec()));
    }
    let photo = madoguchi_photocheck::decode(bytes).ok()?;
    let (w, h) = photo.rgb.dimensions();
    let rgba = photo
        .rgb
        .pixels()
        .flat_map(|p| [p.0[0], p.0[1], p.0[2], 255])
        .collect();
    Some((w, h, rgba))
}

/// Runs a document job on the photo with the loaded scanner.
fn document_job(
    request: &Request,
    bytes: &[u8],
    decoded: Option<Decoded<'_>>,
    scanner: Option<&Scanner>,
    clock: &mut dyn FnMut() -> f64,
) -> (Reply, Option<Vec<u8>>) {
    let Some(scanner) = scanner else {
        return failed("worker-model-download-failed");
    };
    let Some((width, height, rgba)) = rgba_pixels(bytes, decoded) else {
        return failed("photo-decode-unsupported");
    };
    let image = ImageView {
        width,
        height,
        rgba: &rgba,
    };
    let answer = match request {
        Request::ScanPassport { today } => document::scan_passport(scanner, image, today, clock)
            .map(|(scan, pixels)| (Reply::DocumentRead { scan }, Some(pixels))),
        Request::ScanCard { today } => document::scan_card(scanner, image, today, clock)
            .map(|(scan, pixels)| (Reply::DocumentRead { scan }, Some(pixels))),
        Request::ReadCardNumber => document::read_card_number(scanner, image, clock)
            .map(|read| (Reply::CardNumberRead { read }, None)),
        _ => Err("worker-failed"),
    };
    answer.unwrap_or_else(failed)
}

/// Runs one job that needs no OCR models (see [`run_with`]).
pub fn run(
    request: &Request,
    bytes: &[u8],
    decoded: Option<Decoded<'_>>,
    detector: Option<&mut FaceDetector>,
    clock: &mut dyn FnMut() -> f64,
) -> (Reply, Option<Vec<u8>>) {
    let engines = Engines {
        detector,
        scanner: None,
    };
    run_with(request, bytes, decoded, engines, clock)
}

/// Runs one job. Returns the reply and the bytes beside it: the new JPEG of a fixed photo, the
/// review picture's RGBA pixels of a read document.
pub fn run_with(
    request: &Request,
    bytes: &[u8],
    decoded: Option<Decoded<'_>>,
    engines: Engines<'_>,
    clock: &mut dyn FnMut() -> f64,
) -> (Reply, Option<Vec<u8>>) {
    let detector = engines.detector;
    match request {
        Request::Profiles => (
            Reply::Profiles {
                profiles: madoguchi_photocheck::profiles()
                    .into_iter()
                    .map(|p| ProfileInfo {
                        id: p.id,
                        title: p.title,
                    })
                    .collect(),
            },
            None,
        ),
        Request::CheckPhoto { profile } => photo::check(profile, bytes, decoded, detector, clock)
            .map_or_else(failed, |report| (Reply::PhotoChecked { report }, None)),
        Request::FixPhoto { profile } => photo::fix(profile, bytes, decoded, detector, clock)
            .map_or_else(failed, |(fixed, jpeg)| {
                (Reply::PhotoFixed { fixed }, Some(jpeg))
            }),
        Request::DocumentPortrait { profile } => {
            photo::from_document(profile, bytes, decoded, detector, clock)
                .map_or_else(failed, |(fixed, jpeg)| {
                    (Reply::PhotoFixed { fixed }, Some(jpeg))
                })
        }
        Request::ReadQr => {
            let grey = match decoded {
                Some(d) => qr::grey_from_rgba(d.width, d.height, d.rgba),
                None => madoguchi_photocheck::decode(bytes)
                    .ok()
                    .map(|photo| madoguchi_photocheck::luma(&photo.rgb)),
            };
            match grey {
                Some(grey) => (
                    Reply::QrCodes {
                        texts: qr::read_codes(&grey),
                    },
                    None,
                ),
                None => failed("photo-decode-unsupported"),
            }
        }
        Request::ScanPassport { .. } | Request::ScanCard { .. } | Request::ReadCardNumber => {
            document_job(request, bytes, decoded, engines.scanner, clock)
        }
        Request::ReadChipFace {
            width,
            height,
            today,
        } => chip_face_job(*width, *height, today, bytes, engines.scanner, clock),
    }
}

/// Reads the chip's card-face image: a clean, upright, bilevel 1011×638 picture of the front.
fn chip_face_job(
    width: u32,
    height: u32,
    today: &str,
    grey: &[u8],
    scanner: Option<&Scanner>,
    clock: &mut dyn FnMut() -> f64,
) -> (Reply, Option<Vec<u8>>) {
    let Some(scanner) = scanner else {
        return failed("worker-model-download-failed");
    };
    let expected = usize::try_from(u64::from(width) * u64::from(height)).ok();
    if width == 0 || height == 0 || expected != Some(grey.len()) {
        return failed("worker-failed");
    }
    let rgba: Vec<u8> = grey.iter().flat_map(|&v| [v, v, v, 255]).collect();
    let image = ImageView {
        width,
        height,
        rgba: &rgba,
    };
    document::scan_card(scanner, image, today, clock)
        .map_or_else(failed, |(scan, _)| (Reply::DocumentRead { scan }, None))
}

fn failed(message: &'static str) -> (Reply, Option<Vec<u8>>) {
    (
        Reply::Failed {
            message: message.to_owned(),
        },
        None,
    )
}

/// Whether a job works on a photo (the browser decodes it first when it can).
pub fn needs_pixels(request: &Request) -> bool {
    !matches!(request, Request::Profiles | Request::ReadChipFace { .. })
}

/// Whether a job needs the OCR models (loaded before running it).
pub fn needs_docscan_models(request: &Request) -> bool {
    matches!(
        request,
        Request::ScanPassport { .. }
            | Request::ScanCard { .. }
            | Request::ReadCardNumber
            | Request::ReadChipFace { .. }
    )
}

/// Whether a job needs the face model (loaded before running it).
pub fn needs_face_model(request: &Request) -> bool {
    matches!(
        request,
        Request::CheckPhoto { .. } | Request::FixPhoto { .. } | Request::DocumentPortrait { .. }
    )
}
