//! `serve-stdio --dump DIR`: serves the simulated card over stdin/stdout with the framing of
//! `madoguchi_card_sim::framing` (2-byte big-endian length + APDU in, same framing out; a
//! zero-length frame resets the card).

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_card_sim::{CardDump, SimCard, framing};
use rand_core::OsRng;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut dump_dir: Option<PathBuf> = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dump" => dump_dir = args.next().map(PathBuf::from),
            "-h" | "--help" => {
                println!("usage: serve-stdio --dump DIR");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("serve-stdio: unknown argument {other}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(dir) = dump_dir else {
        eprintln!("usage: serve-stdio --dump DIR");
        return ExitCode::from(2);
    };
    let dump = match CardDump::load(&dir) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("serve-stdio: {e}");
            return ExitCode::from(2);
        }
    };
    let mut card = SimCard::new(dump, OsRng);
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    match framing::serve(&mut card, &mut stdin.lock(), &mut stdout.lock()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("serve-stdio: {e}");
            ExitCode::FAILURE
        }
    }
}
