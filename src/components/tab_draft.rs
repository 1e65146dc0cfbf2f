//! A flow's draft kept in this tab's sessionStorage, never localStorage: it survives reloads and
//! the back button, is gone when the tab closes, and is wiped once the form is submitted.

use leptos::prelude::*;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The draft stored under `key`, or a fresh one.
pub fn load<T: DeserializeOwned + Default>(key: &str) -> T {
    storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Stores the draft under `key` whenever it changes; an untouched (default) draft is not stored,
/// so a wiped flow leaves nothing behind.
pub fn keep<T>(key: &'static str, draft: RwSignal<T>)
where
    T: Serialize + Default + PartialEq + Clone + Send + Sync + 'static,
{
    Effect::new(move |_| {
        let draft = draft.get();
        if draft == T::default() {
            return;
        }
        if let (Some(storage), Ok(json)) = (storage(), serde_json::to_string(&draft)) {
            let _ = storage.set_item(key, &json);
        }
    });
}

/// Removes the draft stored under `key`.
pub fn forget(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}
