//! The only place the app talks to its own server (same origin). Nothing here carries document
//! data: reads of the chip and photos never reach this module.

use base64::Engine;
use js_sys::{Array, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::chip::TrustAnchors;

async fn get_json(path: &str) -> Option<wasm_bindgen::JsValue> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.json().ok()?).await.ok()
}

fn der_list(value: &wasm_bindgen::JsValue, key: &str) -> Vec<Vec<u8>> {
    let Some(list) = Reflect::get(value, &key.into())
        .ok()
        .and_then(|v| v.dyn_into::<Array>().ok())
    else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|item| item.as_string())
        .filter_map(|b64| base64::engine::general_purpose::STANDARD.decode(b64).ok())
        .collect()
}

/// CA certificates the server is configured to trust (ISA CAs, and test CAs where enabled).
pub async fn trust_anchors() -> Option<TrustAnchors> {
    let json = get_json("/api/trust-anchors").await?;
    Some(TrustAnchors {
        isa: der_list(&json, "isa"),
        test: der_list(&json, "test"),
    })
}
