//! The model files the worker fetches from the app's own origin, pinned by SHA-256 so a damaged
//! or substituted file is refused (and dropped from the cache) instead of used.

use sha2::{Digest, Sha256};

/// A model file served under `/models/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModelFile {
    /// Short name for progress messages.
    pub name: &'static str,
    /// Path on the app's origin.
    pub path: &'static str,
    /// Lower-case hex SHA-256 of the file.
    pub sha256: &'static str,
}

/// SeetaFace frontal face detector from the `rustface` crate (crates/photocheck/models/fetch.sh).
pub const FACE_DETECTOR: ModelFile = ModelFile {
    name: "face",
    path: "/models/seeta_fd_frontal_v1.0.bin",
    sha256: "c4619d066ed35e84d9a8e842860b0dff567aba0cbb139881075538761db3ff5d",
};

/// Whether `bytes` are exactly the pinned file.
pub fn verify(model: &ModelFile, bytes: &[u8]) -> bool {
    let digest = Sha256::digest(bytes);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    hex == model.sha256
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_pinned_bytes_verify() {
        let model = ModelFile {
            name: "t",
            path: "/t",
            // SHA-256 of "abc".
            sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        };
        assert!(verify(&model, b"abc"));
        assert!(!verify(&model, b"abd"));
        assert!(!verify(&model, b""));
    }

    #[test]
    fn the_face_model_pin_matches_the_fetch_script() {
        let script = include_str!("../../photocheck/models/fetch.sh");
        assert!(script.contains(FACE_DETECTOR.sha256));
        assert!(FACE_DETECTOR.path.ends_with("seeta_fd_frontal_v1.0.bin"));
    }
}
