//! Full card reads through the host CCID code and the simulated reader: every committed dump gets
//! its expected verdict; time extensions, stale replies, short-APDU readers and card removal are
//! handled. Prints the USB traffic of a full read (the protocol-overhead benchmark).

use std::path::{Path, PathBuf};

use madoguchi_card_sim::report::load_trust_dir;
use madoguchi_card_sim::{CardDump, SimCard};
use madoguchi_ccid::t1::T1Stats;
use madoguchi_ccid::{CcidDescriptor, CcidReader};
use madoguchi_reader_sim::ccid::{CcidReaderSim, Faults, ReaderModel, SimPipe};
use madoguchi_reader_sim::t1card::T1Faults;
use madoguchi_zairyu::{
    ChannelError, ReadError, ReadOptions, TrustStore, block_on, read_card, verify_card,
};
use rand_core::OsRng;
use serde_json::Value;

fn dumps_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../card-sim/dumps")
}

fn trust() -> TrustStore {
    let mut store = TrustStore::new();
    load_trust_dir(&dumps_dir().join("trust"), &mut store).expect("test CA certificates");
    store
}

fn reader_with(dump: &str, model: ReaderModel, faults: Faults) -> (CcidReaderSim, CardDump) {
    let card_dump = CardDump::load(&dumps_dir().join(dump)).expect("dump");
    let mut reader = CcidReaderSim::new(model);
    reader.faults = faults;
    reader.insert_card(Box::new(SimCard::new(card_dump.clone(), OsRng)));
    (reader, card_dump)
}

fn descriptor(reader: &CcidReaderSim) -> CcidDescriptor {
    CcidDescriptor::find(&reader.model.configuration_descriptor()).expect("descriptor")
}

/// Reads and verifies; returns the verdict as serialised in expected.json, and the traffic.
fn read(
    reader: &mut CcidReaderSim,
    dump: &CardDump,
) -> (Result<String, ReadError>, madoguchi_ccid::TransferStats) {
    let (verdict, stats, _) = read_t1(reader, dump);
    (verdict, stats)
}

fn read_t1(
    reader: &mut CcidReaderSim,
    dump: &CardDump,
) -> (
    Result<String, ReadError>,
    madoguchi_ccid::TransferStats,
    Option<T1Stats>,
) {
    let descriptor = descriptor(reader);
    let mut host = CcidReader::new(SimPipe(reader), &descriptor);
    let result = block_on(read_card(
        &mut host,
        &dump.card_number,
        &mut OsRng,
        &ReadOptions::default(),
    ));
    let stats = host.stats();
    let t1 = host.t1_stats();
    let verdict = result.map(|read| {
        let verification = verify_card(read.card_type, &read.files, &trust(), 1_790_000_000);
        serde_json::to_value(verification.verdict)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    });
    (verdict, stats, t1)
}

#[test]
fn every_dump_gets_its_expected_verdict_through_ccid() {
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(dumps_dir().join("expected.json")).expect("expected.json"),
    )
    .expect("json");
    let expected = expected.as_object().expect("object");
    assert!(expected.len() >= 8);
    for (name, verdict) in expected {
        for model in [
            ReaderModel::EXTENDED_VENDOR,
            ReaderModel::OMNIKEY_5321,
            ReaderModel::SCM_SCL011,
        ] {
            let (mut reader, dump) = reader_with(name, model.clone(), Faults::default());
            let (result, stats) = read(&mut reader, &dump);
            assert_eq!(
                result.as_deref().ok(),
                verdict.as_str(),
                "{name} on {}",
                model.name
            );
            println!(
                "{name:<20} {:<50} apdus {:>3}  bulk out {:>3} ({:>6} B)  bulk in {:>3} ({:>6} B)",
                model.name,
                reader.apdu_count(),
                stats.bulk_out_transfers,
                stats.bytes_out,
                stats.bulk_in_transfers,
                stats.bytes_in
            );
        }
    }
}

#[test]
fn time_extensions_and_stale_replies_do_not_disturb_a_read() {
    let faults = Faults {
        time_extensions_per_apdu: 3,
        repeat_previous_reply: true,
        ..Faults::default()
    };
    let (mut reader, dump) = reader_with("residence-normal", ReaderModel::EXTENDED_VENDOR, faults);
    let (result, stats) = read(&mut reader, &dump);
    assert_eq!(result.ok().as_deref(), Some("genuine_test_ca"));
    assert!(stats.time_extensions >= 3 * reader.apdu_count());
    assert!(stats.discarded_replies > 0);
}

/// One periodic fault at a time: each failure is followed by a good block, so every exchange
/// recovers within the three tries per block that T=1 allows. (Three failures in a row end in
/// a resynchronisation and an error: see the next test.)
#[test]
fn t1_recovers_from_corrupted_and_silent_blocks_and_wtx() {
    let cases = [
        T1Faults {
            corrupt_every: Some(5),
            ..T1Faults::default()
        },
        T1Faults {
            mute_every: Some(7),
            ..T1Faults::default()
        },
        T1Faults {
            corrupt_incoming_every: Some(6),
            ..T1Faults::default()
        },
        T1Faults {
            wtx_per_apdu: 3,
            ..T1Faults::default()
        },
    ];
    for (index, t1_faults) in cases.into_iter().enumerate() {
        for dump in ["residence-normal", "second-gen"] {
            let faults = Faults {
                t1: t1_faults.clone(),
                time_extensions_per_apdu: 1,
                ..Faults::default()
            };
            let (mut reader, card) = reader_with(dump, ReaderModel::SCM_SCL011, faults);
            let (result, stats, t1) = read_t1(&mut reader, &card);
            assert_eq!(
                result.as_deref().ok(),
                Some("genuine_test_ca"),
                "{dump} {t1_faults:?} {result:?}"
            );
            let t1 = t1.expect("T=1 session");
            let apdus = reader.apdu_count();
            match index {
                0 | 1 => assert!(t1.r_blocks_sent >= apdus / 4, "{t1:?}"),
                2 => {
                    assert!(t1.retransmissions > 0, "{t1:?}");
                    assert!(reader.t1_card().bad_blocks > 0);
                }
                _ => {
                    assert!(t1.wtx_requests >= 3 * apdus, "{t1:?}");
                    assert_eq!(reader.bwi_requests, t1.wtx_requests);
                }
            }
            assert_eq!(t1.resynchs, 0);
            assert!(stats.time_extensions > 0);
        }
    }
}

#[test]
fn t1_wtx_storms_and_dead_cards_end_in_clean_errors() {
    let storm = Faults {
        t1: T1Faults {
            wtx_per_apdu: 500,
            ..T1Faults::default()
        },
        ..Faults::default()
    };
    let (mut reader, card) = reader_with("residence-normal", ReaderModel::SCM_SCL011, storm);
    let (result, _, _) = read_t1(&mut reader, &card);
    assert!(
        matches!(
            result,
            Err(ReadError::Channel {
                error: ChannelError::Timeout,
                ..
            })
        ),
        "{result:?}"
    );
    // Every block lost: the host gives up after its retries and a resynchronisation attempt.
    let dead = Faults {
        t1: T1Faults {
            mute_every: Some(1),
            ..T1Faults::default()
        },
        ..Faults::default()
    };
    let (mut reader, card) = reader_with("residence-normal", ReaderModel::SCM_SCL011, dead);
    let (result, stats, _) = read_t1(&mut reader, &card);
    assert!(result.is_err(), "{result:?}");
    assert!(stats.bulk_out_transfers < 20, "gave up quickly: {stats:?}");
}

#[test]
fn t1_reader_loses_the_card_mid_read_and_a_retry_works() {
    let faults = Faults {
        remove_card_after_apdus: Some(4),
        ..Faults::default()
    };
    let (mut reader, dump) = reader_with("second-gen", ReaderModel::SCM_SCL011, faults);
    let (result, _) = read(&mut reader, &dump);
    assert!(
        matches!(
            result,
            Err(ReadError::Channel {
                error: ChannelError::CardRemoved,
                ..
            })
        ),
        "{result:?}"
    );
    reader.reinsert_card();
    let (retry, _) = read(&mut reader, &dump);
    assert_eq!(retry.ok().as_deref(), Some("genuine_test_ca"));
}

#[test]
fn removing_the_card_mid_read_fails_cleanly_and_a_retry_works() {
    let faults = Faults {
        remove_card_after_apdus: Some(5),
        ..Faults::default()
    };
    let (mut reader, dump) = reader_with("residence-normal", ReaderModel::EXTENDED_VENDOR, faults);
    let (result, _) = read(&mut reader, &dump);
    match result {
        Err(ReadError::Channel {
            error: ChannelError::CardRemoved,
            ..
        }) => {}
        other => panic!("expected card removal, got {other:?}"),
    }
    assert_eq!(
        reader.interrupt_in(),
        Some(vec![0x50, 0b11]),
        "insertion at start"
    );
    assert_eq!(reader.interrupt_in(), Some(vec![0x50, 0b10]), "removal");
    assert_eq!(
        reader.faults.remove_card_after_apdus, None,
        "removal is one-shot"
    );
    reader.reinsert_card();
    let (retry, _) = read(&mut reader, &dump);
    assert_eq!(retry.ok().as_deref(), Some("genuine_test_ca"));
}

#[test]
fn a_wrong_card_number_is_reported_as_a_mismatch() {
    let (mut reader, mut dump) = reader_with(
        "residence-normal",
        ReaderModel::EXTENDED_VENDOR,
        Faults::default(),
    );
    dump.card_number = madoguchi_zairyu::CardNumber::new("ZZ99999999ZZ").expect("well-formed");
    let (result, _) = read(&mut reader, &dump);
    assert!(
        matches!(result, Err(ReadError::CardNumberMismatch)),
        "{result:?}"
    );
}

#[test]
fn stdio_protocol_describes_and_serves_the_reader() {
    let (mut reader, _) = reader_with(
        "residence-normal",
        ReaderModel::EXTENDED_VENDOR,
        Faults::default(),
    );
    let input = [
        r#"{"op":"describe"}"#,
        r#"{"op":"control_in","request":6,"value":512,"index":0,"length":9}"#,
        r#"{"op":"bulk_out","endpoint":1,"data":"62000000000000000000"}"#,
        r#"{"op":"bulk_in","endpoint":2,"length":64}"#,
        r#"{"op":"bulk_in","endpoint":2,"length":64}"#,
        r#"{"op":"bulk_out","data":"zz"}"#,
        "not json",
    ]
    .join("\n");
    let mut output = Vec::new();
    madoguchi_reader_sim::stdio::serve(&mut reader, input.as_bytes(), &mut output).expect("serve");
    let answers: Vec<Value> = String::from_utf8(output)
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(
        answers[0]["device"]["configurations"][0]["interfaces"][0]["alternates"][0]["interfaceClass"],
        255
    );
    assert_eq!(answers[1]["data"].as_str().map(str::len), Some(18));
    assert_eq!(answers[2]["status"], "ok");
    let atr_reply = answers[3]["data"].as_str().expect("hex");
    assert!(atr_reply.starts_with("80"), "{atr_reply}");
    assert_eq!(answers[4]["status"], "nak");
    assert_eq!(answers[5]["status"], "error");
    assert_eq!(answers[6]["status"], "error");
}

#[test]
fn stdio_protocol_serves_the_pcsc_view_for_the_smart_card_api_harness() {
    let (mut reader, _) = reader_with(
        "residence-normal",
        ReaderModel::EXTENDED_VENDOR,
        Faults::default(),
    );
    let input = [
        r#"{"op":"pcsc_status"}"#,
        r#"{"op":"pcsc_connect"}"#,
        // SELECT MF (the first command of a read) gets a status word.
        r#"{"op":"pcsc_transmit","data":"00a40000023f00"}"#,
        r#"{"op":"pcsc_transmit","data":"0"}"#,
        r#"{"op":"remove_card"}"#,
        r#"{"op":"pcsc_transmit","data":"00a40000023f00"}"#,
        r#"{"op":"pcsc_connect"}"#,
        r#"{"op":"pcsc_status"}"#,
    ]
    .join("\n");
    let mut output = Vec::new();
    madoguchi_reader_sim::stdio::serve(&mut reader, input.as_bytes(), &mut output).expect("serve");
    let answers: Vec<Value> = String::from_utf8(output)
        .expect("utf8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(answers[0]["present"], true);
    let answers = &answers[1..];
    assert!(answers[0]["atr"].as_str().expect("atr").starts_with("3b8"));
    let response = answers[1]["data"].as_str().expect("response");
    assert_eq!(response.len() % 2, 0);
    assert!(response.len() >= 4);
    assert_eq!(answers[2]["status"], "error");
    assert_eq!(answers[4]["status"], "no_card");
    assert_eq!(answers[5]["status"], "no_card");
    assert_eq!(answers[6]["present"], false);
}
