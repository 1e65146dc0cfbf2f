//! JSON-lines protocol serving a simulated reader to another process (the Playwright harness).
//!
//! One request object per line, one answer object per line:
//! - `{"op":"describe"}` → `{"device":{…}}`: the device as the fake `navigator.usb` needs it.
//! - `{"op":"bulk_out","endpoint":1,"data":"<hex>"}` → `{"status":"ok"}`
//! - `{"op":"bulk_in","endpoint":2,"length":N}` → `{"status":"ok","data":"<hex>"}` or
//!   `{"status":"nak"}` when the reader has nothing to send yet
//! - `{"op":"interrupt_in","endpoint":3}` → like `bulk_in`
//! - `{"op":"control_in","request":6,"value":V,"index":I,"length":N}` → data, or `"stall"`
//! - `{"op":"pcsc_status"}` → `{"status":"ok","present":bool}`; `{"op":"pcsc_connect"}` → `{"status":"ok","atr":"<hex>"}` or `{"status":"no_card"}`;
//!   `{"op":"pcsc_transmit","data":"<hex APDU>"}` → the response APDU, or `no_card`: the
//!   reader as the OS's PC/SC service shows it, for the Web Smart Card API harness
//! - `{"op":"remove_card"}`, `{"op":"reinsert_card"}`, `{"op":"stats"}` (APDUs so far)
//!
//! Malformed requests get `{"status":"error","message":…}`; the server never panics on input.

use std::io::{BufRead, Write};

use serde_json::{Value, json};

use crate::ccid::{CcidReaderSim, ReaderModel};
use crate::sony::{Rcs300Sim, Rcs380Sim};
use crate::{SimDevice, from_hex, to_hex};

fn endpoint(number: u8, direction: &str, kind: &str, size: usize) -> Value {
    json!({"endpointNumber": number, "direction": direction, "type": kind, "packetSize": size})
}

fn device(
    vendor: u16,
    product: u16,
    manufacturer: &str,
    name: &str,
    interfaces: Vec<Value>,
) -> Value {
    json!({
        "vendorId": vendor,
        "productId": product,
        "manufacturerName": manufacturer,
        "productName": name,
        "serialNumber": "SIM0001",
        "configurations": [{"configurationValue": 1, "interfaces": interfaces}],
    })
}

fn interface(number: u8, class: u8, endpoints: Vec<Value>) -> Value {
    json!({
        "interfaceNumber": number,
        "alternates": [{
            "alternateSetting": 0,
            "interfaceClass": class,
            "interfaceSubclass": 0,
            "interfaceProtocol": 0,
            "endpoints": endpoints,
        }],
    })
}

/// RC-S300: interface 0 CCID (class 0x0B, refused by Chrome), interface 1 vendor (0xFF) with
/// bulk OUT 2 / IN 2 (0x82).
pub fn describe_rcs300() -> Value {
    device(
        Rcs300Sim::VENDOR_ID,
        Rcs300Sim::PRODUCT_ID,
        "Sony",
        "RC-S300/S (simulated)",
        vec![
            interface(
                0,
                0x0B,
                vec![
                    endpoint(1, "out", "bulk", 64),
                    endpoint(1, "in", "bulk", 64),
                    endpoint(3, "in", "interrupt", 8),
                ],
            ),
            interface(
                1,
                0xFF,
                vec![
                    endpoint(2, "out", "bulk", 64),
                    endpoint(2, "in", "bulk", 64),
                ],
            ),
        ],
    )
}

/// RC-S380: interface 0 vendor (0xFF), bulk OUT 2 / IN 1 (0x81).
pub fn describe_rcs380() -> Value {
    device(
        Rcs380Sim::VENDOR_ID,
        Rcs380Sim::PRODUCT_ID,
        "Sony",
        "RC-S380/P (simulated)",
        vec![interface(
            0,
            0xFF,
            vec![
                endpoint(2, "out", "bulk", 64),
                endpoint(1, "in", "bulk", 64),
            ],
        )],
    )
}

/// The device description for `FakeUsb` (tests/e2e/support/fake-usb.ts `UsbDeviceInit`).
pub fn describe(model: &ReaderModel) -> Value {
    json!({
        "vendorId": model.vendor_id,
        "productId": model.product_id,
        "manufacturerName": model.manufacturer,
        "productName": model.name,
        "serialNumber": "SIM0001",
        "configurations": [{
            "configurationValue": 1,
            "interfaces": [{
                "interfaceNumber": 0,
                "alternates": [{
                    "alternateSetting": 0,
                    "interfaceClass": model.interface_class,
                    "interfaceSubclass": 0,
                    "interfaceProtocol": 0,
                    "endpoints": [
                        endpoint(ReaderModel::BULK_OUT, "out", "bulk", model.packet_size),
                        endpoint(ReaderModel::BULK_IN, "in", "bulk", model.packet_size),
                        endpoint(ReaderModel::INTERRUPT_IN, "in", "interrupt", 8),
                    ],
                }],
            }],
        }],
    })
}

fn data_or_nak(data: Option<Vec<u8>>) -> Value {
    match data {
        Some(bytes) => json!({"status": "ok", "data": to_hex(&bytes)}),
        None => json!({"status": "nak"}),
    }
}

fn number(request: &Value, key: &str) -> Option<u64> {
    request.get(key).and_then(Value::as_u64)
}

impl SimDevice for CcidReaderSim {
    fn describe(&self) -> Value {
        describe(&self.model)
    }
    fn configuration_descriptor(&self) -> Vec<u8> {
        self.model.configuration_descriptor()
    }
    fn bulk_out(&mut self, _endpoint: u8, data: &[u8]) {
        CcidReaderSim::bulk_out(self, data);
    }
    fn bulk_in(&mut self, _endpoint: u8, max_len: usize) -> Option<Vec<u8>> {
        CcidReaderSim::bulk_in(self, max_len)
    }
    fn interrupt_in(&mut self) -> Option<Vec<u8>> {
        CcidReaderSim::interrupt_in(self)
    }
    fn remove_card(&mut self) {
        CcidReaderSim::remove_card(self);
    }
    fn reinsert_card(&mut self) {
        CcidReaderSim::reinsert_card(self);
    }
    fn apdu_count(&self) -> u32 {
        CcidReaderSim::apdu_count(self)
    }
    fn pcsc_connect(&mut self) -> Option<Vec<u8>> {
        CcidReaderSim::pcsc_connect(self)
    }
    fn pcsc_present(&self) -> bool {
        CcidReaderSim::has_card(self)
    }
    fn pcsc_transmit(&mut self, apdu: &[u8]) -> Option<Vec<u8>> {
        CcidReaderSim::pcsc_transmit(self, apdu)
    }
}

impl SimDevice for Rcs300Sim {
    fn describe(&self) -> Value {
        describe_rcs300()
    }
    fn configuration_descriptor(&self) -> Vec<u8> {
        Rcs300Sim::configuration_descriptor(self)
    }
    fn bulk_out(&mut self, endpoint: u8, data: &[u8]) {
        Rcs300Sim::bulk_out(self, endpoint, data);
    }
    fn bulk_in(&mut self, endpoint: u8, max_len: usize) -> Option<Vec<u8>> {
        Rcs300Sim::bulk_in(self, endpoint, max_len)
    }
    fn interrupt_in(&mut self) -> Option<Vec<u8>> {
        None
    }
    fn remove_card(&mut self) {
        self.picc.remove();
    }
    fn reinsert_card(&mut self) {
        self.picc.reinsert();
    }
    fn apdu_count(&self) -> u32 {
        self.picc.apdus
    }
}

impl SimDevice for Rcs380Sim {
    fn describe(&self) -> Value {
        describe_rcs380()
    }
    fn configuration_descriptor(&self) -> Vec<u8> {
        Rcs380Sim::configuration_descriptor(self)
    }
    fn bulk_out(&mut self, endpoint: u8, data: &[u8]) {
        Rcs380Sim::bulk_out(self, endpoint, data);
    }
    fn bulk_in(&mut self, endpoint: u8, max_len: usize) -> Option<Vec<u8>> {
        Rcs380Sim::bulk_in(self, endpoint, max_len)
    }
    fn interrupt_in(&mut self) -> Option<Vec<u8>> {
        None
    }
    fn remove_card(&mut self) {
        self.picc.remove();
    }
    fn reinsert_card(&mut self) {
        self.picc.reinsert();
    }
    fn apdu_count(&self) -> u32 {
        self.picc.apdus
    }
}

/// Answers one request. `endpoint` defaults to the CCID models' numbers (OUT 1, IN 2).
pub fn handle(reader: &mut dyn SimDevice, request: &Value) -> Value {
    let endpoint_or = |default: u8| {
        number(request, "endpoint")
            .and_then(|n| u8::try_from(n).ok())
            .unwrap_or(default)
    };
    let op = request
        .get("op")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match op {
        "describe" => json!({"device": reader.describe()}),
        "bulk_out" => match request
            .get("data")
            .and_then(Value::as_str)
            .and_then(from_hex)
        {
            Some(bytes) => {
                reader.bulk_out(endpoint_or(ReaderModel::BULK_OUT), &bytes);
                json!({"status": "ok"})
            }
            None => json!({"status": "error", "message": "data must be hex"}),
        },
        "bulk_in" => {
            let length = number(request, "length")
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(64);
            data_or_nak(reader.bulk_in(endpoint_or(ReaderModel::BULK_IN), length))
        }
        "interrupt_in" => data_or_nak(reader.interrupt_in()),
        "control_in" => {
            // Only standard GET_DESCRIPTOR(CONFIGURATION) is answered, as a real reader would.
            let is_configuration = number(request, "request") == Some(6)
                && number(request, "value").is_some_and(|v| v >> 8 == 2);
            if !is_configuration {
                return json!({"status": "stall"});
            }
            let length = number(request, "length")
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(0);
            let mut descriptor = reader.configuration_descriptor();
            descriptor.truncate(length);
            json!({"status": "ok", "data": to_hex(&descriptor)})
        }
        "remove_card" => {
            reader.remove_card();
            json!({"status": "ok"})
        }
        "reinsert_card" => {
            reader.reinsert_card();
            json!({"status": "ok"})
        }
        "pcsc_status" => json!({"status": "ok", "present": reader.pcsc_present()}),
        "pcsc_connect" => match reader.pcsc_connect() {
            Some(atr) => json!({"status": "ok", "atr": to_hex(&atr)}),
            None => json!({"status": "no_card"}),
        },
        "pcsc_transmit" => match request
            .get("data")
            .and_then(Value::as_str)
            .and_then(from_hex)
        {
            Some(apdu) => match reader.pcsc_transmit(&apdu) {
                Some(response) => json!({"status": "ok", "data": to_hex(&response)}),
                None => json!({"status": "no_card"}),
            },
            None => json!({"status": "error", "message": "data must be hex"}),
        },
        "stats" => json!({"status": "ok", "apdus": reader.apdu_count()}),
        other => json!({"status": "error", "message": format!("unknown op {other:?}")}),
    }
}

/// Serves requests until the input ends.
pub fn serve(
    reader: &mut dyn SimDevice,
    input: impl BufRead,
    mut output: impl Write,
) -> std::io::Result<()> {
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let answer = match serde_json::from_str::<Value>(&line) {
            Ok(request) => handle(reader, &request),
            Err(error) => json!({"status": "error", "message": error.to_string()}),
        };
        writeln!(output, "{answer}")?;
        output.flush()?;
    }
    Ok(())
}
