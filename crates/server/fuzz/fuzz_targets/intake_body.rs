//! Any bytes as the body of any form kind: `prepare` parses and validates without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use madoguchi_rules::CivilDate;
use madoguchi_rules::forms::FormKind;
use madoguchi_server::intake::prepare;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let kind = FormKind::ALL[usize::from(selector) % FormKind::ALL.len()];
    let Some(today) = CivilDate::new(2026, 11, 22) else {
        return;
    };
    let _ = prepare(kind, body, today);
});
