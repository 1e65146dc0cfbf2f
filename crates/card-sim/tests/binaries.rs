//! The `serve-stdio` and `read-card` binaries, driven as the Node harness and reviewers do.

#![allow(clippy::unwrap_used)]

use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use madoguchi_card_sim::framing::{read_frame, write_frame};
use madoguchi_zairyu::rand_core::OsRng;
use madoguchi_zairyu::{
    CardChannel, CardNumber, ChannelError, ReadError, ReadOptions, Response, TrustStore, Verdict,
    block_on, read_card, verify_card,
};

fn dumps() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dumps")
}

/// A CardChannel over the serve-stdio framing.
struct Stdio2 {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl Stdio2 {
    fn spawn(dump: &Path) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_serve-stdio"))
            .arg("--dump")
            .arg(dump)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let input = child.stdin.take().unwrap();
        let output = BufReader::new(child.stdout.take().unwrap());
        Self {
            child,
            input,
            output,
        }
    }

    fn exchange(&mut self, frame: &[u8]) -> Vec<u8> {
        write_frame(&mut self.input, frame).unwrap();
        read_frame(&mut self.output).unwrap().unwrap()
    }
}

impl CardChannel for Stdio2 {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        let raw = self.exchange(apdu);
        Response::from_raw(&raw).map_err(|e| ChannelError::Malformed(e.to_string()))
    }
}

impl Drop for Stdio2 {
    fn drop(&mut self) {
        let _ = self.input.flush();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn serve_stdio_carries_a_full_read() {
    let dir = dumps().join("residence-normal");
    let number = std::fs::read_to_string(dir.join("card_number")).unwrap();
    let mut channel = Stdio2::spawn(&dir);
    let read = block_on(read_card(
        &mut channel,
        &CardNumber::new(number.trim()).unwrap(),
        &mut OsRng,
        &ReadOptions::default(),
    ))
    .unwrap();
    let mut trust = TrustStore::new();
    trust
        .add_test_ca(&std::fs::read(dumps().join("trust/test-ca.der")).unwrap())
        .unwrap();
    let v = verify_card(read.card_type, &read.files, &trust, 1_795_000_000);
    assert_eq!(v.verdict, Verdict::GenuineTestCa);

    // A zero-length frame resets the card: protected files need authentication again.
    assert_eq!(channel.exchange(&[]), Vec::<u8>::new());
    let df2 = [
        0x00, 0xA4, 0x04, 0x0C, 0x10, 0xD3, 0x92, 0xF0, 0x00, 0x4F, 0x03, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0,
    ];
    assert_eq!(channel.exchange(&df2), [0x90, 0x00]);
    assert_eq!(
        channel.exchange(&[0x00, 0xB0, 0x81, 0x00, 0x00, 0x00, 0x00]),
        [0x69, 0x82]
    );

    let wrong = block_on(read_card(
        &mut channel,
        &CardNumber::new("ZZ00000000ZZ").unwrap(),
        &mut OsRng,
        &ReadOptions::default(),
    ));
    assert_eq!(wrong, Err(ReadError::CardNumberMismatch));
}

fn read_card_cli(args: &[&str]) -> (i32, serde_json::Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_read-card"))
        .args(args)
        .output()
        .unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out.status.code().unwrap_or(-1), json)
}

#[test]
fn read_card_cli_classifies_every_committed_dump() {
    let trust = dumps().join("trust");
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dumps().join("expected.json")).unwrap())
            .unwrap();
    for (name, verdict) in expected.as_object().unwrap() {
        let dir = dumps().join(name);
        let (code, json) = read_card_cli(&[
            "--dump",
            dir.to_str().unwrap(),
            "--trust",
            trust.to_str().unwrap(),
            "--now",
            "1795000000",
        ]);
        assert_eq!(code, 0, "{name}: {json}");
        assert_eq!(&json["verdict"], verdict, "{name}: {json}");
        assert!(json["stats"]["apdus"].as_u64().unwrap() >= 10);
    }
    // Without --trust nothing is ever "genuine".
    let dir = dumps().join("residence-normal");
    let (_, json) = read_card_cli(&["--dump", dir.to_str().unwrap()]);
    assert_eq!(json["verdict"], "issuer_not_checked");
    assert_eq!(json["issuer"]["why"]["reason"], "ca_not_installed");

    let (code, json) = read_card_cli(&[
        "--dump",
        dir.to_str().unwrap(),
        "--card-number",
        "ZZ00000000ZZ",
    ]);
    assert_eq!(code, 1);
    assert_eq!(json["error"]["kind"], "card_number_mismatch");
    assert_eq!(json["message"], "card number does not match");

    let (code, json) = read_card_cli(&["--dump", dir.to_str().unwrap(), "--mode", "short"]);
    assert_eq!(code, 0);
    assert_eq!(json["stats"]["extended_length"], false);

    let (code, _) = read_card_cli(&["--dump", "/nonexistent"]);
    assert_eq!(code, 2);
}
