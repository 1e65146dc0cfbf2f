//! The browser's passkey API (`navigator.credentials`, WebAuthn) for the account pages: builds
//! the options the server sent, asks the browser, and hands back its answer as base64url text.
//! Nothing is checked here; the server verifies everything.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use js_sys::{Array, ArrayBuffer, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Options of `navigator.credentials.create()` (`POST /api/me/passkeys/options`).
#[derive(Clone, Debug, serde::Deserialize)]
pub struct RegistrationOptions {
    pub challenge: String,
    pub rp_id: String,
    pub rp_name: String,
    pub user_handle: String,
    pub user_name: String,
    pub display_name: String,
    pub exclude_credentials: Vec<String>,
    pub timeout_ms: f64,
}

/// Options of `navigator.credentials.get()` (`POST /api/account/passkey-login/options`).
#[derive(Clone, Debug, serde::Deserialize)]
pub struct LoginOptions {
    pub challenge: String,
    pub rp_id: String,
    pub timeout_ms: f64,
}

/// What `create()` answered, base64url.
pub struct Created {
    pub client_data_json: String,
    pub attestation_object: String,
}

/// What `get()` answered, base64url.
pub struct Asserted {
    pub credential_id: String,
    pub client_data_json: String,
    pub authenticator_data: String,
    pub signature: String,
}

/// Whether this browser offers passkeys at all (the buttons are hidden otherwise).
pub fn supported() -> bool {
    web_sys::window().is_some_and(|window| {
        window.is_secure_context()
            && Reflect::has(&window, &JsValue::from_str("PublicKeyCredential")).unwrap_or(false)
    })
}

/// Creates a passkey; the error is a Fluent id.
pub async fn create(options: &RegistrationOptions) -> Result<Created, &'static str> {
    let public_key = object(&[
        ("challenge", bytes(&options.challenge)?),
        (
            "rp",
            object(&[
                ("id", options.rp_id.as_str().into()),
                ("name", options.rp_name.as_str().into()),
            ])?,
        ),
        (
            "user",
            object(&[
                ("id", bytes(&options.user_handle)?),
                ("name", options.user_name.as_str().into()),
                ("displayName", options.display_name.as_str().into()),
            ])?,
        ),
        // ES256 first, RS256 for authenticators that have nothing else (older Windows Hello).
        (
            "pubKeyCredParams",
            Array::of2(
                &object(&[
                    ("type", "public-key".into()),
                    ("alg", JsValue::from_f64(-7.0)),
                ])?,
                &object(&[
                    ("type", "public-key".into()),
                    ("alg", JsValue::from_f64(-257.0)),
                ])?,
            )
            .into(),
        ),
        (
            "excludeCredentials",
            descriptors(&options.exclude_credentials)?,
        ),
        (
            "authenticatorSelection",
            object(&[
                ("residentKey", "required".into()),
                ("requireResidentKey", JsValue::TRUE),
                ("userVerification", "required".into()),
            ])?,
        ),
        ("attestation", "none".into()),
        ("timeout", JsValue::from_f64(options.timeout_ms)),
    ])?;
    let request: web_sys::CredentialCreationOptions =
        object(&[("publicKey", public_key)])?.unchecked_into();
    let promise = credentials()?
        .create_with_options(&request)
        .map_err(|_| "passkey-failed")?;
    let credential = JsFuture::from(promise).await.map_err(|e| dom_error(&e))?;
    let response = field(&credential, "response")?;
    Ok(Created {
        client_data_json: buffer(&response, "clientDataJSON")?,
        attestation_object: buffer(&response, "attestationObject")?,
    })
}

/// Asks the browser for one of this site's passkeys; the error is a Fluent id.
pub async fn get(options: &LoginOptions) -> Result<Asserted, &'static str> {
    let public_key = object(&[
        ("challenge", bytes(&options.challenge)?),
        ("rpId", options.rp_id.as_str().into()),
        ("userVerification", "required".into()),
        ("timeout", JsValue::from_f64(options.timeout_ms)),
    ])?;
    let request: web_sys::CredentialRequestOptions =
        object(&[("publicKey", public_key)])?.unchecked_into();
    let promise = credentials()?
        .get_with_options(&request)
        .map_err(|_| "passkey-failed")?;
    let credential = JsFuture::from(promise).await.map_err(|e| dom_error(&e))?;
    if credential.is_null() || credential.is_undefined() {
        return Err("passkey-cancelled");
    }
    let response = field(&credential, "response")?;
    Ok(Asserted {
        credential_id: buffer(&credential, "rawId")?,
        client_data_json: buffer(&response, "clientDataJSON")?,
        authenticator_data: buffer(&response, "authenticatorData")?,
        signature: buffer(&response, "signature")?,
    })
}

fn credentials() -> Result<web_sys::CredentialsContainer, &'static str> {
    web_sys::window()
        .map(|w| w.navigator().credentials())
        .ok_or("passkey-unsupported")
}

/// The browser's reason, as the page says it.
fn dom_error(error: &JsValue) -> &'static str {
    let name = Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        // Cancelled, timed out, or no passkey of this site on the device.
        "NotAllowedError" | "AbortError" => "passkey-cancelled",
        // An authenticator that already holds one of the excluded credentials.
        "InvalidStateError" => "passkey-exists",
        "SecurityError" => "passkey-needs-name",
        "NotSupportedError" => "passkey-unsupported",
        _ => "passkey-failed",
    }
}

fn object(entries: &[(&str, JsValue)]) -> Result<JsValue, &'static str> {
    let object = Object::new();
    for (name, value) in entries {
        Reflect::set(&object, &JsValue::from_str(name), value).map_err(|_| "passkey-failed")?;
    }
    Ok(object.into())
}

fn bytes(base64url: &str) -> Result<JsValue, &'static str> {
    let decoded = URL_SAFE_NO_PAD
        .decode(base64url)
        .map_err(|_| "passkey-failed")?;
    Ok(Uint8Array::from(decoded.as_slice()).into())
}

fn descriptors(ids: &[String]) -> Result<JsValue, &'static str> {
    let list = Array::new();
    for id in ids {
        list.push(&object(&[
            ("type", "public-key".into()),
            ("id", bytes(id)?),
        ])?);
    }
    Ok(list.into())
}

fn field(value: &JsValue, name: &str) -> Result<JsValue, &'static str> {
    Reflect::get(value, &JsValue::from_str(name)).map_err(|_| "passkey-failed")
}

/// An `ArrayBuffer` member as base64url.
fn buffer(value: &JsValue, name: &str) -> Result<String, &'static str> {
    let buffer: ArrayBuffer = field(value, name)?
        .dyn_into()
        .map_err(|_| "passkey-failed")?;
    Ok(URL_SAFE_NO_PAD.encode(Uint8Array::new(&buffer).to_vec()))
}
