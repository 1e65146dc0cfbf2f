#![no_main]
//! Any text, with any confidences, gives a reading or an error: never a panic.

use libfuzzer_sys::fuzz_target;
use madoguchi_docscan::RecognizedText;
use madoguchi_docscan::mrz;
use madoguchi_rules::CivilDate;

fuzz_target!(|data: &[u8]| {
    let Some(today) = CivilDate::new(2026, 11, 22) else {
        return;
    };
    let text = String::from_utf8_lossy(data);
    let lines: Vec<RecognizedText> = text
        .lines()
        .map(|line| RecognizedText::new(
            line.to_owned(),
            line.bytes().map(|b| f32::from(b) / 255.0).collect(),
        ))
        .collect();
    let _ = mrz::parse(&lines, today);
});
