//! Full card reads through the Sony channels (RC-S300 vendor interface, RC-S380 Port-100) and
//! their simulators: every committed dump gets its expected verdict; silent and damaged frames,
//! S(WTX) storms and card removal are handled. Prints the USB traffic of a full read.

use std::path::{Path, PathBuf};

use madoguchi_card_sim::report::load_trust_dir;
use madoguchi_card_sim::{CardDump, SimCard};
use madoguchi_ccid::sony::{Rcs300Channel, Rcs380Channel};
use madoguchi_ccid::{BulkPipe, PipeError, TransferStats};
use madoguchi_reader_sim::sony::{Rcs300Sim, Rcs380Sim, RfFaults};
use madoguchi_reader_sim::{DevicePipe, SimDevice};
use madoguchi_zairyu::{
    CardChannel, ChannelError, ReadError, ReadOptions, TrustStore, block_on, read_card, verify_card,
};
use rand_core::OsRng;
use serde_json::Value;

fn dumps_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../card-sim/dumps")
}

fn verdict<C: CardChannel>(channel: &mut C, dump: &CardDump) -> Result<String, ReadError> {
    let mut trust = TrustStore::new();
    load_trust_dir(&dumps_dir().join("trust"), &mut trust).expect("test CAs");
    block_on(read_card(
        channel,
        &dump.card_number,
        &mut OsRng,
        &ReadOptions::default(),
    ))
    .map(|read| {
        let v = verify_card(read.card_type, &read.files, &trust, 1_790_000_000);
        serde_json::to_value(v.verdict)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    })
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    Rcs300,
    Rcs380,
}

fn device(kind: Kind, dump: &CardDump, faults: RfFaults) -> Box<dyn SimDevice> {
    let card = Box::new(SimCard::new(dump.clone(), OsRng));
    match kind {
        Kind::Rcs300 => {
            let mut sim = Rcs300Sim::new(card);
            sim.picc.faults = faults;
            Box::new(sim)
        }
        Kind::Rcs380 => {
            let mut sim = Rcs380Sim::new(card);
            sim.picc.faults = faults;
            Box::new(sim)
        }
    }
}

fn read(
    kind: Kind,
    sim: &mut dyn SimDevice,
    dump: &CardDump,
) -> (Result<String, ReadError>, TransferStats) {
    match kind {
        Kind::Rcs300 => {
            let mut channel = Rcs300Channel::new(DevicePipe {
                device: sim,
                bulk_out: 2,
                bulk_in: 2,
            });
            let result = verdict(&mut channel, dump);
            (result, channel.stats())
        }
        Kind::Rcs380 => {
            let mut channel = Rcs380Channel::new(DevicePipe {
                device: sim,
                bulk_out: 2,
                bulk_in: 1,
            });
            let result = verdict(&mut channel, dump);
            (result, channel.stats())
        }
    }
}

#[test]
fn every_dump_gets_its_expected_verdict_through_both_sony_readers() {
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(dumps_dir().join("expected.json")).expect("expected.json"),
    )
    .expect("json");
    for (name, expected) in expected.as_object().expect("object") {
        let dump = CardDump::load(&dumps_dir().join(name)).expect("dump");
        for kind in [Kind::Rcs300, Kind::Rcs380] {
            let mut sim = device(kind, &dump, RfFaults::default());
            let (result, stats) = read(kind, sim.as_mut(), &dump);
            assert_eq!(
                result.as_deref().ok(),
                expected.as_str(),
                "{name} {kind:?} {result:?}"
            );
            println!(
                "{name:<20} {kind:<8?} apdus {:>3}  bulk out {:>4} ({:>6} B)  bulk in {:>4} ({:>6} B)",
                sim.apdu_count(),
                stats.bulk_out_transfers,
                stats.bytes_out,
                stats.bulk_in_transfers,
                stats.bytes_in
            );
        }
    }
}

#[test]
fn silent_and_damaged_frames_and_wtx_are_recovered() {
    let dump = CardDump::load(&dumps_dir().join("residence-normal")).expect("dump");
    for faults in [
        RfFaults {
            silent_every: Some(5),
            ..RfFaults::default()
        },
        RfFaults {
            damaged_every: Some(4),
            ..RfFaults::default()
        },
        RfFaults {
            wtx_per_apdu: 3,
            ..RfFaults::default()
        },
    ] {
        for kind in [Kind::Rcs300, Kind::Rcs380] {
            let mut clean = device(kind, &dump, RfFaults::default());
            let (_, clean_stats) = read(kind, clean.as_mut(), &dump);
            let mut sim = device(kind, &dump, faults.clone());
            let (result, stats) = read(kind, sim.as_mut(), &dump);
            assert_eq!(
                result.as_deref().ok(),
                Some("genuine_test_ca"),
                "{kind:?} {faults:?} {result:?}"
            );
            assert!(
                stats.bulk_out_transfers > clean_stats.bulk_out_transfers,
                "faults cost extra exchanges: {kind:?} {faults:?}"
            );
        }
    }
}

#[test]
fn storms_dead_cards_and_removal_end_in_clean_errors_and_a_retry_works() {
    let dump = CardDump::load(&dumps_dir().join("second-gen")).expect("dump");
    for kind in [Kind::Rcs300, Kind::Rcs380] {
        let mut storm = device(
            kind,
            &dump,
            RfFaults {
                wtx_per_apdu: 500,
                ..RfFaults::default()
            },
        );
        let (result, _) = read(kind, storm.as_mut(), &dump);
        assert!(
            matches!(
                result,
                Err(ReadError::Channel {
                    error: ChannelError::Timeout,
                    ..
                })
            ),
            "{kind:?} {result:?}"
        );
        let mut removed = device(
            kind,
            &dump,
            RfFaults {
                remove_after_apdus: Some(4),
                ..RfFaults::default()
            },
        );
        let (result, _) = read(kind, removed.as_mut(), &dump);
        assert!(
            matches!(
                result,
                Err(ReadError::Channel {
                    error: ChannelError::CardRemoved,
                    ..
                })
            ),
            "{kind:?} {result:?}"
        );
        removed.reinsert_card();
        let (retry, _) = read(kind, removed.as_mut(), &dump);
        assert_eq!(retry.ok().as_deref(), Some("genuine_test_ca"), "{kind:?}");
        let mut empty = device(kind, &dump, RfFaults::default());
        empty.remove_card();
        let (result, _) = read(kind, empty.as_mut(), &dump);
        assert!(
            matches!(
                result,
                Err(ReadError::Channel {
                    error: ChannelError::CardRemoved,
                    ..
                })
            ),
            "{kind:?} {result:?}"
        );
    }
}

#[test]
fn random_bytes_from_the_readers_never_panic() {
    struct Noise(u64);
    impl BulkPipe for Noise {
        async fn send(&mut self, _: &[u8]) -> Result<(), PipeError> {
            Ok(())
        }
        async fn receive(&mut self, max_len: usize) -> Result<Vec<u8>, PipeError> {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            let len = usize::try_from(self.0 % 24).unwrap_or(0).min(max_len);
            let mut bytes: Vec<u8> = self
                .0
                .to_le_bytes()
                .iter()
                .cycle()
                .take(len)
                .copied()
                .collect();
            // Often a plausible start, so parsing gets past the first byte.
            if self.0.is_multiple_of(3) && bytes.len() > 5 {
                bytes[..5].copy_from_slice(&[0x83, 0x02, 0, 0, 0]);
            } else if self.0 % 3 == 1 && bytes.len() > 5 {
                bytes[..5].copy_from_slice(&[0x00, 0x00, 0xFF, 0xFF, 0xFF]);
            }
            Ok(bytes)
        }
    }
    for seed in 1..400u64 {
        let mut a = Rcs300Channel::new(Noise(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15)));
        let _ = block_on(a.transmit(&[0, 0x84, 0, 0, 8]));
        let mut b = Rcs380Channel::new(Noise(seed.wrapping_mul(0xD1B5_4A32_D192_ED03)));
        let _ = block_on(b.transmit(&[0, 0x84, 0, 0, 8]));
    }
}

#[test]
fn stdio_serves_the_sony_models() {
    let dump = CardDump::load(&dumps_dir().join("residence-normal")).expect("dump");
    let mut sim = device(Kind::Rcs300, &dump, RfFaults::default());
    let escape = madoguchi_reader_sim::sony::escape_message(
        0,
        &madoguchi_ccid::sony::rcs300::START_TRANSPARENT,
    );
    let input = [
        r#"{"op":"describe"}"#.to_owned(),
        r#"{"op":"control_in","request":6,"value":512,"index":0,"length":255}"#.to_owned(),
        format!(
            r#"{{"op":"bulk_out","endpoint":2,"data":"{}"}}"#,
            madoguchi_reader_sim::to_hex(&escape)
        ),
        r#"{"op":"bulk_in","endpoint":2,"length":64}"#.to_owned(),
    ]
    .join("\n");
    let mut output = Vec::new();
    madoguchi_reader_sim::stdio::serve(sim.as_mut(), input.as_bytes(), &mut output).expect("serve");
    let answers: Vec<Value> = String::from_utf8(output)
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let interfaces = &answers[0]["device"]["configurations"][0]["interfaces"];
    assert_eq!(interfaces[0]["alternates"][0]["interfaceClass"], 0x0B);
    assert_eq!(interfaces[1]["alternates"][0]["interfaceClass"], 0xFF);
    assert_eq!(answers[0]["device"]["productId"], 0x0DC8);
    let descriptor = answers[1]["data"].as_str().expect("hex");
    assert!(
        descriptor.contains("09040100"),
        "interface 1 in the configuration descriptor"
    );
    let reply = answers[3]["data"].as_str().expect("hex");
    assert!(reply.starts_with("83"), "{reply}");
    assert!(
        reply.ends_with("c003009000") || reply.ends_with("9000"),
        "{reply}"
    );
}
