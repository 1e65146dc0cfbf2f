//! Thin WebUSB adapter: finds a CCID reader the page may use, and carries bulk transfers for
//! `madoguchi_ccid`. Bindings are declared here (structural, like wasm-bindgen's own), so the
//! crate also compiles natively for clippy and tests; they only run in a browser.

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use madoguchi_ccid::sony::{rcs300, rcs380};
use madoguchi_ccid::{BulkPipe, CcidDescriptor, PipeError};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `USBDevice` (WebUSB).
    #[derive(Clone, Debug)]
    pub type UsbDevice;
    #[wasm_bindgen(method, getter, js_name = productName)]
    fn product_name(this: &UsbDevice) -> Option<String>;
    #[wasm_bindgen(method, getter, js_name = vendorId)]
    fn vendor_id(this: &UsbDevice) -> u16;
    #[wasm_bindgen(method, getter, js_name = productId)]
    fn product_id(this: &UsbDevice) -> u16;
    #[wasm_bindgen(method, getter)]
    fn configuration(this: &UsbDevice) -> JsValue;
    #[wasm_bindgen(method)]
    fn open(this: &UsbDevice) -> Promise;
    #[wasm_bindgen(method)]
    fn close(this: &UsbDevice) -> Promise;
    #[wasm_bindgen(method, js_name = selectConfiguration)]
    fn select_configuration(this: &UsbDevice, value: u8) -> Promise;
    #[wasm_bindgen(method, js_name = claimInterface)]
    fn claim_interface(this: &UsbDevice, number: u8) -> Promise;
    #[wasm_bindgen(method, js_name = controlTransferIn)]
    fn control_transfer_in(this: &UsbDevice, setup: &JsValue, length: u16) -> Promise;
    #[wasm_bindgen(method, js_name = transferIn)]
    fn transfer_in(this: &UsbDevice, endpoint: u8, length: u32) -> Promise;
    #[wasm_bindgen(method, js_name = transferOut)]
    fn transfer_out(this: &UsbDevice, endpoint: u8, data: &Uint8Array) -> Promise;
}

/// Readers the chooser offers: vendors of readers with a page-claimable CCID interface, plus
/// smart-card class devices so that a blocked reader gets an explanation instead of silence.
const READER_FILTERS: [(Option<u16>, Option<u16>, Option<u8>); 7] = [
    (Some(0x04E6), None, None), // Identiv / SCM (SCL01x, SDI011, SCR3310-NTTCom…)
    (Some(0x076B), None, None), // HID OMNIKEY (5321 CLi, 5021 CL)
    (Some(0x0C4B), None, None), // Reiner SCT cyberJack
    (Some(0x054C), None, None), // Sony PaSoRi
    (Some(0x1209), Some(0xCC1D), None), // madoguchi's simulated reader (pid.codes test range)
    (None, None, Some(0x0B)),   // any smart-card class reader
    (None, None, Some(0xFF)),   // vendor-class readers of other makers
];

/// Why no reader could be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReaderProblem {
    /// WebUSB is missing (not Chrome/Edge, or not a secure context).
    Unsupported,
    /// The chooser was closed without a choice.
    NoneChosen,
    /// The reader's CCID interface is class 0x0B, which Chrome refuses to web pages.
    ProtectedClass { product: String },
    /// The device is not a CCID reader we can drive yet.
    NotCcid { product: String },
    /// The reader is used by another program or tab.
    Busy { product: String },
    /// Anything else the browser reported.
    Failed(String),
}

/// How the reader carries APDUs.
pub enum ReaderKind {
    /// A CCID interface the page may claim (APDU or TPDU level).
    Ccid(CcidDescriptor),
    /// Sony RC-S300 vendor interface 1 (CCID-framed escape, transparent session).
    Rcs300,
    /// Sony RC-S380 (Port-100 vendor protocol).
    Rcs380,
}

/// An opened reader with its claimed interface.
pub struct WebUsbReader {
    pub product: String,
    pub kind: ReaderKind,
    pub pipe: WebUsbPipe,
}

#[derive(Clone)]
pub struct WebUsbPipe {
    device: UsbDevice,
    bulk_out: u8,
    bulk_in: u8,
    /// CCID readers announce card insertion and removal here (NotifySlotChange).
    interrupt_in: Option<u8>,
}

fn error_name(error: &JsValue) -> String {
    Reflect::get(error, &"name".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn error_text(error: &JsValue) -> String {
    let message = Reflect::get(error, &"message".into())
        .ok()
        .and_then(|v| v.as_string());
    format!("{}: {}", error_name(error), message.unwrap_or_default())
}

fn navigator_usb() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    Reflect::get(&navigator, &"usb".into())
        .ok()
        .filter(|usb| !usb.is_undefined() && !usb.is_null())
}

fn set(object: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(object, &key.into(), &value.into());
}

fn request_options() -> JsValue {
    let filters = js_sys::Array::new();
    for (vendor, product, class) in READER_FILTERS {
        let filter = Object::new();
        if let Some(vendor) = vendor {
            set(&filter, "vendorId", vendor);
        }
        if let Some(product) = product {
            set(&filter, "productId", product);
        }
        if let Some(class) = class {
            set(&filter, "classCode", class);
        }
        filters.push(&filter);
    }
    let options = Object::new();
    set(&options, "filters", filters);
    options.into()
}

async fn call(promise: Promise) -> Result<JsValue, JsValue> {
    JsFuture::from(promise).await
}

/// Asks the user to pick a reader (must run from a click), opens it and claims its CCID interface.
pub async fn choose_reader() -> Result<WebUsbReader, ReaderProblem> {
    let usb = navigator_usb().ok_or(ReaderProblem::Unsupported)?;
    let request: js_sys::Function = Reflect::get(&usb, &"requestDevice".into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or(ReaderProblem::Unsupported)?;
    let promise: Promise = request
        .call1(&usb, &request_options())
        .ok()
        .and_then(|p| p.dyn_into().ok())
        .ok_or(ReaderProblem::Unsupported)?;
    let device: UsbDevice = match call(promise).await {
        Ok(device) => device.unchecked_into(),
        Err(error) if error_name(&error) == "NotFoundError" => {
            return Err(ReaderProblem::NoneChosen);
        }
        Err(error) => return Err(ReaderProblem::Failed(error_text(&error))),
    };
    open_reader(device).await
}

/// What the page calls a reader: its product string, or a neutral name.
pub fn product_of(device: &UsbDevice) -> String {
    device
        .product_name()
        .unwrap_or_else(|| "USB reader".to_owned())
}

/// Readers this site was already allowed to use (no chooser needed), still plugged in.
pub async fn granted_readers() -> Vec<UsbDevice> {
    let Some(usb) = navigator_usb() else {
        return Vec::new();
    };
    let Some(promise) = Reflect::get(&usb, &"getDevices".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&usb).ok())
        .and_then(|p| p.dyn_into::<Promise>().ok())
    else {
        return Vec::new();
    };
    match call(promise).await {
        Ok(list) => Array::from(&list)
            .iter()
            .map(|device| device.unchecked_into())
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// Calls `on_change` whenever a permitted USB device is plugged in or out. Keep the returned
/// guard alive as long as the page wants the events.
pub fn watch_usb_devices(on_change: impl Fn() + 'static) -> Option<UsbWatch> {
    let usb: web_sys::EventTarget = navigator_usb()?.dyn_into().ok()?;
    let handler = Closure::<dyn Fn(web_sys::Event)>::new(move |_| on_change());
    for event in ["connect", "disconnect"] {
        let _ = usb.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    }
    Some(UsbWatch { usb, handler })
}

/// Removes the listeners of [`watch_usb_devices`] when dropped.
pub struct UsbWatch {
    usb: web_sys::EventTarget,
    handler: Closure<dyn Fn(web_sys::Event)>,
}

impl Drop for UsbWatch {
    fn drop(&mut self) {
        for event in ["connect", "disconnect"] {
            let _ = self
                .usb
                .remove_event_listener_with_callback(event, self.handler.as_ref().unchecked_ref());
        }
    }
}

/// Opens a reader the user chose now or earlier and claims the interface madoguchi drives.
pub async fn open_reader(device: UsbDevice) -> Result<WebUsbReader, ReaderProblem> {
    let product = product_of(&device);
    let busy = |error: JsValue, product: &str| match error_name(&error).as_str() {
        "SecurityError" => ReaderProblem::ProtectedClass {
            product: product.to_owned(),
        },
        "InvalidStateError" | "NetworkError" => ReaderProblem::Busy {
            product: product.to_owned(),
        },
        _ => ReaderProblem::Failed(error_text(&error)),
    };
    call(device.open()).await.map_err(|e| busy(e, &product))?;
    if device.configuration().is_null() {
        call(device.select_configuration(1))
            .await
            .map_err(|e| busy(e, &product))?;
    }
    // The Sony readers' usable interfaces carry no CCID class descriptor: pick them by id.
    let (vendor, product_id) = (device.vendor_id(), device.product_id());
    let (kind, interface, bulk_out, bulk_in) =
        if vendor == rcs300::VENDOR_ID && rcs300::PRODUCT_IDS.contains(&product_id) {
            (
                ReaderKind::Rcs300,
                rcs300::INTERFACE,
                rcs300::BULK_OUT,
                rcs300::BULK_IN,
            )
        } else if vendor == rcs380::VENDOR_ID && rcs380::PRODUCT_IDS.contains(&product_id) {
            (
                ReaderKind::Rcs380,
                rcs380::INTERFACE,
                rcs380::BULK_OUT,
                rcs380::BULK_IN,
            )
        } else {
            let configuration = read_configuration_descriptor(&device)
                .await
                .map_err(|e| busy(e, &product))?;
            let descriptor =
                CcidDescriptor::find(&configuration).map_err(|_| ReaderProblem::NotCcid {
                    product: product.clone(),
                })?;
            let (Some(bulk_out), Some(bulk_in)) = (descriptor.bulk_out, descriptor.bulk_in) else {
                return Err(ReaderProblem::NotCcid { product });
            };
            let interface = descriptor.interface_number;
            (ReaderKind::Ccid(descriptor), interface, bulk_out, bulk_in)
        };
    let interrupt_in = match &kind {
        ReaderKind::Ccid(descriptor) => descriptor.interrupt_in,
        ReaderKind::Rcs300 | ReaderKind::Rcs380 => None,
    };
    if let Err(error) = call(device.claim_interface(interface)).await {
        let _ = call(device.close()).await;
        return Err(busy(error, &product));
    }
    Ok(WebUsbReader {
        product,
        kind,
        pipe: WebUsbPipe {
            device,
            bulk_out,
            bulk_in,
            interrupt_in,
        },
    })
}

/// Standard GET_DESCRIPTOR(CONFIGURATION): allowed by Chrome even for protected-class devices,
/// and the only way to see the CCID class descriptor from a page.
async fn read_configuration_descriptor(device: &UsbDevice) -> Result<Vec<u8>, JsValue> {
    let setup = Object::new();
    set(&setup, "requestType", "standard");
    set(&setup, "recipient", "device");
    set(&setup, "request", 6u8);
    set(&setup, "value", 0x0200u16);
    set(&setup, "index", 0u16);
    let header = in_result_bytes(&call(device.control_transfer_in(&setup, 9)).await?);
    let total = header
        .get(2..4)
        .map_or(9, |b| u16::from_le_bytes([b[0], b[1]]));
    let full = call(device.control_transfer_in(&setup, total)).await?;
    Ok(in_result_bytes(&full))
}

fn in_result_bytes(result: &JsValue) -> Vec<u8> {
    let Some(view) = Reflect::get(result, &"data".into())
        .ok()
        .and_then(|d| d.dyn_into::<js_sys::DataView>().ok())
    else {
        return Vec::new();
    };
    Uint8Array::new_with_byte_offset_and_length(
        &view.buffer(),
        view.byte_offset() as u32,
        view.byte_length() as u32,
    )
    .to_vec()
}

fn pipe_error(error: JsValue) -> PipeError {
    match error_name(&error).as_str() {
        "NotFoundError" => PipeError::Disconnected,
        _ => PipeError::Transfer(error_text(&error)),
    }
}

fn transfer_status(result: &JsValue) -> String {
    Reflect::get(result, &"status".into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

impl WebUsbPipe {
    /// Lets the reader go (other tabs and programs may use it again). A transfer still waiting
    /// (a card-insertion wait) fails, which is how a wait is cancelled.
    pub async fn close(&self) {
        let _ = call(self.device.close()).await;
    }

    /// Whether the reader reports card events on an interrupt endpoint.
    pub fn has_card_events(&self) -> bool {
        self.interrupt_in.is_some()
    }

    /// Waits for the reader's next interrupt message (CCID NotifySlotChange).
    pub async fn next_card_event(&self) -> Result<Vec<u8>, PipeError> {
        let endpoint = self.interrupt_in.ok_or(PipeError::Stall)?;
        let result = call(self.device.transfer_in(endpoint, 8))
            .await
            .map_err(pipe_error)?;
        match transfer_status(&result).as_str() {
            "ok" => Ok(in_result_bytes(&result)),
            _ => Err(PipeError::Stall),
        }
    }
}

impl BulkPipe for WebUsbPipe {
    async fn send(&mut self, data: &[u8]) -> Result<(), PipeError> {
        let result = call(
            self.device
                .transfer_out(self.bulk_out, &Uint8Array::from(data)),
        )
        .await
        .map_err(pipe_error)?;
        match transfer_status(&result).as_str() {
            "ok" => Ok(()),
            _ => Err(PipeError::Stall),
        }
    }

    async fn receive(&mut self, max_len: usize) -> Result<Vec<u8>, PipeError> {
        let length = u32::try_from(max_len).unwrap_or(u32::MAX);
        let result = call(self.device.transfer_in(self.bulk_in, length))
            .await
            .map_err(pipe_error)?;
        match transfer_status(&result).as_str() {
            "ok" => Ok(in_result_bytes(&result)),
            _ => Err(PipeError::Stall),
        }
    }
}
