//! Thin adapter for the Web Smart Card API (`navigator.smartCard`, Chrome in Isolated Web Apps
//! and ChromeOS kiosks): the operating system's PC/SC readers, any standard CCID reader
//! included. PC/SC does the reader protocol, so a channel is just "APDU in, response out".
//! Called through `Reflect`: the API is too new for web-sys's stable bindings.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use madoguchi_zairyu::{CardChannel, ChannelError, Response};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Why a smart-card reader could not be used (the `responseCode` of `SmartCardError`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SmartCardProblem {
    /// No card in the reader, or it was taken away.
    NoCard,
    /// Another program holds the reader exclusively.
    Busy,
    /// The reader was unplugged or the PC/SC service is not running.
    Unavailable,
    /// The wait was cancelled by the user.
    Cancelled,
    Other(String),
}

fn problem(error: &JsValue) -> SmartCardProblem {
    let field = |name: &str| {
        Reflect::get(error, &name.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    match (field("name").as_str(), field("responseCode").as_str()) {
        ("AbortError", _) => SmartCardProblem::Cancelled,
        (
            _,
            "no-smartcard" | "removed-card" | "reset-card" | "unpowered-card" | "unresponsive-card",
        ) => SmartCardProblem::NoCard,
        (_, "sharing-violation") => SmartCardProblem::Busy,
        (_, "reader-unavailable" | "unknown-reader" | "no-service" | "no-readers-available") => {
            SmartCardProblem::Unavailable
        }
        (name, code) => SmartCardProblem::Other(format!("{name} {code}")),
    }
}

fn method(target: &JsValue, name: &str, args: &[JsValue]) -> Result<Promise, SmartCardProblem> {
    let function: Function = Reflect::get(target, &name.into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| SmartCardProblem::Other(format!("{name} is missing")))?;
    let args: Array = args.iter().collect();
    function
        .apply(target, &args)
        .map_err(|e| problem(&e))?
        .dyn_into()
        .map_err(|_| SmartCardProblem::Other(format!("{name} returned no promise")))
}

async fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, SmartCardProblem> {
    JsFuture::from(method(target, name, args)?)
        .await
        .map_err(|e| problem(&e))
}

fn object(entries: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in entries {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

fn flag(state: &JsValue, name: &str) -> bool {
    Reflect::get(state, &name.into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// `navigator.smartCard`, when the browser offers it to this page.
fn smart_card_api() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    Reflect::get(&navigator, &"smartCard".into())
        .ok()
        .filter(|api| !api.is_undefined() && !api.is_null())
}

pub fn is_available() -> bool {
    smart_card_api().is_some()
}

/// A PC/SC context: lists readers and connects to them.
#[derive(Clone)]
pub struct SmartCardContext(JsValue);

impl SmartCardContext {
    pub async fn establish() -> Result<Self, SmartCardProblem> {
        let api = smart_card_api().ok_or(SmartCardProblem::Unavailable)?;
        Ok(SmartCardContext(call(&api, "establishContext", &[]).await?))
    }

    /// Reader names; none when no reader is plugged in.
    pub async fn readers(&self) -> Result<Vec<String>, SmartCardProblem> {
        match call(&self.0, "listReaders", &[]).await {
            Ok(list) => Ok(Array::from(&list)
                .iter()
                .filter_map(|n| n.as_string())
                .collect()),
            Err(SmartCardProblem::Unavailable) => Ok(Vec::new()),
            Err(other) => Err(other),
        }
    }

    /// Whether a card is in `reader`; with `wait`, first waits until the state changes
    /// (`signal` cancels the wait).
    pub async fn card_present(
        &self,
        reader: &str,
        wait: bool,
        signal: Option<&web_sys::AbortSignal>,
    ) -> Result<bool, SmartCardProblem> {
        // "unaware" answers at once with the current state; "empty" waits until a card arrives.
        let current = if wait {
            object(&[("empty", true.into())])
        } else {
            object(&[("unaware", true.into())])
        };
        let states: Array = [object(&[
            ("readerName", reader.into()),
            ("currentState", current),
        ])]
        .iter()
        .collect();
        let mut options = vec![];
        if let Some(signal) = signal {
            options.push(("signal", JsValue::from(signal.clone())));
        }
        let answer = call(
            &self.0,
            "getStatusChange",
            &[states.into(), object(&options)],
        )
        .await?;
        let state = Reflect::get(&Array::from(&answer).get(0), &"eventState".into())
            .map_err(|_| SmartCardProblem::Other("no reader state".to_owned()))?;
        if flag(&state, "unavailable") || flag(&state, "unknown") {
            return Err(SmartCardProblem::Unavailable);
        }
        Ok(flag(&state, "present") && !flag(&state, "mute"))
    }

    /// Connects (shared, T=1 or T=0) to the card in `reader`.
    pub async fn connect(&self, reader: &str) -> Result<SmartCardChannel, SmartCardProblem> {
        let protocols: Array = ["t1", "t0"].iter().map(|p| JsValue::from(*p)).collect();
        let options = object(&[("preferredProtocols", protocols.into())]);
        let result = call(
            &self.0,
            "connect",
            &[reader.into(), "shared".into(), options],
        )
        .await?;
        let connection = Reflect::get(&result, &"connection".into())
            .map_err(|_| SmartCardProblem::Other("no connection".to_owned()))?;
        Ok(SmartCardChannel { connection })
    }
}

/// A connected card: each APDU goes through `SmartCardConnection.transmit`.
pub struct SmartCardChannel {
    connection: JsValue,
}

impl SmartCardChannel {
    /// Leaves the card as it is (other programs may use it) and releases the connection.
    pub async fn disconnect(&self) {
        let _ = call(&self.connection, "disconnect", &["leave".into()]).await;
    }
}

impl CardChannel for SmartCardChannel {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        let answer = call(
            &self.connection,
            "transmit",
            &[Uint8Array::from(apdu).into()],
        )
        .await
        .map_err(|problem| match problem {
            SmartCardProblem::NoCard => ChannelError::CardRemoved,
            other => ChannelError::Transport(format!("{other:?}")),
        })?;
        let bytes = Uint8Array::new(&answer).to_vec();
        Response::from_raw(&bytes)
            .map_err(|e| ChannelError::Malformed(format!("response of {} bytes", e.0)))
    }
}
