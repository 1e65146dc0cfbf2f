//! CA certificates the card-reader flow verifies chips against, served to the app.
//!
//! `MADOGUCHI_TRUST_DIR` holds the ISA's CA certificates (the app accepts only those whose
//! fingerprints it pins); `MADOGUCHI_TEST_TRUST_DIR` holds test CAs, reported to the user as
//! "test CA, not the ISA". Without either, chips are read and the issuer is "not checked".

use std::path::Path;

use base64::Engine;
use serde::Serialize;

/// Certificates as base64 DER/PEM file contents.
#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct TrustAnchors {
    pub isa: Vec<String>,
    pub test: Vec<String>,
}

fn certificate_files(dir: Option<&Path>) -> Vec<String> {
    let Some(dir) = dir else { return Vec::new() };
    let Ok(entries) = std::fs::read_dir(dir) else {
        tracing::warn!("trust folder {} cannot be read", dir.display());
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
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
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|bytes| base64::engine::general_purpose::STANDARD.encode(bytes))
        .collect()
}

impl TrustAnchors {
    pub fn load(isa_dir: Option<&Path>, test_dir: Option<&Path>) -> Self {
        TrustAnchors {
            isa: certificate_files(isa_dir),
            test: certificate_files(test_dir),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_certificate_files_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("b.der"), [0x30, 0x03, 1, 2, 3]).expect("write");
        std::fs::write(dir.path().join("a.pem"), "-----BEGIN CERTIFICATE-----").expect("write");
        std::fs::write(dir.path().join("notes.txt"), "not a certificate").expect("write");
        let anchors = TrustAnchors::load(None, Some(dir.path()));
        assert!(anchors.isa.is_empty());
        assert_eq!(anchors.test.len(), 2);
        assert_eq!(anchors.test[1], "MAMBAgM=");
        assert_eq!(
            TrustAnchors::load(Some(&dir.path().join("missing")), None),
            TrustAnchors::default()
        );
    }
}
