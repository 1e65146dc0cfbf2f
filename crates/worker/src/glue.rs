//! Browser side of the worker: messages, model cache, decoding with the browser's codecs.

use std::cell::RefCell;

use js_sys::{Array, Object, Reflect, Uint8Array};
use madoguchi_docscan::{OcrModels, Scanner};
use madoguchi_jobs::{Reply, Request, decode, encode};
use madoguchi_photocheck::FaceDetector;
use madoguchi_worker::models::{self, ModelFile};
use madoguchi_worker::{
    Decoded, Engines, needs_docscan_models, needs_face_model, needs_pixels, run_with,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Cache Storage bucket of the model files; the version changes when a model does.
const MODEL_CACHE: &str = "madoguchi-models-v1";

thread_local! {
    static FACE_DETECTOR: RefCell<Option<FaceDetector>> = const { RefCell::new(None) };
    static SCANNER: RefCell<Option<Scanner>> = const { RefCell::new(None) };
}

/// Milliseconds for the scanner's stage timings.
fn now() -> f64 {
    js_sys::Date::now()
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Listens for jobs and tells the page it is ready (called by the loader once the thread pool
/// is up).
#[wasm_bindgen(js_name = startEngine)]
pub fn start() {
    let handler = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        spawn_local(async move { handle(data).await });
    });
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    post(0, &Reply::Ready, None);
}

fn post(id: u32, reply: &Reply, bytes: Option<Vec<u8>>) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"id".into(), &id.into());
    let _ = Reflect::set(&message, &"message".into(), &encode(reply).into());
    let transfer = Array::new();
    if let Some(bytes) = bytes {
        let buffer = Uint8Array::from(bytes.as_slice()).buffer();
        let _ = Reflect::set(&message, &"bytes".into(), &buffer);
        transfer.push(&buffer);
    }
    let _ = scope().post_message_with_transfer(&message, &transfer);
}

fn failed(id: u32, message: &str) {
    post(
        id,
        &Reply::Failed {
            message: message.to_owned(),
        },
        None,
    );
}

async fn handle(data: JsValue) {
    let id = Reflect::get(&data, &"id".into())
        .ok()
        .and_then(|v| v.as_f64())
        .map_or(0, |v| v as u32);
    let Some(request) = Reflect::get(&data, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .and_then(|m| decode::<Request>(&m).ok())
    else {
        return failed(id, "worker-failed");
    };
    let bytes = Reflect::get(&data, &"bytes".into())
        .ok()
        .filter(|b| b.is_instance_of::<js_sys::ArrayBuffer>())
        .map(|b| Uint8Array::new(&b).to_vec())
        .unwrap_or_default();
    if needs_face_model(&request) {
        if let Err(message) = ensure_face_detector(id).await {
            return failed(id, message);
        }
    }
    if needs_docscan_models(&request) {
        if let Err(message) = ensure_scanner(id).await {
            return failed(id, message);
        }
    }
    let decode_start = js_sys::Date::now();
    let pixels = if needs_pixels(&request) {
        decode_in_browser(&bytes).await
    } else {
        None
    };
    let decode_millis = if pixels.is_some() {
        js_sys::Date::now() - decode_start
    } else {
        0.0
    };
    let decoded = pixels.as_ref().map(|(width, height, rgba)| Decoded {
        width: *width,
        height: *height,
        rgba,
    });
    let (mut reply, out) = if needs_face_model(&request) {
        // The face detector (SeetaFace's) cannot move between threads: photo jobs run here.
        FACE_DETECTOR.with(|face| {
            let mut detector = face.borrow_mut();
            let engines = Engines {
                detector: detector.as_mut(),
                scanner: None,
            };
            run_with(&request, &bytes, decoded, engines, &mut js_sys::Date::now)
        })
    } else {
        SCANNER.with(|scanner| {
            let scanner = scanner.borrow();
            let scanner = scanner.as_ref();
            // The job runs on a thread of the pool (this one waits), so the models' parallel
            // loops share work among the pool's threads directly. Run from here, every loop
            // would be a round trip between threads, hundreds per model run: that made the
            // document reads slower than without threads.
            rayon::scope(|_| {
                let engines = Engines {
                    detector: None,
                    scanner,
                };
                run_with(&request, &bytes, decoded, engines, &mut js_sys::Date::now)
            })
        })
    };
    match &mut reply {
        Reply::PhotoChecked { report } => report.decode_millis = decode_millis,
        Reply::PhotoFixed { fixed } => fixed.report.decode_millis = decode_millis,
        Reply::DocumentRead { scan } => scan.decode_millis = decode_millis,
        Reply::CardNumberRead { read } => read.decode_millis = decode_millis,
        _ => {}
    }
    post(id, &reply, out);
}

async fn ensure_face_detector(id: u32) -> Result<(), &'static str> {
    if FACE_DETECTOR.with(|cell| cell.borrow().is_some()) {
        return Ok(());
    }
    let seeta = load_with_progress(id, &models::FACE_DETECTOR).await?;
    let detector = FaceDetector::from_model_bytes(&seeta).map_err(|_| "worker-model-damaged")?;
    // The landmark models add pose and open-eye checks; the face checks work without them, so
    // a failed download leaves those checks out rather than failing the job.
    let keypoints = load_with_progress(id, &models::FACE_KEYPOINTS).await;
    let mesh = load_with_progress(id, &models::FACE_MESH).await;
    let detector = match (keypoints, mesh) {
        (Ok(keypoints), Ok(mesh)) => detector
            .with_landmark_models(&keypoints, &mesh)
            .map_err(|_| "worker-model-damaged")?,
        _ => detector,
    };
    FACE_DETECTOR.with(|cell| *cell.borrow_mut() = Some(detector));
    Ok(())
}

/// The OCR models (detector, recogniser and its classes), loaded once.
async fn ensure_scanner(id: u32) -> Result<(), &'static str> {
    if SCANNER.with(|cell| cell.borrow().is_some()) {
        return Ok(());
    }
    let detector = load_with_progress(id, &models::OCR_DETECTOR).await?;
    let recognizer = load_with_progress(id, &models::OCR_RECOGNIZER).await?;
    let dictionary = load_with_progress(id, &models::OCR_DICTIONARY).await?;
    let dictionary = String::from_utf8(dictionary).map_err(|_| "worker-model-damaged")?;
    let models =
        OcrModels::load(detector, recognizer, &dictionary).map_err(|_| "worker-model-damaged")?;
    let scanner = Scanner::new(models).with_clock(now);
    SCANNER.with(|cell| *cell.borrow_mut() = Some(scanner));
    Ok(())
}

/// One model file, posting download progress under its name.
async fn load_with_progress(id: u32, model: &ModelFile) -> Result<Vec<u8>, &'static str> {
    load_model(model, |loaded, total| {
        post(
            id,
            &Reply::Downloading {
                model: model.name.to_owned(),
                loaded,
                total,
            },
            None,
        );
    })
    .await
}

async fn call(promise: js_sys::Promise) -> Result<JsValue, &'static str> {
    JsFuture::from(promise)
        .await
        .map_err(|_| "worker-model-download-failed")
}

/// The model from the Cache API, else from the app's origin (reporting progress) into the cache.
/// Either way the bytes must match the pinned SHA-256.
async fn load_model(
    model: &ModelFile,
    progress: impl Fn(u64, u64),
) -> Result<Vec<u8>, &'static str> {
    let cache: Option<web_sys::Cache> = match scope().caches() {
        Ok(caches) => call(caches.open(MODEL_CACHE))
            .await
            .ok()
            .map(JsValue::unchecked_into),
        Err(_) => None,
    };
    if let Some(cache) = &cache {
        let cached = call(cache.match_with_str(model.path)).await.ok();
        if let Some(response) = cached.filter(|r| r.is_instance_of::<web_sys::Response>()) {
            let response: web_sys::Response = response.unchecked_into();
            if let Ok(buffer) = response.array_buffer() {
                let bytes = Uint8Array::new(&call(buffer).await?).to_vec();
                if models::verify(model, &bytes) {
                    return Ok(bytes);
                }
            }
            let _ = call(cache.delete_with_str(model.path)).await;
        }
    }
    let response: web_sys::Response = call(scope().fetch_with_str(model.path))
        .await?
        .unchecked_into();
    if !response.ok() {
        return Err("worker-model-download-failed");
    }
    let total = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|l| l.parse().ok())
        .unwrap_or(0);
    let bytes = read_body(&response, total, &progress).await?;
    if !models::verify(model, &bytes) {
        return Err("worker-model-damaged");
    }
    if let Some(cache) = &cache {
        let mut copy = bytes.clone();
        if let Ok(stored) = web_sys::Response::new_with_opt_u8_array(Some(&mut copy)) {
            let _ = call(cache.put_with_str(model.path, &stored)).await;
        }
    }
    Ok(bytes)
}

async fn read_body(
    response: &web_sys::Response,
    total: u64,
    progress: &impl Fn(u64, u64),
) -> Result<Vec<u8>, &'static str> {
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(usize::try_from(total).unwrap_or(0));
    loop {
        let chunk = call(reader.read()).await?;
        let done = Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true);
        if done {
            break;
        }
        if let Ok(value) = Reflect::get(&chunk, &"value".into()) {
            bytes.extend(Uint8Array::new(&value).to_vec());
        }
        progress(bytes.len() as u64, total.max(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Upright RGBA pixels decoded by the browser (its codecs are faster than ours in wasm and
/// apply the EXIF orientation); `None` when it cannot decode the bytes.
async fn decode_in_browser(bytes: &[u8]) -> Option<(u32, u32, Vec<u8>)> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    let options = web_sys::ImageBitmapOptions::new();
    options.set_image_orientation(web_sys::ImageOrientation::FromImage);
    let promise = scope()
        .create_image_bitmap_with_blob_and_image_bitmap_options(&blob, &options)
        .ok()?;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(promise).await.ok()?.unchecked_into();
    let (width, height) = (bitmap.width(), bitmap.height());
    let canvas = web_sys::OffscreenCanvas::new(width, height).ok()?;
    let context: web_sys::OffscreenCanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.unchecked_into();
    context
        .draw_image_with_image_bitmap(&bitmap, 0.0, 0.0)
        .ok()?;
    bitmap.close();
    let data = context
        .get_image_data(0.0, 0.0, f64::from(width), f64::from(height))
        .ok()?;
    Some((width, height, data.data().0))
}
