//! UI translations for madoguchi.
//!
//! Every UI string lives in `locales/<lang>/main.ftl` (Fluent). This crate embeds those files,
//! resolves a message in the chosen locale, falls back to English when the locale lacks it, and
//! never returns a raw message key. Japanese strings carry furigana in Aozora Bunko ruby notation
//! (`｜漢字《かんじ》`), which [`furigana`] turns into ruby segments or strips.
//!
//! Architecture invariant: no browser APIs here; the app renders the segments this crate returns.

pub mod furigana;
mod locale;
mod localizer;

pub use furigana::{Segment, segments};
pub use locale::{Locale, UiLanguage};
pub use localizer::{Args, Localizer};
