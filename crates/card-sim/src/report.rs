//! The `read-card` flow: read a dump through the simulator with the real reader code, verify, and
//! report as JSON.

use std::path::Path;
use std::time::Instant;

use madoguchi_zairyu::{
    ApduMode, CardNumber, CardRead, ReadError, ReadOptions, TrustStore, Verification, block_on,
    parse_contents, read_card, verify_card,
};
use rand_core::OsRng;
use serde::Serialize;
use serde_json::{Value, json};

use crate::{CardDump, SimCard, SimChannel};

/// Loads every certificate file (`.der`, `.cer`, `.crt`, `.pem`) of `dir`: pinned ISA CAs as
/// genuine anchors, anything else as a test CA.
pub fn load_trust_dir(dir: &Path, store: &mut TrustStore) -> Result<Vec<String>, String> {
    let mut loaded = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                matches!(
                    e.to_ascii_lowercase().as_str(),
                    "der" | "cer" | "crt" | "pem"
                )
            })
        })
        .collect();
    entries.sort();
    for path in entries {
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let kind = match store.add_isa_ca(&bytes) {
            Ok(kind) => format!("{kind:?}"),
            Err(madoguchi_zairyu::TrustError::NotPinned { .. }) => {
                store
                    .add_test_ca(&bytes)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                "Test".to_owned()
            }
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        loaded.push(format!("{} ({kind})", path.display()));
    }
    Ok(loaded)
}

/// Options of [`read_dump`].
pub struct ReadDumpOptions<'a> {
    /// Card number to enter (defaults to the dump's own).
    pub card_number: Option<&'a str>,
    /// Trust anchors.
    pub trust: &'a TrustStore,
    /// READ BINARY encoding.
    pub mode: ApduMode,
    /// Simulate a reader without extended-length support.
    pub reader_extended: bool,
    /// Current time (Unix seconds).
    pub now_unix: u64,
}

/// Outcome of a dump read.
pub struct DumpReadOutcome {
    /// Read result.
    pub read: Result<CardRead, ReadError>,
    /// Verification, when the read succeeded.
    pub verification: Option<Verification>,
    /// Wall time of read + verification.
    pub micros: u128,
}

/// Reads a dump through [`SimCard`] with the real reader, then verifies.
pub fn read_dump(dump: CardDump, options: &ReadDumpOptions<'_>) -> Result<DumpReadOutcome, String> {
    let entered = match options.card_number {
        Some(n) => CardNumber::new(n).map_err(|e| e.to_string())?,
        None => dump.card_number.clone(),
    };
    let mut channel = SimChannel::new(SimCard::new(dump, OsRng));
    channel.extended_supported = options.reader_extended;
    let start = Instant::now();
    let read = block_on(read_card(
        &mut channel,
        &entered,
        &mut OsRng,
        &ReadOptions {
            mode: options.mode,
            ..ReadOptions::default()
        },
    ));
    let verification = read
        .as_ref()
        .ok()
        .map(|r| verify_card(r.card_type, &r.files, options.trust, options.now_unix));
    Ok(DumpReadOutcome {
        read,
        verification,
        micros: start.elapsed().as_micros(),
    })
}

fn to_value(v: &impl Serialize) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// The JSON report printed by `read-card`.
pub fn report_json(outcome: &DumpReadOutcome) -> Value {
    let read = match &outcome.read {
        Err(e) => return json!({ "ok": false, "error": to_value(e), "message": e.to_string() }),
        Ok(read) => read,
    };
    let contents = parse_contents(read.card_type, &read.files);
    let (fields, images, content_error) = match &contents {
        Ok(c) => {
            let img = |i: &Option<madoguchi_zairyu::Image>| {
                i.as_ref().map(|image| {
                    let mut v = to_value(image);
                    match madoguchi_zairyu::images::decode(image) {
                        Ok(r) => {
                            v["width"] = json!(r.width);
                            v["height"] = json!(r.height);
                            v["channels"] = json!(r.channels);
                        }
                        Err(e) => v["decode_error"] = to_value(&e),
                    }
                    v
                })
            };
            (
                to_value(c),
                json!({
                    "front": img(&c.front_image),
                    "face": img(&c.face_image),
                    "name": img(&c.name_image),
                    "address": img(&c.address_image),
                }),
                Value::Null,
            )
        }
        Err(e) => (Value::Null, Value::Null, to_value(e)),
    };
    let verification = outcome.verification.as_ref();
    json!({
        "ok": true,
        "card": {
            "kind": to_value(&read.card_type.kind),
            "generation": to_value(&read.card_type.generation),
            "type_code": read.card_type.code(),
        },
        "verdict": verification.map(|v| to_value(&v.verdict)),
        "tamper": verification.map(|v| to_value(&v.tamper)),
        "issuer": verification.map(|v| to_value(&v.issuer)),
        "fields": fields,
        "content_error": content_error,
        "images": images,
        "files": read.files.iter().map(|(id, b)| (id.to_string(), json!(b.len()))).collect::<serde_json::Map<_, _>>(),
        "stats": to_value(&read.stats),
        "elapsed_us": outcome.micros as u64,
    })
}
