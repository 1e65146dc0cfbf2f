//! Registers the service worker (`public/sw.js`) so the app works offline after the first
//! visit. The build's identity (the hash in the page's wasm file name) names its cache, so a new
//! build replaces the old cache instead of mixing with it.

use js_sys::{Function, Reflect};
use wasm_bindgen::JsCast;

/// The content hash Trunk put in the wasm file name this page loaded (`madoguchi-<hash>_bg.wasm`).
fn build_id() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let link = document
        .query_selector("link[rel=preload][href$=\"_bg.wasm\"]")
        .ok()??;
    let href = link.get_attribute("href")?;
    let name = href.rsplit('/').next()?;
    Some(
        name.trim_start_matches("madoguchi-")
            .trim_end_matches("_bg.wasm")
            .to_owned(),
    )
}

pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let Ok(container) = Reflect::get(&navigator, &"serviceWorker".into()) else {
        return;
    };
    if container.is_undefined() {
        return;
    }
    let version = build_id().unwrap_or_else(|| "dev".to_owned());
    if let Some(register) = Reflect::get(&container, &"register".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        let _ = register.call1(&container, &format!("/sw.js?v={version}").into());
    }
}
