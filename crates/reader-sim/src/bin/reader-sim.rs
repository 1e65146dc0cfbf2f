//! `reader-sim --dump DIR [--model extended|omnikey5321|scl011] [--time-extensions N]
//!  [--stale-replies] [--remove-after N] [--no-card]`
//!
//! Serves a simulated CCID reader holding the card of a dump folder over stdio (JSON lines, see
//! `madoguchi_reader_sim::stdio`).

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_card_sim::{CardDump, SimCard};
use madoguchi_reader_sim::ccid::{CcidReaderSim, ReaderModel};
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut dump: Option<PathBuf> = None;
    let mut model = ReaderModel::EXTENDED_VENDOR;
    let mut reader_faults = madoguchi_reader_sim::ccid::Faults::default();
    let mut with_card = true;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dump" => dump = args.next().map(PathBuf::from),
            "--model" => match args.next().as_deref() {
                Some("extended") => model = ReaderModel::EXTENDED_VENDOR,
                Some("omnikey5321") => model = ReaderModel::OMNIKEY_5321,
                Some("scl011") => model = ReaderModel::SCM_SCL011,
                other => return usage(&format!("unknown model {other:?}")),
            },
            "--time-extensions" => {
                reader_faults.time_extensions_per_apdu =
                    args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
            }
            "--stale-replies" => reader_faults.repeat_previous_reply = true,
            "--remove-after" => {
                reader_faults.remove_card_after_apdus = args.next().and_then(|n| n.parse().ok())
            }
            "--no-card" => with_card = false,
            other => return usage(&format!("unknown argument {other}")),
        }
    }
    let Some(dump_dir) = dump else {
        return usage("--dump DIR is required");
    };
    let card_dump = match CardDump::load(&dump_dir) {
        Ok(d) => d,
        Err(error) => {
            eprintln!("reader-sim: {}: {error}", dump_dir.display());
            return ExitCode::FAILURE;
        }
    };
    let mut reader = CcidReaderSim::new(model);
    reader.faults = reader_faults;
    let card = SimCard::new(card_dump, ChaCha20Rng::from_entropy());
    reader.insert_card(Box::new(card));
    if !with_card {
        reader.remove_card();
    }
    let stdin = std::io::stdin().lock();
    let stdout = std::io::stdout().lock();
    match madoguchi_reader_sim::stdio::serve(&mut reader, stdin, stdout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("reader-sim: {error}");
            ExitCode::FAILURE
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("reader-sim: {problem}");
    eprintln!(
        "usage: reader-sim --dump DIR [--model extended|omnikey5321|scl011] [--time-extensions N] [--stale-replies] [--remove-after N] [--no-card]"
    );
    ExitCode::from(2)
}
