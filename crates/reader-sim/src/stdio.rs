//! JSON-lines protocol serving a simulated reader to another process (the Playwright harness).
//!
//! One request object per line, one answer object per line:
//! - `{"op":"describe"}` → `{"device":{…}}`: the device as the fake `navigator.usb` needs it.
//! - `{"op":"bulk_out","endpoint":1,"data":"<hex>"}` → `{"status":"ok"}`
//! - `{"op":"bulk_in","endpoint":2,"length":N}` → `{"status":"ok","data":"<hex>"}` or
//!   `{"status":"nak"}` when the reader has nothing to send yet
//! - `{"op":"interrupt_in","endpoint":3}` → like `bulk_in`
//! - `{"op":"control_in","request":6,"value":V,"index":I,"length":N}` → data, or `"stall"`
//! - `{"op":"remove_card"}`, `{"op":"reinsert_card"}`, `{"op":"stats"}` (APDUs so far)
//!
//! Malformed requests get `{"status":"error","message":…}`; the server never panics on input.

use std::io::{BufRead, Write};

use serde_json::{Value, json};

use crate::ccid::{CcidReaderSim, ReaderModel};
use crate::{from_hex, to_hex};

/// The device description for `FakeUsb` (tests/e2e/support/fake-usb.ts `UsbDeviceInit`).
pub fn describe(model: &ReaderModel) -> Value {
    let endpoint = |number: u8, direction: &str, kind: &str, size: usize| json!({"endpointNumber": number, "direction": direction, "type": kind, "packetSize": size});
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

/// Answers one request.
pub fn handle(reader: &mut CcidReaderSim, request: &Value) -> Value {
    let op = request
        .get("op")
        .and_then(Value::as_str)
        .unwrap_or_default();
    match op {
        "describe" => json!({"device": describe(&reader.model)}),
        "bulk_out" => match request
            .get("data")
            .and_then(Value::as_str)
            .and_then(from_hex)
        {
            Some(bytes) => {
                reader.bulk_out(&bytes);
                json!({"status": "ok"})
            }
            None => json!({"status": "error", "message": "data must be hex"}),
        },
        "bulk_in" => {
            let length = number(request, "length")
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(64);
            data_or_nak(reader.bulk_in(length))
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
            let mut descriptor = reader.model.configuration_descriptor();
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
        "stats" => json!({"status": "ok", "apdus": reader.apdu_count()}),
        other => json!({"status": "error", "message": format!("unknown op {other:?}")}),
    }
}

/// Serves requests until the input ends.
pub fn serve(
    reader: &mut CcidReaderSim,
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
