//! Recognised text as the recogniser hands it over: characters with their confidences.

use std::sync::Arc;

use serde::Serialize;

use crate::ocr::ctc::RestrictedSteps;
use crate::ocr::evidence::LineEvidence;

/// One line of recognised text. `confidences` has one entry per `char` of `text`, or is empty
/// when the text did not come from a recogniser (typed or pasted), meaning full confidence.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RecognizedText {
    pub text: String,
    #[serde(skip)]
    pub confidences: Vec<f32>,
    /// What the recogniser believed at each step, to score expected values against
    /// (`None` for typed text and restricted-alphabet reads).
    #[serde(skip)]
    pub evidence: Option<Arc<LineEvidence>>,
    /// The per-step probabilities of a restricted-alphabet read (`None` otherwise).
    #[serde(skip)]
    pub steps: Option<Arc<RestrictedSteps>>,
}

impl RecognizedText {
    pub fn new(text: String, confidences: Vec<f32>) -> Self {
        RecognizedText {
            text,
            confidences,
            evidence: None,
            steps: None,
        }
    }

    /// Text with full confidence in every character.
    pub fn certain(text: &str) -> Self {
        RecognizedText::new(text.to_owned(), Vec::new())
    }

    /// Characters paired with their confidence (1.0 where none was given).
    pub fn chars_with_confidence(&self) -> impl Iterator<Item = (char, f32)> + '_ {
        self.text
            .chars()
            .enumerate()
            .map(|(i, c)| (c, self.confidences.get(i).copied().unwrap_or(1.0)))
    }

    /// The lowest character confidence (1.0 for empty text).
    pub fn min_confidence(&self) -> f32 {
        self.chars_with_confidence()
            .map(|(_, p)| p)
            .fold(1.0, f32::min)
    }
}

/// Whether `c` is a CJK unified ideograph of the basic block, where the card's kanji are.
pub(crate) fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}')
}
