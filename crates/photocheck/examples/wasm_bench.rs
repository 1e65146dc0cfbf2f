//! The engine in wasm32, for timing in V8 (`examples/wasm_bench.mjs`). Build:
//! `cargo build --release --example wasm_bench --target wasm32-unknown-unknown` then
//! `wasm-bindgen --target nodejs`. Natively this example is empty.
#![cfg(target_arch = "wasm32")]

use madoguchi_photocheck::{
    FaceDetector, Photo, Profile, auto_fix, check_photo, decode, file_facts, profile,
};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Engine {
    detector: FaceDetector,
    profile: Profile,
    photo: Option<Photo>,
    bytes: Vec<u8>,
}

#[wasm_bindgen]
impl Engine {
    #[wasm_bindgen(constructor)]
    pub fn new(model: &[u8], profile_id: &str) -> Result<Engine, JsError> {
        Ok(Engine {
            detector: FaceDetector::from_model_bytes(model).map_err(|e| JsError::new(&e))?,
            profile: profile(profile_id).ok_or_else(|| JsError::new("profile"))?,
            photo: None,
            bytes: Vec::new(),
        })
    }

    /// Decodes and keeps the photo; returns its width.
    pub fn decode(&mut self, bytes: &[u8]) -> u32 {
        self.bytes = bytes.to_vec();
        self.photo = decode(bytes).ok();
        self.photo.as_ref().map_or(0, |p| p.rgb.width())
    }

    /// Keeps a photo given as RGBA pixels (as from a canvas).
    pub fn set_rgba(&mut self, width: u32, height: u32, rgba: &[u8], bytes: &[u8]) -> bool {
        self.bytes = bytes.to_vec();
        self.photo = Photo::from_rgba(width, height, rgba, 1);
        self.photo.is_some()
    }

    /// RGBA of the kept photo (to feed `set_rgba` in the benchmark).
    pub fn rgba(&self) -> Vec<u8> {
        self.photo.as_ref().map_or_else(Vec::new, |p| {
            p.rgb
                .pixels()
                .flat_map(|px| [px.0[0], px.0[1], px.0[2], 255])
                .collect()
        })
    }

    /// All checks on the kept photo; the report as JSON.
    pub fn check(&mut self) -> String {
        let Some(photo) = &self.photo else {
            return String::new();
        };
        let r = check_photo(
            &file_facts(&self.bytes),
            photo,
            &self.profile,
            Some(&mut self.detector),
        );
        serde_json::to_string(&r).unwrap_or_default()
    }

    /// Auto-fix from the kept bytes; the fixed JPEG's size.
    pub fn fix(&mut self) -> usize {
        auto_fix(&self.bytes, &self.profile, Some(&mut self.detector)).map_or(0, |f| f.bytes)
    }
}
