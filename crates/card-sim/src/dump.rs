//! Card dump folders: one file per EF, named `MF_EF01`, `MF_EF02`, `DF1_EF01`, … `DF3_EF01`,
//! holding the EF's full content as stored on the card (the TLV bytes including padding), plus a
//! `card_number` file (12 characters, surrounding whitespace ignored). An absent file means the EF
//! does not exist on the card.

use std::path::Path;

use madoguchi_zairyu::layout::{CardFiles, Df, EfId};
use madoguchi_zairyu::{CardNumber, InvalidCardNumber};

/// The contents of a card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardDump {
    /// The EFs.
    pub files: CardFiles,
    /// The card number the chip checks in VERIFY.
    pub card_number: CardNumber,
}

/// Why a dump folder cannot be loaded or saved.
#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    /// File system error.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The error.
        source: std::io::Error,
    },
    /// The `card_number` file is missing or not 12 alphanumerics.
    #[error("{path}: {source}")]
    CardNumber {
        /// The file.
        path: String,
        /// The error.
        source: InvalidCardNumber,
    },
}

/// Every EF name a dump may hold (both generations).
pub fn ef_names() -> impl Iterator<Item = EfId> {
    [(Df::Mf, 2), (Df::Df1, 4), (Df::Df2, 4), (Df::Df3, 1)]
        .into_iter()
        .flat_map(|(df, count)| (1..=count).map(move |ef| EfId::new(df, ef)))
}

impl CardDump {
    /// Loads a dump folder.
    pub fn load(dir: &Path) -> Result<Self, DumpError> {
        let io = |path: &Path, source| DumpError::Io {
            path: path.display().to_string(),
            source,
        };
        let mut files = CardFiles::new();
        for id in ef_names() {
            let path = dir.join(id.to_string());
            match std::fs::read(&path) {
                Ok(bytes) => files.insert(id, bytes),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(io(&path, e)),
            }
        }
        let path = dir.join("card_number");
        let text = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
        let card_number = CardNumber::new(text.trim()).map_err(|source| DumpError::CardNumber {
            path: path.display().to_string(),
            source,
        })?;
        Ok(Self { files, card_number })
    }

    /// Writes the dump folder (creating it; existing EF files not in the dump are removed).
    pub fn save(&self, dir: &Path) -> Result<(), DumpError> {
        let io = |path: &Path, source| DumpError::Io {
            path: path.display().to_string(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
        for id in ef_names() {
            let path = dir.join(id.to_string());
            match self.files.get(id) {
                Some(bytes) => std::fs::write(&path, bytes).map_err(|e| io(&path, e))?,
                None => match std::fs::remove_file(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(&path, e)),
                    _ => {}
                },
            }
        }
        let path = dir.join("card_number");
        std::fs::write(&path, format!("{}\n", self.card_number.as_str())).map_err(|e| io(&path, e))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use madoguchi_zairyu::layout::{DF2_EF04, MF_EF02};

    #[test]
    fn save_and_load_roundtrip() {
        let dir = std::env::temp_dir().join(format!("card-sim-dump-{}", std::process::id()));
        let mut files = CardFiles::new();
        files.insert(MF_EF02, vec![0xC1, 0x01, 0x31]);
        files.insert(DF2_EF04, vec![0xD7, 0x01, 0x30]);
        let dump = CardDump {
            files,
            card_number: CardNumber::new("AB12345678CD").unwrap(),
        };
        dump.save(&dir).unwrap();
        std::fs::write(dir.join("card_number"), "  ab12345678cd \n").unwrap();
        let loaded = CardDump::load(&dir).unwrap();
        assert_eq!(loaded, dump);
        std::fs::write(dir.join("card_number"), "short").unwrap();
        assert!(matches!(
            CardDump::load(&dir),
            Err(DumpError::CardNumber { .. })
        ));
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(matches!(CardDump::load(&dir), Err(DumpError::Io { .. })));
        assert_eq!(ef_names().count(), 11);
    }
}
