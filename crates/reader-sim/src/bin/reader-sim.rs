//! `reader-sim --dump DIR [--model extended|omnikey5321|scl011|rcs300|rcs380] [--time-extensions N]
//!  [--stale-replies] [--remove-after N] [--no-card]`
//!
//! For rcs300/rcs380, `--time-extensions N` becomes N S(WTX) per APDU and `--remove-after N`
//! takes the card out of the field; `--stale-replies` applies to the CCID models only.
//!
//! Serves a simulated CCID reader holding the card of a dump folder over stdio (JSON lines, see
//! `madoguchi_reader_sim::stdio`).

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_card_sim::{CardDump, SimCard};
use madoguchi_reader_sim::SimDevice;
use madoguchi_reader_sim::ccid::{CcidReaderSim, ReaderModel};
use madoguchi_reader_sim::sony::{Rcs300Sim, Rcs380Sim, RfFaults};
use rand_chacha::ChaCha20Rng;
use rand_core::SeedableRng;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut dump: Option<PathBuf> = None;
    let mut model = ReaderModel::EXTENDED_VENDOR;
    let mut reader_faults = madoguchi_reader_sim::ccid::Faults::default();
    let mut with_card = true;
    let mut sony: Option<&str> = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dump" => dump = args.next().map(PathBuf::from),
            "--model" => match args.next().as_deref() {
                Some("extended") => model = ReaderModel::EXTENDED_VENDOR,
                Some("omnikey5321") => model = ReaderModel::OMNIKEY_5321,
                Some("scl011") => model = ReaderModel::SCM_SCL011,
                Some("rcs300") => sony = Some("rcs300"),
                Some("rcs380") => sony = Some("rcs380"),
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
    let card = Box::new(SimCard::new(card_dump, ChaCha20Rng::from_entropy()));
    let rf_faults = RfFaults {
        wtx_per_apdu: reader_faults.time_extensions_per_apdu,
        remove_after_apdus: reader_faults.remove_card_after_apdus,
        ..RfFaults::default()
    };
    let mut reader: Box<dyn SimDevice> = match sony {
        Some("rcs300") => {
            let mut sim = Rcs300Sim::new(card);
            sim.picc.faults = rf_faults;
            Box::new(sim)
        }
        Some(_) => {
            let mut sim = Rcs380Sim::new(card);
            sim.picc.faults = rf_faults;
            Box::new(sim)
        }
        None => {
            let mut sim = CcidReaderSim::new(model);
            sim.faults = reader_faults;
            sim.insert_card(card);
            Box::new(sim)
        }
    };
    if !with_card {
        reader.remove_card();
    }
    let stdin = std::io::stdin().lock();
    let stdout = std::io::stdout().lock();
    match madoguchi_reader_sim::stdio::serve(reader.as_mut(), stdin, stdout) {
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
        "usage: reader-sim --dump DIR [--model extended|omnikey5321|scl011|rcs300|rcs380] [--time-extensions N] [--stale-replies] [--remove-after N] [--no-card]"
    );
    ExitCode::from(2)
}
