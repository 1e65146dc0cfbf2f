//! `photocheck IMAGE [--profile mynumber] [--json] [--model PATH] [--landmarks DIR] [--fix OUT.jpg]`:
//! runs every check of a profile on a photo and prints each measure and verdict (and writes the
//! auto-fixed photo with `--fix`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use madoguchi_photocheck::{FaceDetector, Status, auto_fix, check, profile, profiles};

/// `println!` that ignores a closed pipe (`photocheck … | head`).
macro_rules! out {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($t)*);
    }};
}

const MODEL: &str = "seeta_fd_frontal_v1.0.bin";
const LANDMARK_MODELS: [&str; 2] = ["face_detection_short_range.rten", "face_landmark.rten"];

/// The landmark models' folder: `--landmarks`, else the SeetaFace model's folder, else
/// `crates/photocheck/models/` (where `models/fetch.sh` writes them).
fn find_landmarks(explicit: Option<PathBuf>, seeta: &Path) -> Option<PathBuf> {
    let has = |dir: &Path| LANDMARK_MODELS.iter().all(|m| dir.join(m).is_file());
    if explicit.is_some() {
        return explicit;
    }
    let local = Path::new(env!("CARGO_MANIFEST_DIR")).join("models");
    seeta
        .parent()
        .map(Path::to_path_buf)
        .into_iter()
        .chain([local])
        .find(|d| has(d))
}

/// SeetaFace from `path`, with the landmark models when found.
fn load_detector(path: &Path, landmarks: Option<PathBuf>) -> Result<FaceDetector, String> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let detector = FaceDetector::from_model_bytes(&read(path)?)?;
    match find_landmarks(landmarks, path) {
        Some(dir) => detector.with_landmark_models(
            &read(&dir.join(LANDMARK_MODELS[0]))?,
            &read(&dir.join(LANDMARK_MODELS[1]))?,
        ),
        None => {
            eprintln!(
                "photocheck: landmark models not found (crates/photocheck/models/fetch.sh): head pose and open eyes are not checked"
            );
            Ok(detector)
        }
    }
}

/// The SeetaFace model: `--model`, `$PHOTOCHECK_MODEL`, `crates/photocheck/models/`, or the copy
/// inside the rustface crate in cargo's registry.
fn find_model(explicit: Option<PathBuf>) -> Option<PathBuf> {
    if explicit.is_some() {
        return explicit;
    }
    if let Some(p) = std::env::var_os("PHOTOCHECK_MODEL") {
        return Some(PathBuf::from(p));
    }
    let local = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("models")
        .join(MODEL);
    if local.is_file() {
        return Some(local);
    }
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))?;
    let src = home.join("registry").join("src");
    std::fs::read_dir(src).ok()?.flatten().find_map(|index| {
        let p = index
            .path()
            .join("rustface-0.1.7")
            .join("model")
            .join(MODEL);
        p.is_file().then_some(p)
    })
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut image, mut profile_id, mut json, mut model, mut fix, mut landmarks) =
        (None, "mynumber".to_owned(), false, None, None, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--profile" => profile_id = args.next().unwrap_or_default(),
            "--json" => json = true,
            "--model" => model = args.next().map(PathBuf::from),
            "--no-face" => model = Some(PathBuf::new()),
            "--landmarks" => landmarks = args.next().map(PathBuf::from),
            "--fix" => fix = args.next().map(PathBuf::from),
            "-h" | "--help" => {
                out!(
                    "usage: photocheck IMAGE [--profile ID] [--json] [--model SEETA.bin | --no-face] [--landmarks DIR] [--fix OUT.jpg]\nprofiles: {}",
                    profiles()
                        .iter()
                        .map(|p| p.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                return ExitCode::SUCCESS;
            }
            _ => image = Some(PathBuf::from(a)),
        }
    }
    let Some(image) = image else {
        eprintln!("photocheck: no image given (see --help)");
        return ExitCode::from(2);
    };
    let Some(profile) = profile(&profile_id) else {
        eprintln!("photocheck: unknown profile {profile_id}");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&image) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("photocheck: {}: {e}", image.display());
            return ExitCode::from(2);
        }
    };
    let mut detector = match find_model(model).filter(|p| !p.as_os_str().is_empty()) {
        Some(path) => match load_detector(&path, landmarks) {
            Ok(d) => Some(d),
            Err(e) => {
                eprintln!("photocheck: model {}: {e}", path.display());
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let started = Instant::now();
    let report = check(&bytes, &profile, detector.as_mut());
    let check_ms = started.elapsed().as_secs_f64() * 1000.0;
    let mut fixed = None;
    if let Some(out) = &fix {
        let started = Instant::now();
        let result = auto_fix(&bytes, &profile, detector.as_mut());
        let fix_ms = started.elapsed().as_secs_f64() * 1000.0;
        match result {
            Ok(f) => {
                if let Err(e) = std::fs::write(out, &f.jpeg) {
                    eprintln!("photocheck: {}: {e}", out.display());
                    return ExitCode::from(2);
                }
                fixed = Some((serde_json::to_value(&f).unwrap_or_default(), fix_ms));
            }
            Err(e) => fixed = Some((serde_json::json!({ "error": e.message() }), fix_ms)),
        }
    }
    if json {
        let mut value = serde_json::to_value(&report).unwrap_or_default();
        value["check_ms"] = serde_json::json!((check_ms * 10.0).round() / 10.0);
        if let Some((f, ms)) = fixed {
            value["fix"] = f;
            value["fix_ms"] = serde_json::json!((ms * 10.0).round() / 10.0);
        }
        out!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
    } else {
        out!(
            "{}: {:?} ({check_ms:.0} ms)",
            image.display(),
            report.status
        );
        for c in &report.checks {
            let measured = c
                .measured
                .as_ref()
                .map(|m| serde_json::to_string(m).unwrap_or_default())
                .unwrap_or_default();
            out!(
                "  {:<5} {:<20} {:<14} limit {:<18} {}",
                format!("{:?}", c.status).to_lowercase(),
                c.id,
                measured,
                c.limit.clone().unwrap_or_default(),
                c.message
            );
        }
        if let Some((f, ms)) = fixed {
            out!("fix ({ms:.0} ms): {f}");
        }
    }
    match report.status {
        Status::Fail => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    }
}
