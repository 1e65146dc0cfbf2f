//! The model files written by `crates/docscan/models/fetch.sh`.

use std::path::{Path, PathBuf};

use madoguchi_docscan::{OcrModels, Scanner};

/// Which build of the models: what the app ships, or the unmodified originals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Variant {
    /// Recogniser pruned to JIS X 0208 classes, int8 weights (4 MB).
    Shipped,
    /// The unmodified float32 models with the full dictionary (21 MB).
    Original,
}

impl Variant {
    pub fn files(self) -> [&'static str; 3] {
        match self {
            Variant::Shipped => [
                "ppocrv5-det.rten",
                "ppocrv5-rec-jis.rten",
                "ppocrv5-rec-jis.txt",
            ],
            Variant::Original => [
                "ppocrv5-det-f32.rten",
                "ppocrv5-rec-full-f32.rten",
                "ppocrv5-rec-full.txt",
            ],
        }
    }
}

/// `$MADOGUCHI_DOCSCAN_MODELS`, else `crates/docscan/models` in this checkout.
pub fn default_dir() -> PathBuf {
    std::env::var_os("MADOGUCHI_DOCSCAN_MODELS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../docscan/models"))
}

fn millis() -> f64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
        * 1000.0
}

/// Loads a scanner with a wall clock for stage timings.
pub fn load(dir: &Path, variant: Variant) -> Result<Scanner, String> {
    let [det, rec, dict] = variant.files().map(|f| dir.join(f));
    let read = |p: &Path| {
        std::fs::read(p)
            .map_err(|e| format!("{}: {e} — run crates/docscan/models/fetch.sh", p.display()))
    };
    let dictionary =
        String::from_utf8(read(&dict)?).map_err(|e| format!("{}: {e}", dict.display()))?;
    let models =
        OcrModels::load(read(&det)?, read(&rec)?, &dictionary).map_err(|e| e.to_string())?;
    Ok(Scanner::new(models).with_clock(millis))
}

/// Raw and brotli-compressed (quality 11, as a static server would pre-compress) sizes.
pub fn sizes(dir: &Path, variant: Variant) -> Result<Vec<(String, usize, usize)>, String> {
    variant
        .files()
        .iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join(f)).map_err(|e| format!("{f}: {e}"))?;
            let mut compressed = Vec::new();
            let params = brotli::enc::BrotliEncoderParams {
                quality: 11,
                lgwin: 24,
                ..Default::default()
            };
            brotli::BrotliCompress(&mut bytes.as_slice(), &mut compressed, &params)
                .map_err(|e| e.to_string())?;
            Ok(((*f).to_owned(), bytes.len(), compressed.len()))
        })
        .collect()
}
