//! Rejects unused messages: every English key must be named somewhere in the code that shows
//! it (the app, the worker, the server, the rules and engines, the browser tests). Two families
//! are named in parts, so their part must appear, quoted, in the file that makes it: mail
//! templates (`mail-<template>-subject|body`, the server's `mail.rs`) and the document review's
//! field labels (`document-field-<id>`, the worker's `document.rs`).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The text of every Rust, TypeScript/JavaScript and JSON file (photo profiles name their
/// messages) under `dir`, skipping build output and dependencies.
fn sources(dir: &Path, out: &mut String) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(
                name.as_str(),
                "target" | "node_modules" | "dist" | "test-results" | "fixtures" | "fuzz"
            ) && !name.starts_with('.')
            {
                sources(&path, out);
            }
        } else if [".rs", ".ts", ".js", ".json"]
            .iter()
            .any(|ext| name.ends_with(ext))
            && let Ok(text) = fs::read_to_string(&path)
        {
            out.push_str(&text);
            out.push('\n');
        }
    }
}

fn english_keys(root: &Path) -> Vec<String> {
    let ftl = fs::read_to_string(root.join("locales/en/main.ftl")).expect("English locale");
    ftl.lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(key, _)| key)
        .filter(|key| {
            key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_english_message_is_used_by_the_code() {
    let root = workspace_root();
    let mut code = String::new();
    for dir in ["src", "crates", "tests/e2e", "public"] {
        sources(&root.join(dir), &mut code);
    }
    // This test names no key itself, so it cannot count as a use.
    let read = |path: &str| fs::read_to_string(root.join(path)).expect(path);
    let mail = read("crates/server/src/mail.rs");
    let document_fields = read("crates/worker/src/document.rs");
    let named_in_parts = |key: &str| {
        let template = key.strip_prefix("mail-").and_then(|k| {
            k.strip_suffix("-subject")
                .or_else(|| k.strip_suffix("-body"))
        });
        let field = key.strip_prefix("document-field-");
        template.is_some_and(|t| mail.contains(&format!("\"{t}\"")))
            || field.is_some_and(|f| document_fields.contains(&format!("\"{f}\"")))
    };
    let unused: BTreeSet<String> = english_keys(&root)
        .into_iter()
        .filter(|key| !code.contains(&format!("\"{key}\"")) && !code.contains(&format!("'{key}'")))
        .filter(|key| !named_in_parts(key))
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code uses (remove them from every locale, or use them): {unused:?}"
    );
}

#[test]
fn the_key_scanner_sees_the_locale() {
    let keys = english_keys(&workspace_root());
    assert!(keys.len() > 100, "{} keys", keys.len());
    assert!(keys.iter().any(|k| k == "api-error-offline"));
}
