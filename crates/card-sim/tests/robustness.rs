//! Truncated and corrupted card answers: the reader returns errors, never panics; random APDUs
//! never panic the simulated card.

#![allow(clippy::unwrap_used)]

use madoguchi_card_sim::generate::{
    ChipImages, CommittedImages, Holder, first_generation_files, second_generation_files,
};
use madoguchi_card_sim::{CardDump, SimCard, SimChannel};
use madoguchi_zairyu::layout::{DF1_EF01, DF3_EF01};
use madoguchi_zairyu::rand_core::OsRng;
use madoguchi_zairyu::{
    ApduMode, CardChannel, CardKind, CardNumber, ChannelError, ReadError, ReadOptions, Response,
    TrustStore, block_on, parse_contents, read_card, verify_card,
};
use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

/// Card numbers of committed dumps, whose images the test cards reuse (no fonts needed).
const NUMBER: &str = "AB12345678CD";
const NUMBER_2: &str = "MN78901234OP";

fn number(second: bool) -> &'static str {
    if second { NUMBER_2 } else { NUMBER }
}

fn committed() -> ChipImages<'static> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dumps");
    ChipImages::Committed(CommittedImages::load(&dir).unwrap())
}

fn dump(second: bool) -> CardDump {
    let images = committed();
    let holder = Holder {
        card_number: number(second),
        name: "TEST",
        address: "東京都",
        municipality: "131016",
        under_16: false,
    };
    let mut files = if second {
        second_generation_files(CardKind::ResidenceCard, &holder, &images).unwrap()
    } else {
        first_generation_files(CardKind::ResidenceCard, &holder, &images).unwrap()
    };
    files.insert(DF3_EF01, vec![0xDA, 0x00, 0xDB, 0x00]);
    CardDump {
        files,
        card_number: CardNumber::new(number(second)).unwrap(),
    }
}

/// Changes the answer to the `at`-th command.
struct Corrupt<C> {
    inner: C,
    count: usize,
    at: usize,
    how: How,
}

#[derive(Clone, Copy, Debug)]
enum How {
    Truncate(usize),
    FlipByte(usize),
    Random(u64),
    Drop,
}

impl<C: CardChannel> CardChannel for Corrupt<C> {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        let mut r = self.inner.transmit(apdu).await?;
        let here = self.count == self.at;
        self.count += 1;
        if here {
            match self.how {
                How::Truncate(n) => r.data.truncate(n.min(r.data.len().saturating_sub(1))),
                How::FlipByte(i) => {
                    if !r.data.is_empty() {
                        let i = i % r.data.len();
                        r.data[i] ^= 0x01;
                    }
                }
                How::Random(seed) => {
                    let mut g = ChaCha20Rng::seed_from_u64(seed);
                    let len = (g.next_u32() % 300) as usize;
                    r.data = (0..len).map(|_| g.next_u32() as u8).collect();
                    r.sw = if g.next_u32() % 2 == 0 {
                        0x9000
                    } else {
                        g.next_u32() as u16
                    };
                }
                How::Drop => return Err(ChannelError::CardRemoved),
            }
        }
        Ok(r)
    }
}

fn run(
    second: bool,
    mode: ApduMode,
    at: usize,
    how: How,
) -> (Result<madoguchi_zairyu::CardRead, ReadError>, usize) {
    let mut channel = Corrupt {
        inner: SimChannel::new(SimCard::new(dump(second), OsRng)),
        count: 0,
        at,
        how,
    };
    let number = CardNumber::new(number(second)).unwrap();
    let result = block_on(read_card(
        &mut channel,
        &number,
        &mut OsRng,
        &ReadOptions {
            mode,
            ..ReadOptions::default()
        },
    ));
    if let Ok(read) = &result {
        // Whatever came back decodes or fails cleanly.
        let _ = parse_contents(read.card_type, &read.files);
        let _ = verify_card(
            read.card_type,
            &read.files,
            &TrustStore::new(),
            1_800_000_000,
        );
    }
    (result, channel.count)
}

#[test]
fn truncated_answers_to_protocol_and_sm_commands_are_errors() {
    for second in [false, true] {
        for mode in [ApduMode::Extended, ApduMode::Short] {
            let (clean, total) = run(second, mode, usize::MAX, How::Drop);
            let clean = clean.unwrap();
            for at in 0..total {
                for cut in [0, 1, 2, 7, 39, 100, 1000, 5000] {
                    let (result, _) = run(second, mode, at, How::Truncate(cut));
                    // Truncating GET CHALLENGE, MUTUAL AUTHENTICATE or any SM read must fail the
                    // read; plain file reads may only lose bytes, never gain them.
                    match &result {
                        Err(_) => {}
                        Ok(read) => {
                            for (id, bytes) in read.files.iter() {
                                let original = clean.files.get(id).unwrap();
                                assert!(original.starts_with(bytes), "{id} at {at} cut {cut}");
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn protocol_steps_reject_truncation() {
    // Commands 3 (GET CHALLENGE), 4 (MUTUAL AUTHENTICATE) and the SM reads after the first
    // SELECT DF1 (7, 8 on a 1st-gen card in extended mode).
    for at in [3, 4, 7, 8] {
        let (result, _) = run(false, ApduMode::Extended, at, How::Truncate(5));
        assert!(
            matches!(
                result,
                Err(ReadError::Malformed { .. } | ReadError::AuthenticationFailed { .. })
            ),
            "{at}: {result:?}"
        );
    }
    let (result, _) = run(false, ApduMode::Extended, 5, How::Drop);
    assert!(matches!(
        result,
        Err(ReadError::Channel {
            error: ChannelError::CardRemoved,
            ..
        })
    ));
}

#[test]
fn corrupted_and_random_answers_never_panic() {
    for second in [false, true] {
        let (_, total) = run(second, ApduMode::Extended, usize::MAX, How::Drop);
        for at in 0..total {
            for seed in 0..20u64 {
                let _ = run(
                    second,
                    ApduMode::Extended,
                    at,
                    How::Random(seed * 1000 + at as u64),
                );
                let _ = run(second, ApduMode::Short, at, How::Random(seed));
            }
            for i in [0usize, 3, 17, 4000] {
                let (result, _) = run(second, ApduMode::Extended, at, How::FlipByte(i));
                // Flipped bits in authentication or SM answers are always caught.
                if at == 4 {
                    assert!(result.is_err());
                }
            }
        }
    }
}

#[test]
fn random_apdus_never_panic_the_card() {
    let mut g = ChaCha20Rng::seed_from_u64(99);
    for second in [false, true] {
        let mut card = SimCard::new(dump(second), ChaCha20Rng::seed_from_u64(5));
        for i in 0..20_000 {
            let len = (g.next_u32() % 40) as usize;
            let mut apdu: Vec<u8> = (0..len).map(|_| g.next_u32() as u8).collect();
            // Bias towards real CLA/INS so the deeper paths run.
            if apdu.len() >= 2 {
                apdu[0] = [0x00, 0x08, 0x80][(g.next_u32() % 3) as usize];
                apdu[1] = [0xA4, 0x20, 0x84, 0x82, 0xB0, 0x00][(g.next_u32() % 6) as usize];
            }
            let r = card.process(&apdu);
            assert!(r.sw != 0x9000 || !apdu.is_empty());
            if i % 1000 == 0 {
                card.reset();
            }
        }
    }
}

#[test]
fn corrupted_chip_images_decode_or_fail_cleanly() {
    let face = madoguchi_card_sim::images::face_image_j2k("AB12345678CD");
    let front = dump(false).files.get(DF1_EF01).unwrap().to_vec();
    let front = front[4..4 + madoguchi_card_sim::images::tiff_len(&front[4..]).unwrap()].to_vec();
    assert!(madoguchi_zairyu::decode_jpeg2000(&face).is_ok());
    assert!(madoguchi_zairyu::decode_tiff_g4(&front).is_ok());
    let mut g = ChaCha20Rng::seed_from_u64(3);
    for _ in 0..300 {
        let (mut f, mut t) = (face.clone(), front.clone());
        for _ in 0..1 + g.next_u32() % 4 {
            let i = g.next_u32() as usize % f.len();
            f[i] = g.next_u32() as u8;
            let j = g.next_u32() as usize % t.len();
            t[j] = g.next_u32() as u8;
        }
        f.truncate(g.next_u32() as usize % (f.len() + 1));
        let _ = madoguchi_zairyu::decode_jpeg2000(&f);
        let _ = madoguchi_zairyu::decode_tiff_g4(&t);
    }
}
