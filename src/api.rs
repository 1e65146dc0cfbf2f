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

/// Why a request to the API did not succeed: a Fluent id for the page, and field errors of a
/// rejected form (their `field` is the JSON path in the body).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiFailure {
    pub message: String,
    pub errors: Vec<madoguchi_rules::FieldError>,
}

impl ApiFailure {
    fn offline() -> Self {
        ApiFailure {
            message: OFFLINE.to_owned(),
            errors: Vec::new(),
        }
    }

    /// The request did not reach the server (no network, server down): worth sending again.
    pub fn is_network(&self) -> bool {
        self.message == OFFLINE
    }
}

const OFFLINE: &str = "api-error-offline";

/// How long to wait before trying again while the browser says it is online but the server
/// could not be reached.
const RETRY_WHILE_ONLINE_MS: i32 = 5_000;

#[derive(serde::Deserialize)]
struct ErrorBody {
    message: String,
    #[serde(default)]
    errors: Vec<madoguchi_rules::FieldError>,
}

/// A fresh `Idempotency-Key`: the same key is sent again when the person retries a submit.
pub fn new_idempotency_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{}", js_sys::Date::now()))
}

async fn send(
    method: &str,
    path: &str,
    body: Option<String>,
    idempotency_key: Option<&str>,
) -> Result<String, ApiFailure> {
    let window = web_sys::window().ok_or_else(ApiFailure::offline)?;
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    let headers = web_sys::Headers::new().map_err(|_| ApiFailure::offline())?;
    // The server's CSRF guard: only a same-origin script can add this header.
    let _ = headers.set("X-Madoguchi-Request", "1");
    if let Some(key) = idempotency_key {
        let _ = headers.set("Idempotency-Key", key);
    }
    if let Some(body) = &body {
        let _ = headers.set("Content-Type", "application/json");
        init.set_body(&wasm_bindgen::JsValue::from_str(body));
    }
    init.set_headers(&headers);
    let request =
        web_sys::Request::new_with_str_and_init(path, &init).map_err(|_| ApiFailure::offline())?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| ApiFailure::offline())?
        .dyn_into()
        .map_err(|_| ApiFailure::offline())?;
    let text = JsFuture::from(response.text().map_err(|_| ApiFailure::offline())?)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default();
    if response.ok() {
        return Ok(text);
    }
    Err(match serde_json::from_str::<ErrorBody>(&text) {
        Ok(body) => ApiFailure {
            message: body.message,
            errors: body.errors,
        },
        Err(_) => ApiFailure {
            message: "api-error-internal".to_owned(),
            errors: Vec::new(),
        },
    })
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ApiFailure> {
    serde_json::from_str(text).map_err(|_| ApiFailure {
        message: "api-error-internal".to_owned(),
        errors: Vec::new(),
    })
}

/// `POST` a JSON body; the answer parsed as `T`.
pub async fn post_json<T: serde::de::DeserializeOwned>(
    path: &str,
    body: &impl serde::Serialize,
    idempotency_key: Option<&str>,
) -> Result<T, ApiFailure> {
    let json = serde_json::to_string(body).map_err(|_| ApiFailure::offline())?;
    parse(&send("POST", path, Some(json), idempotency_key).await?)
}

/// `POST` a finished form, and if the network is down keep it (in this tab, in memory) and send
/// it again when the connection returns, for as long as the page stays open. `waiting(true)`
/// is called while it waits. The same idempotency key goes with every try, so the server stores
/// the form once however many tries reach it.
pub async fn submit_when_online<T: serde::de::DeserializeOwned>(
    path: &str,
    body: &impl serde::Serialize,
    idempotency_key: &str,
    waiting: impl Fn(bool),
) -> Result<T, ApiFailure> {
    loop {
        match post_json(path, body, Some(idempotency_key)).await {
            Err(failure) if failure.is_network() => {
                waiting(true);
                connection_may_be_back().await;
                waiting(false);
            }
            answer => return answer,
        }
    }
}

/// Resolves on the browser's `online` event, or after a pause when the browser believes it is
/// online already (the server itself was unreachable).
async fn connection_may_be_back() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let online = window.navigator().on_line();
    let mut resolver: Option<js_sys::Function> = None;
    // The executor runs synchronously, so `resolver` is set when `new` returns.
    let promise = js_sys::Promise::new(&mut |resolve, _reject| resolver = Some(resolve));
    let Some(resolve) = resolver else {
        return;
    };
    if online {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, RETRY_WHILE_ONLINE_MS);
    } else {
        let _ = window.add_event_listener_with_callback("online", &resolve);
    }
    let _ = JsFuture::from(promise).await;
    if !online {
        let _ = window.remove_event_listener_with_callback("online", &resolve);
    }
}

/// `DELETE` a resource; the answer parsed as `T`.
pub async fn delete<T: serde::de::DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    parse(&send("DELETE", path, None, None).await?)
}

/// `GET` a JSON answer.
pub async fn get<T: serde::de::DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    parse(&send("GET", path, None, None).await?)
}

/// The receipt of a stored form.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
pub struct Receipt {
    pub receipt_number: String,
    pub received_at: String,
}
