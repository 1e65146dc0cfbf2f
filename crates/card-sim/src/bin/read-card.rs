//! `read-card --dump DIR [--card-number N] [--trust DIR] [--mode auto|extended|short]
//! [--no-extended-reader] [--now UNIX_SECONDS]`: reads a dump through the simulator with the real
//! reader code, verifies it and prints the result as JSON. Exit code 0 when the read succeeded,
//! 1 when it failed (the JSON then holds the error), 2 on usage errors.

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_card_sim::CardDump;
use madoguchi_card_sim::report::{ReadDumpOptions, load_trust_dir, read_dump, report_json};
use madoguchi_zairyu::{ApduMode, TrustStore};

const USAGE: &str = "usage: read-card --dump DIR [--card-number N] [--trust DIR] [--mode auto|extended|short] [--no-extended-reader] [--now UNIX_SECONDS]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut dump_dir: Option<PathBuf> = None;
    let mut card_number: Option<String> = None;
    let mut trust_dirs: Vec<PathBuf> = Vec::new();
    let mut mode = ApduMode::Auto;
    let mut reader_extended = true;
    let mut now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dump" => dump_dir = args.next().map(PathBuf::from),
            "--card-number" => card_number = args.next(),
            "--trust" => trust_dirs.extend(args.next().map(PathBuf::from)),
            "--mode" => {
                mode = match args.next().as_deref() {
                    Some("auto") => ApduMode::Auto,
                    Some("extended") => ApduMode::Extended,
                    Some("short") => ApduMode::Short,
                    _ => {
                        eprintln!("{USAGE}");
                        return ExitCode::from(2);
                    }
                }
            }
            "--no-extended-reader" => reader_extended = false,
            "--now" => match args.next().and_then(|s| s.parse().ok()) {
                Some(n) => now = n,
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("read-card: unknown argument {other}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(dir) = dump_dir else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let dump = match CardDump::load(&dir) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("read-card: {e}");
            return ExitCode::from(2);
        }
    };
    let mut trust = TrustStore::new();
    for t in &trust_dirs {
        if let Err(e) = load_trust_dir(t, &mut trust) {
            eprintln!("read-card: {e}");
            return ExitCode::from(2);
        }
    }
    let options = ReadDumpOptions {
        card_number: card_number.as_deref(),
        trust: &trust,
        mode,
        reader_extended,
        now_unix: now,
    };
    let outcome = match read_dump(dump, &options) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("read-card: {e}");
            return ExitCode::from(2);
        }
    };
    let ok = outcome.read.is_ok();
    let json = report_json(&outcome);
    println!(
        "{}",
        serde_json::to_string_pretty(&json).unwrap_or_default()
    );
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
