//! `gen-dumps OUT_DIR [--seed N] [--gothic FONT] [--mincho FONT]`: writes the standard test dumps
//! (one folder each) and `OUT_DIR/trust/` with the test CA certificates, plus
//! `OUT_DIR/expected.json` mapping each dump to the verdict `read-card --trust OUT_DIR/trust` must
//! report. The card faces are typeset with IPA Gothic and IPA Mincho: `--gothic`/`--mincho`, else
//! `MADOGUCHI_CARD_FONT_GOTHIC`/`MADOGUCHI_CARD_FONT_MINCHO`, else Debian's files
//! (`scripts/gen-dumps.sh` installs them).

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_card_sim::generate::{ChipImages, TestPki, standard_dumps, write_trust_dir};
use madoguchi_card_sim::images::{self, CardFonts};

const USAGE: &str = "usage: gen-dumps OUT_DIR [--seed N] [--gothic FONT] [--mincho FONT]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut out: Option<PathBuf> = None;
    let mut seed = madoguchi_card_sim::generate::DEFAULT_SEED;
    let env_or =
        |env, default| std::env::var_os(env).map_or_else(|| PathBuf::from(default), PathBuf::from);
    let mut gothic = env_or(images::GOTHIC_ENV, images::GOTHIC_DEFAULT);
    let mut mincho = env_or(images::MINCHO_ENV, images::MINCHO_DEFAULT);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => match args.next().and_then(|s| s.parse().ok()) {
                Some(s) => seed = s,
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--gothic" | "--mincho" => match args.next() {
                Some(path) if arg == "--gothic" => gothic = PathBuf::from(path),
                Some(path) => mincho = PathBuf::from(path),
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            _ if out.is_none() && !arg.starts_with('-') => out = Some(PathBuf::from(arg)),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(out) = out else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let run = || -> Result<(), String> {
        let fonts = CardFonts::load(&gothic, &mincho).map_err(|e| e.to_string())?;
        let pki = TestPki::generate(seed).map_err(|e| e.to_string())?;
        write_trust_dir(&pki, &out.join("trust")).map_err(|e| e.to_string())?;
        let mut expected = serde_json::Map::new();
        for d in standard_dumps(&pki, &ChipImages::Render(&fonts)).map_err(|e| e.to_string())? {
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
