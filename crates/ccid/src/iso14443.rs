//! ISO/IEC 14443-3 Type B activation (WUPB/ATQB, ATTRIB) and the ISO/IEC 14443-4 half-duplex
//! block protocol, PCD side, over any reader that sends and receives raw RF frames with the
//! CRC_B added and checked by the reader (Sony RC-S380 InCommRF, RC-S300 transparent session).
//!
//! Blocks: I-blocks (PCB `0x02 | chaining 0x10 | block number`), R(ACK) `0xA2 | bn`, R(NAK)
//! `0xB2 | bn`, S(WTX) `0xF2` + WTXM, S(DESELECT) `0xC2`; no CID, no NAD. The PCD rules of
//! ISO/IEC 14443-4 §7.5.4 are followed: block number toggled on an I-block or R(ACK) carrying the
//! current number, R(NAK) on a timeout or damaged frame (R(ACK) while the PICC is chaining),
//! last I-block retransmitted on an R(ACK) with the other number, three tries per block.
//!
//! Verified only against `madoguchi-reader-sim`'s simulated PICC (written from the same standard,
//! and sharing none of this code); never on a real card or reader.

use crate::link::{BlockFailure, LinkError};

/// Sends one frame (without CRC) and returns the card's frame (without CRC).
#[allow(async_fn_in_trait)]
pub trait RfLink {
    type Error;
    async fn transceive(
        &mut self,
        frame: &[u8],
        timeout_us: u32,
    ) -> Result<Vec<u8>, LinkError<Self::Error>>;
}

/// WUPB: APf 0x05, AFI 0 (all families), PARAM 0x08 (wake-up, one slot).
pub const WUPB: [u8; 3] = [0x05, 0x00, 0x08];
/// Frame waiting time of activation commands: ISO/IEC 14443-3 allows ~5 ms for ATQB/ATTRIB.
pub const ACTIVATION_TIMEOUT_US: u32 = 5_000;
/// Our frame size (FSDI 8 = 256 bytes).
const FSDI: u8 = 8;

pub mod pcb {
    pub const I_BLOCK: u8 = 0x02;
    pub const CHAINING: u8 = 0x10;
    pub const R_ACK: u8 = 0xA2;
    pub const R_NAK: u8 = 0xB2;
    pub const S_DESELECT: u8 = 0xC2;
    pub const S_WTX: u8 = 0xF2;
}

/// FSCI/FSDI → frame size (ISO/IEC 14443-4 Table 1; codes above 8 are read as 256).
pub fn frame_size(code: u8) -> usize {
    match code {
        0 => 16,
        1 => 24,
        2 => 32,
        3 => 40,
        4 => 48,
        5 => 64,
        6 => 96,
        7 => 128,
        _ => 256,
    }
}

/// FWT = (256 × 16 / fc) × 2^FWI, in microseconds (FWI 15 is RFU and read as 4).
pub fn fwt_us(fwi: u8) -> u32 {
    let fwi = if fwi > 14 { 4 } else { fwi };
    // 4096 / 13.56 MHz ≈ 302.06 µs
    let base = 302u32;
    base.saturating_mul(1 << fwi) + 1
}

/// A Type B card after ATQB.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct TypeBCard {
    pub pupi: [u8; 4],
    pub application_data: [u8; 4],
    pub protocol_info: [u8; 3],
    /// Largest frame the card accepts, CRC included.
    pub fsc: usize,
    pub fwt_us: u32,
    /// MBLI nibble from the ATTRIB answer.
    pub mbli: u8,
}

impl TypeBCard {
    /// ATQB: `50 | PUPI(4) | application data(4) | protocol info(3) [| extra]`.
    pub fn from_atqb(atqb: &[u8]) -> Result<TypeBCard, IsoDepError> {
        if atqb.len() < 12 || atqb[0] != 0x50 {
            return Err(IsoDepError::BadAtqb);
        }
        let mut pupi = [0; 4];
        pupi.copy_from_slice(&atqb[1..5]);
        let mut application_data = [0; 4];
        application_data.copy_from_slice(&atqb[5..9]);
        let mut protocol_info = [0; 3];
        protocol_info.copy_from_slice(&atqb[9..12]);
        if protocol_info[1] & 0x0F != 0x01 {
            return Err(IsoDepError::NotIso14443_4);
        }
        Ok(TypeBCard {
            pupi,
            application_data,
            protocol_info,
            fsc: frame_size(protocol_info[1] >> 4),
            fwt_us: fwt_us(protocol_info[2] >> 4),
            mbli: 0,
        })
    }

    /// ATTRIB for this card: default timings, 106 kbit/s both ways, FSDI 8, ISO 14443-4, CID 0.
    pub fn attrib(&self) -> Vec<u8> {
        let mut out = vec![0x1D];
        out.extend_from_slice(&self.pupi);
        out.extend_from_slice(&[0x00, FSDI, 0x01, 0x00]);
        out
    }

    /// PC/SC part 3 historical bytes of a Type B card (application data, protocol info, MBLI),
    /// so every transport can present the same ATR.
    pub fn historical_bytes(&self) -> Vec<u8> {
        let mut out = self.application_data.to_vec();
        out.extend_from_slice(&self.protocol_info);
        out.push(self.mbli << 4);
        out
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IsoDepError {
    #[error("no Type B card answered")]
    NoCard,
    #[error("malformed ATQB")]
    BadAtqb,
    #[error("the card is not ISO/IEC 14443-4 compliant")]
    NotIso14443_4,
    #[error("the card refused ATTRIB")]
    AttribRefused,
    #[error("the card sent no valid block after repeated requests")]
    RetriesExhausted,
    #[error("the card asked for more time too often")]
    TooManyWtx,
    #[error("the card broke the ISO/IEC 14443-4 rules: {0}")]
    Protocol(&'static str),
}

type Outcome<E, T> = Result<T, BlockFailure<E, IsoDepError>>;

/// Wakes a Type B card and activates it (WUPB → ATQB, ATTRIB → answer).
pub async fn activate_type_b<L: RfLink>(link: &mut L) -> Outcome<L::Error, TypeBCard> {
    let mut atqb = None;
    for _ in 0..3 {
        match link.transceive(&WUPB, ACTIVATION_TIMEOUT_US).await {
            Ok(frame) => {
                atqb = Some(frame);
                break;
            }
            Err(LinkError::NoResponse | LinkError::Corrupted) => {}
            Err(LinkError::Fatal(e)) => return Err(BlockFailure::Link(e)),
        }
    }
    let atqb = atqb.ok_or(BlockFailure::Protocol(IsoDepError::NoCard))?;
    let mut card = TypeBCard::from_atqb(&atqb).map_err(BlockFailure::Protocol)?;
    for _ in 0..3 {
        match link.transceive(&card.attrib(), card.fwt_us).await {
            Ok(answer) => {
                let Some(&first) = answer.first() else {
                    return Err(BlockFailure::Protocol(IsoDepError::AttribRefused));
                };
                if first & 0x0F != 0 {
                    return Err(BlockFailure::Protocol(IsoDepError::AttribRefused));
                }
                card.mbli = first >> 4;
                return Ok(card);
            }
            Err(LinkError::NoResponse | LinkError::Corrupted) => {}
            Err(LinkError::Fatal(e)) => return Err(BlockFailure::Link(e)),
        }
    }
    Err(BlockFailure::Protocol(IsoDepError::AttribRefused))
}

/// Counters of one ISO-DEP session.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct IsoDepStats {
    pub frames_sent: u32,
    pub frames_received: u32,
    pub naks_sent: u32,
    pub retransmissions: u32,
    pub wtx_requests: u32,
}

const MAX_TRIES_PER_BLOCK: u32 = 3;
const MAX_WTX_PER_APDU: u32 = 200;
const MAX_BLOCKS_PER_APDU: u32 = 4096;

/// The PCD half of an ISO-DEP session with an activated card.
#[derive(Clone, Debug)]
pub struct IsoDep {
    block_number: bool,
    fsc: usize,
    fwt_us: u32,
    stats: IsoDepStats,
}

enum Parsed {
    I {
        bn: bool,
        chaining: bool,
        inf: Vec<u8>,
    },
    Ack {
        bn: bool,
    },
    Wtx(u8),
    Invalid,
}

fn parse(frame: &[u8]) -> Parsed {
    let Some((&pcb, inf)) = frame.split_first() else {
        return Parsed::Invalid;
    };
    match pcb & 0xC0 {
        // I-block: 00 0 c 0 0 1 b (no CID, no NAD accepted).
        0x00 if pcb & 0x2E == 0x02 => Parsed::I {
            bn: pcb & 0x01 != 0,
            chaining: pcb & pcb::CHAINING != 0,
            inf: inf.to_vec(),
        },
        // R(ACK): 10 1 0 0 0 1 b. R(NAK) from a PICC is invalid.
        0x80 if pcb & 0xFE == pcb::R_ACK && inf.is_empty() => Parsed::Ack {
            bn: pcb & 0x01 != 0,
        },
        0xC0 if pcb == pcb::S_WTX && inf.len() == 1 => Parsed::Wtx(inf[0] & 0x3F),
        _ => Parsed::Invalid,
    }
}

impl IsoDep {
    pub fn new(card: &TypeBCard) -> Self {
        IsoDep {
            block_number: false,
            fsc: card.fsc,
            fwt_us: card.fwt_us,
            stats: IsoDepStats::default(),
        }
    }

    pub fn stats(&self) -> IsoDepStats {
        self.stats
    }

    async fn send<L: RfLink>(
        &mut self,
        link: &mut L,
        frame: &[u8],
        timeout_us: u32,
    ) -> Outcome<L::Error, Option<Parsed>> {
        self.stats.frames_sent += 1;
        match link.transceive(frame, timeout_us).await {
            Ok(answer) => {
                self.stats.frames_received += 1;
                Ok(Some(parse(&answer)))
            }
            Err(LinkError::NoResponse | LinkError::Corrupted) => Ok(None),
            Err(LinkError::Fatal(e)) => Err(BlockFailure::Link(e)),
        }
    }

    fn i_block(&self, chaining: bool, inf: &[u8]) -> Vec<u8> {
        let mut out = vec![
            pcb::I_BLOCK | u8::from(self.block_number) | if chaining { pcb::CHAINING } else { 0 },
        ];
        out.extend_from_slice(inf);
        out
    }

    /// Sends a command APDU and returns the response APDU.
    pub async fn transceive<L: RfLink>(
        &mut self,
        link: &mut L,
        apdu: &[u8],
    ) -> Outcome<L::Error, Vec<u8>> {
        // PCB + CRC_B take 3 bytes of each frame.
        let room = self.fsc.saturating_sub(3).max(1);
        let parts: Vec<&[u8]> = if apdu.is_empty() {
            vec![&[][..]]
        } else {
            apdu.chunks(room).collect()
        };
        let mut part = 0;
        let mut last_i = self.i_block(parts.len() > 1, parts[0]);
        let mut to_send = last_i.clone();
        let mut receiving = false;
        let mut response = Vec::new();
        let mut failures = 0;
        let mut wtx_count = 0;
        let mut timeout = self.fwt_us;
        for _ in 0..MAX_BLOCKS_PER_APDU {
            let answer = self.send(link, &to_send, timeout).await?;
            timeout = self.fwt_us;
            let retry = |failures: &mut u32| {
                *failures += 1;
                if *failures >= MAX_TRIES_PER_BLOCK {
                    Err(BlockFailure::Protocol(IsoDepError::RetriesExhausted))
                } else {
                    Ok(())
                }
            };
            match answer {
                None | Some(Parsed::Invalid) => {
                    retry(&mut failures)?;
                    // Rules 4 and 5: R(NAK), or R(ACK) while the card is chaining.
                    let r = if receiving { pcb::R_ACK } else { pcb::R_NAK };
                    self.stats.naks_sent += u32::from(!receiving);
                    to_send = vec![r | u8::from(self.block_number)];
                }
                Some(Parsed::I { bn, chaining, inf }) => {
                    if part + 1 < parts.len() {
                        return Err(BlockFailure::Protocol(IsoDepError::Protocol(
                            "I-block during command chaining",
                        )));
                    }
                    if bn != self.block_number {
                        retry(&mut failures)?;
                        to_send = vec![pcb::R_NAK | u8::from(self.block_number)];
                        continue;
                    }
                    failures = 0;
                    self.block_number = !self.block_number;
                    response.extend_from_slice(&inf);
                    if !chaining {
                        return Ok(response);
                    }
                    receiving = true;
                    to_send = vec![pcb::R_ACK | u8::from(self.block_number)];
                }
                Some(Parsed::Ack { bn }) => {
                    if bn == self.block_number && part + 1 < parts.len() && !receiving {
                        failures = 0;
                        self.block_number = !self.block_number;
                        part += 1;
                        last_i = self.i_block(part + 1 < parts.len(), parts[part]);
                        to_send = last_i.clone();
                    } else if bn != self.block_number && !receiving {
                        // Rule 6: the card missed our I-block.
                        retry(&mut failures)?;
                        self.stats.retransmissions += 1;
                        to_send = last_i.clone();
                    } else {
                        return Err(BlockFailure::Protocol(IsoDepError::Protocol(
                            "unexpected R(ACK)",
                        )));
                    }
                }
                Some(Parsed::Wtx(multiplier)) => {
                    failures = 0;
                    wtx_count += 1;
                    self.stats.wtx_requests += 1;
                    if wtx_count > MAX_WTX_PER_APDU {
                        return Err(BlockFailure::Protocol(IsoDepError::TooManyWtx));
                    }
                    let multiplier = multiplier.clamp(1, 59);
                    timeout = self.fwt_us.saturating_mul(u32::from(multiplier));
                    to_send = vec![pcb::S_WTX, multiplier];
                }
            }
        }
        Err(BlockFailure::Protocol(IsoDepError::Protocol(
            "endless block exchange",
        )))
    }

    /// S(DESELECT): the card goes to HALT. Errors are ignored (the card may be gone).
    pub async fn deselect<L: RfLink>(&mut self, link: &mut L) {
        let _ = link.transceive(&[pcb::S_DESELECT], self.fwt_us).await;
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::collections::VecDeque;

    use madoguchi_zairyu::block_on;

    use super::*;

    struct Script {
        got: Vec<(Vec<u8>, u32)>,
        answers: VecDeque<Result<Vec<u8>, LinkError<()>>>,
    }

    impl RfLink for Script {
        type Error = ();
        async fn transceive(&mut self, frame: &[u8], t: u32) -> Result<Vec<u8>, LinkError<()>> {
            self.got.push((frame.to_vec(), t));
            self.answers
                .pop_front()
                .unwrap_or(Err(LinkError::Fatal(())))
        }
    }

    fn script(answers: Vec<Result<Vec<u8>, LinkError<()>>>) -> Script {
        Script {
            got: Vec::new(),
            answers: answers.into(),
        }
    }

    const ATQB: [u8; 12] = [0x50, 1, 2, 3, 4, 0, 0, 0, 0, 0x00, 0x21, 0x71];

    #[test]
    fn activates_a_type_b_card() {
        let mut link = script(vec![
            Err(LinkError::NoResponse),
            Ok(ATQB.to_vec()),
            Ok(vec![0x10]),
        ]);
        let card = block_on(activate_type_b(&mut link)).unwrap();
        assert_eq!(card.pupi, [1, 2, 3, 4]);
        assert_eq!(card.fsc, 32);
        assert_eq!(card.fwt_us, 302 * 128 + 1);
        assert_eq!(card.mbli, 1);
        assert_eq!(link.got[1].0, WUPB);
        assert_eq!(link.got[2].0, [0x1D, 1, 2, 3, 4, 0x00, 0x08, 0x01, 0x00]);
        assert_eq!(
            card.historical_bytes(),
            [0, 0, 0, 0, 0x00, 0x21, 0x71, 0x10]
        );
        let mut not_4 = ATQB;
        not_4[10] = 0x20;
        assert_eq!(
            TypeBCard::from_atqb(&not_4),
            Err(IsoDepError::NotIso14443_4)
        );
        for end in 0..ATQB.len() {
            assert!(TypeBCard::from_atqb(&ATQB[..end]).is_err());
        }
    }

    #[test]
    fn chains_both_ways_answers_wtx_and_recovers() {
        let card = TypeBCard::from_atqb(&ATQB).unwrap(); // FSC 32: 29 bytes per I-block
        let mut session = IsoDep::new(&card);
        let apdu: Vec<u8> = (0..40).collect();
        let mut link = script(vec![
            Ok(vec![0xA2]),             // ACK of part 1 (bn 0)
            Err(LinkError::Corrupted),  // answer to part 2 damaged → R(NAK, 1)
            Ok(vec![0xF2, 0x03]),       // WTX ×3
            Ok(vec![0x13, 0xAA, 0xBB]), // response part 1, chaining, bn 1
            Err(LinkError::NoResponse), // → R(ACK, 0) again
            Ok(vec![0x02, 0x90, 0x00]), // last part, bn 0
        ]);
        let response = block_on(session.transceive(&mut link, &apdu)).unwrap();
        assert_eq!(response, [0xAA, 0xBB, 0x90, 0x00]);
        let sent: Vec<&[u8]> = link.got.iter().map(|(f, _)| f.as_slice()).collect();
        assert_eq!(sent[0][0], 0x12);
        assert_eq!(sent[0].len(), 30);
        assert_eq!(sent[1][0], 0x03);
        assert_eq!(sent[2], [0xB3]);
        assert_eq!(sent[3], [0xF2, 0x03]);
        assert_eq!(link.got[3].1, card.fwt_us * 3);
        assert_eq!(sent[4], [0xA2]);
        assert_eq!(sent[5], [0xA2]);
        // Rule 6: an R(ACK) with the other block number asks for our I-block again.
        let mut link = script(vec![Ok(vec![0xA2]), Ok(vec![0x03, 0x90, 0x00])]);
        let response = block_on(session.transceive(&mut link, &[0, 0x84, 0, 0, 8])).unwrap();
        assert_eq!(response, [0x90, 0x00]);
        assert_eq!(link.got[0].0, link.got[1].0);
        assert_eq!(session.stats().retransmissions, 1);
    }

    #[test]
    fn gives_up_cleanly() {
        let card = TypeBCard::from_atqb(&ATQB).unwrap();
        let mut session = IsoDep::new(&card);
        let mut link = script(vec![Err(LinkError::NoResponse); 5]);
        assert_eq!(
            block_on(session.transceive(&mut link, &[0, 0x84, 0, 0, 8])),
            Err(BlockFailure::Protocol(IsoDepError::RetriesExhausted))
        );
        let mut link = script(vec![Ok(vec![0xF2, 0x01]); 300]);
        assert_eq!(
            block_on(session.transceive(&mut link, &[0, 0x84, 0, 0, 8])),
            Err(BlockFailure::Protocol(IsoDepError::TooManyWtx))
        );
        let mut seed = 0x1234_5678_9ABC_DEF1u64;
        for _ in 0..3000 {
            let mut answers = Vec::new();
            for _ in 0..5 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let len = usize::try_from(seed % 6).unwrap_or(0);
                answers.push(Ok(seed.to_le_bytes()[..len].to_vec()));
            }
            let mut link = script(answers);
            let _ = block_on(session.transceive(&mut link, &[0; 40]));
            let _ = block_on(activate_type_b(&mut link));
        }
    }
}
