//! The OCR models: PP-OCR text detection and line recognition run with rten. Model bytes come
//! from the caller (the app fetches them, the CLI reads files).

pub mod ctc;
pub mod detect;
pub mod evidence;
pub mod pitch;
pub mod recognize;

use rten::Model;

pub use detect::TextBox;
pub use recognize::{LineOptions, Recognizer};

/// Why the models could not be loaded or run.
#[derive(Debug, thiserror::Error)]
pub enum OcrError {
    #[error("the {which} model could not be loaded: {source}")]
    Load {
        which: &'static str,
        source: rten::LoadError,
    },
    #[error("the model failed to run: {0}")]
    Run(#[from] rten::RunError),
    #[error("the model gave an output of an unexpected shape or type")]
    UnexpectedOutput,
    #[error(
        "the recogniser has {model_classes} classes but the dictionary gives {dictionary_classes}"
    )]
    DictionaryMismatch {
        model_classes: usize,
        dictionary_classes: usize,
    },
}

/// Detector and recogniser, loaded once and reused for every photo.
pub struct OcrModels {
    pub detector: Model,
    pub recognizer: Recognizer,
}

impl OcrModels {
    /// Loads the `.rten` detector and recogniser and the recogniser's dictionary (one label per
    /// line, as written by `models/fetch.sh`).
    pub fn load(
        detector: Vec<u8>,
        recognizer: Vec<u8>,
        dictionary: &str,
    ) -> Result<OcrModels, OcrError> {
        let detector = Model::load(detector).map_err(|source| OcrError::Load {
            which: "detection",
            source,
        })?;
        let recognizer = Model::load(recognizer).map_err(|source| OcrError::Load {
            which: "recognition",
            source,
        })?;
        Ok(OcrModels {
            detector,
            recognizer: Recognizer::new(recognizer, dictionary),
        })
    }
}
