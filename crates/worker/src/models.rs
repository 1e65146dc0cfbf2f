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

/// MediaPipe BlazeFace short range, converted to .rten by crates/photocheck/models/fetch.sh.
pub const FACE_KEYPOINTS: ModelFile = ModelFile {
    name: "face-keypoints",
    path: "/models/face_detection_short_range.rten",
    sha256: "eb8761cb7c974f5bd5878d6ab8434ae5c009a42f98d113114d47e07e49cb4e73",
};

/// MediaPipe FaceMesh (468 landmarks), converted to .rten by crates/photocheck/models/fetch.sh.
pub const FACE_MESH: ModelFile = ModelFile {
    name: "face-mesh",
    path: "/models/face_landmark.rten",
    sha256: "c97e0c25b73ac3741be7bb3161a77670f40b5012400ebd7c6e70827a2de1a36c",
};

/// PP-OCRv5 mobile text detector, int8 weights (crates/docscan/models/fetch.sh).
pub const OCR_DETECTOR: ModelFile = ModelFile {
    name: "text-detector",
    path: "/models/ppocrv5-det.rten",
    sha256: "16f58ea4b43ede0d1caa01c49cda0e07960e91d4b5afe3a126f694d906c87f48",
};

/// PP-OCRv5 mobile recogniser cut to the JIS X 0208 + ASCII classes, int8 weights.
pub const OCR_RECOGNIZER: ModelFile = ModelFile {
    name: "text-recognizer",
    path: "/models/ppocrv5-rec-jis.rten",
    sha256: "1a85d6843547ad6b350a5cb895e4eab914eeead58f3df00c540a858f1d3fa4f3",
};

/// The recogniser's classes, one per line.
pub const OCR_DICTIONARY: ModelFile = ModelFile {
    name: "text-dictionary",
    path: "/models/ppocrv5-rec-jis.txt",
    sha256: "ab8fa1f3adedb7a901714f4660d3b7e88da83c2a26b355a9493f68b8cde4797e",
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
    fn the_ocr_model_pins_match_the_fetch_script() {
        let script = include_str!("../../docscan/models/fetch.sh");
        for model in [OCR_DETECTOR, OCR_RECOGNIZER, OCR_DICTIONARY] {
            assert!(script.contains(model.sha256), "{}", model.name);
            let file = model.path.trim_start_matches("/models/");
            assert!(script.contains(file), "{file}");
        }
    }

    #[test]
    fn the_face_model_pins_match_the_fetch_script() {
        let script = include_str!("../../photocheck/models/fetch.sh");
        for model in [FACE_DETECTOR, FACE_KEYPOINTS, FACE_MESH] {
            assert!(script.contains(model.sha256), "{}", model.name);
            let file = model.path.trim_start_matches("/models/");
            assert!(script.contains(file), "{file}");
        }
    }
}
