//! The worker's jobs, independent of the browser: given a [`Request`], the photo's bytes (and,
//! when the browser decoded it, its pixels) and the loaded models, produce the [`Reply`].
//! `main.rs` is the thin wasm glue (messages, model fetching, browser decoding).

pub mod models;
pub mod photo;
pub mod qr;

use madoguchi_jobs::{ProfileInfo, Reply, Request};
use madoguchi_photocheck::FaceDetector;

/// Pixels the browser decoded (upright, RGBA), when it could.
pub struct Decoded<'a> {
    pub width: u32,
    pub height: u32,
    pub rgba: &'a [u8],
}

/// Runs one job. Returns the reply and, for a fixed photo, the new JPEG.
pub fn run(
    request: &Request,
    bytes: &[u8],
    decoded: Option<Decoded<'_>>,
    detector: Option<&mut FaceDetector>,
    clock: &mut dyn FnMut() -> f64,
) -> (Reply, Option<Vec<u8>>) {
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
    }
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
    !matches!(request, Request::Profiles)
}

/// Whether a job needs the face model (loaded before running it).
pub fn needs_face_model(request: &Request) -> bool {
    matches!(
        request,
        Request::CheckPhoto { .. } | Request::FixPhoto { .. }
    )
}
