//! The native CLI: `photocheck IMAGE --profile mynumber --json`.
#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

use common::*;

fn write(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("photocheck-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn model_path() -> std::path::PathBuf {
    write("model.bin", &model())
}

#[test]
fn json_report_has_every_measure_and_verdict() {
    let photo = write("good.jpg", &jpeg(&portrait(Portrait::default()), 92));
    let out = Command::new(env!("CARGO_BIN_EXE_photocheck"))
        .arg(&photo)
        .args(["--profile", "mynumber", "--json", "--model"])
        .arg(model_path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["profile"], "mynumber");
    let checks = json["checks"].as_array().unwrap();
    let ids: Vec<&str> = checks.iter().map(|c| c["id"].as_str().unwrap()).collect();
    for id in [
        "file-format",
        "file-size",
        "pixel-size",
        "face-count",
        "head-height",
        "sharpness",
    ] {
        assert!(ids.contains(&id), "{ids:?}");
    }
    for c in checks {
        assert!(c["status"].is_string() && c["message"].is_string(), "{c}");
    }
    assert_eq!(json["faces"].as_array().unwrap().len(), 1);
    assert!(json["check_ms"].is_number());
}

#[test]
fn fails_with_exit_code_1_and_writes_the_fix() {
    let photo = write("renamed.jpg", &png(&gradient(700, 900, 30)));
    let fixed = photo.with_file_name("fixed.jpg");
    let out = Command::new(env!("CARGO_BIN_EXE_photocheck"))
        .arg(&photo)
        .args(["--profile", "immigration", "--no-face", "--fix"])
        .arg(&fixed)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("photo-format-wrong"), "{text}");
    let bytes = std::fs::read(&fixed).unwrap();
    assert_eq!(
        madoguchi_photocheck::sniff(&bytes),
        Some(madoguchi_photocheck::Format::Jpeg)
    );
}

#[test]
fn unknown_profile_is_a_usage_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_photocheck"))
        .args(["x.jpg", "--profile", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
