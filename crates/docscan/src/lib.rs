//! madoguchi-docscan: reads Residence Cards, Special Permanent Resident Certificates and
//! passports from photos, in the browser (wasm32, in a Web Worker) and natively.
//!
//! Architecture invariant: pure core. No file system, no clock, no network, no browser API: the
//! caller passes pixels, model bytes and today's date.

pub mod buildings;
pub mod card;
mod contrast;
pub mod countries;
pub mod document;
pub mod geometry;
pub mod mrz;
pub mod municipalities;
pub mod normalize;
pub mod ocr;
mod resample;
mod scan;
mod serde_util;
mod text;
pub mod towns;
pub mod vocab;

pub use ocr::{OcrError, OcrModels};
pub use scan::{
    CARD_SMALL_BELOW, CardNumberScan, CardScan, ImageView, PAGE_SMALL_BELOW, PassportScan, Quality,
    ScanError, Scanner, Stage,
};
pub use text::RecognizedText;

/// Below this confidence a field is marked for the user to check (the review screen) and
/// counted as flagged by the benchmarks.
pub const REVIEW_BELOW: f32 = 0.8;
