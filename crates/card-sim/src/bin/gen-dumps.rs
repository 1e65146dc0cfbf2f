//! `gen-dumps OUT_DIR [--seed N]`: writes the standard test dumps (one folder each) and
//! `OUT_DIR/trust/` with the test CA certificates, plus `OUT_DIR/expected.json` mapping each dump
//! to the verdict `read-card --trust OUT_DIR/trust` must report.

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_card_sim::generate::{TestPki, standard_dumps, write_trust_dir};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut out: Option<PathBuf> = None;
    let mut seed = madoguchi_card_sim::generate::DEFAULT_SEED;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => match args.next().and_then(|s| s.parse().ok()) {
                Some(s) => seed = s,
                None => {
                    eprintln!("usage: gen-dumps OUT_DIR [--seed N]");
                    return ExitCode::from(2);
                }
            },
            _ if out.is_none() && !arg.starts_with('-') => out = Some(PathBuf::from(arg)),
            _ => {
                eprintln!("usage: gen-dumps OUT_DIR [--seed N]");
                return ExitCode::from(2);
            }
        }
    }
    let Some(out) = out else {
        eprintln!("usage: gen-dumps OUT_DIR [--seed N]");
        return ExitCode::from(2);
    };
    let run = || -> Result<(), String> {
        let pki = TestPki::generate(seed).map_err(|e| e.to_string())?;
        write_trust_dir(&pki, &out.join("trust")).map_err(|e| e.to_string())?;
        let mut expected = serde_json::Map::new();
        for d in standard_dumps(&pki).map_err(|e| e.to_string())? {
            d.dump.save(&out.join(d.name)).map_err(|e| e.to_string())?;
            expected.insert(
                d.name.to_owned(),
                serde_json::to_value(d.expected).map_err(|e| e.to_string())?,
            );
        }
        let text = serde_json::to_string_pretty(&expected).map_err(|e| e.to_string())?;
        std::fs::write(out.join("expected.json"), text + "\n").map_err(|e| e.to_string())?;
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-dumps: {e}");
            ExitCode::FAILURE
        }
    }
}
