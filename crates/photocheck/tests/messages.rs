//! Every Fluent id the engine can return exists in English and Japanese, and the messages of real
//! reports render with their arguments filled in.
#![allow(clippy::unwrap_used)]

mod common;

use common::*;
use madoguchi_l10n::{Args, Locale, Localizer};
use madoguchi_photocheck::{check, profile, profiles};
use madoguchi_rules::RuleArg;

const SOURCES: [&str; 8] = [
    include_str!("../src/hints.rs"),
    include_str!("../src/lib.rs"),
    include_str!("../src/file.rs"),
    include_str!("../src/face.rs"),
    include_str!("../src/fix.rs"),
    include_str!("../src/analysis.rs"),
    include_str!("../src/profile.rs"),
    include_str!("../profiles.json"),
];

fn ids() -> Vec<String> {
    let mut ids: Vec<String> = SOURCES
        .iter()
        .flat_map(|s| s.split('"').skip(1).step_by(2))
        .filter(|s| {
            s.starts_with("photo-") && s.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        })
        .map(str::to_owned)
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn every_id_is_translated() {
    let l = Localizer::new();
    let ids = ids();
    assert!(ids.len() > 60, "{}", ids.len());
    for id in &ids {
        for locale in [Locale::En, Locale::Ja] {
            assert!(l.has_message(locale, id), "{} lacks {id}", locale.tag());
        }
    }
    for p in profiles() {
        assert!(l.has_message(Locale::En, &p.title));
        for c in &p.confirmations {
            assert!(l.has_message(Locale::Ja, c), "{c}");
        }
    }
}

#[test]
fn report_messages_render_with_their_arguments() {
    let l = Localizer::new();
    let mut detector = detector();
    let p = profile("mynumber").unwrap();
    let inputs = [
        jpeg(&portrait(Portrait::default()), 92),
        fixture("cmyk.jpg"),
        fixture("progressive.jpg"),
        png(&gradient(500, 500, 0)),
        jpeg(
            &portrait(Portrait {
                head: 0.95,
                shift: 0.2,
                roll: 10.0,
                ..Portrait::default()
            }),
            92,
        ),
        b"not an image".to_vec(),
    ];
    for bytes in &inputs {
        let r = check(bytes, &p, Some(&mut detector));
        for c in &r.checks {
            let mut args = Args::new();
            for (name, value) in &c.args {
                match value {
                    RuleArg::Number(n) => args.set(name.clone(), *n),
                    RuleArg::Text(t) => args.set(name.clone(), t.clone()),
                }
            }
            for locale in Locale::ALL {
                let text = l.message(locale, &c.message, Some(&args));
                assert!(
                    !text.contains('{') && !text.is_empty(),
                    "{} {}: {text}",
                    locale.tag(),
                    c.message
                );
            }
        }
    }
}
