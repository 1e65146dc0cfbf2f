//! The T=1 block protocol (ISO/IEC 7816-3 §11), interface-device side, for TPDU-level CCID
//! readers: the reader only moves blocks, the host builds and checks them.
//!
//! A block is `NAD | PCB | LEN | INF (LEN bytes) | EDC`; the EDC here is the LRC (XOR of all
//! previous bytes) — cards asking for a CRC in TC3 are refused. What is implemented:
//! I-blocks with alternating N(S) and chaining in both directions (command parts of at most IFSC
//! bytes, response parts acknowledged with R-blocks), S(IFS) negotiation of IFSD after power-on,
//! S(IFS) requests of the card, S(WTX) answered with the multiplier handed down to the reader,
//! R-blocks with error bits on EDC/length errors or silence (three tries per block), and
//! S(RESYNCH) after repeated failures — followed by an error, because a command that may have
//! run on the card is never sent twice behind the caller's back.
//!
//! Verified only against `madoguchi-reader-sim`'s card-side T=1 engine, never on a real card.

use crate::link::{BlockFailure, LinkError};

/// PCB bits.
pub mod pcb {
    /// I-block: bit 7 is N(S), bit 6 is M (more data follows).
    pub const I_NS: u8 = 0x40;
    pub const I_MORE: u8 = 0x20;
    /// R-block: 10 0 N(R) 00 ee.
    pub const R_BLOCK: u8 = 0x80;
    pub const R_NR: u8 = 0x10;
    pub const R_EDC_ERROR: u8 = 0x01;
    pub const R_OTHER_ERROR: u8 = 0x02;
    /// S-block: 11 r 000 tt.
    pub const S_BLOCK: u8 = 0xC0;
    pub const S_RESPONSE: u8 = 0x20;
    pub const S_RESYNCH: u8 = 0x00;
    pub const S_IFS: u8 = 0x01;
    pub const S_ABORT: u8 = 0x02;
    pub const S_WTX: u8 = 0x03;
}

/// The default IFSC and IFSD before any negotiation (§11.4.2).
pub const DEFAULT_IFS: u8 = 32;
/// The largest information field a block can carry.
pub const MAX_IFS: u8 = 254;

/// One parsed block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    I {
        ns: bool,
        more: bool,
        inf: Vec<u8>,
    },
    /// `error`: 0 none, 1 EDC/parity, 2 other.
    R {
        nr: bool,
        error: u8,
    },
    S {
        response: bool,
        kind: SKind,
        inf: Vec<u8>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SKind {
    Resynch,
    Ifs,
    Abort,
    Wtx,
}

impl SKind {
    fn bits(self) -> u8 {
        match self {
            SKind::Resynch => pcb::S_RESYNCH,
            SKind::Ifs => pcb::S_IFS,
            SKind::Abort => pcb::S_ABORT,
            SKind::Wtx => pcb::S_WTX,
        }
    }
}

/// Why bytes are not a valid block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BlockError {
    #[error("block shorter than prologue and EDC")]
    Short,
    #[error("LEN does not match the block length")]
    Length,
    #[error("wrong EDC")]
    Edc,
    #[error("invalid PCB {0:#04x}")]
    Pcb(u8),
}

/// Longitudinal redundancy check: XOR of all bytes.
pub fn lrc(bytes: &[u8]) -> u8 {
    bytes.iter().fold(0, |x, b| x ^ b)
}

impl Block {
    /// Encodes with NAD 0 and an LRC. An information field longer than 254 bytes is cut.
    pub fn to_bytes(&self) -> Vec<u8> {
        let (pcb, inf): (u8, &[u8]) = match self {
            Block::I { ns, more, inf } => (
                (if *ns { pcb::I_NS } else { 0 }) | (if *more { pcb::I_MORE } else { 0 }),
                inf,
            ),
            Block::R { nr, error } => (
                pcb::R_BLOCK | (if *nr { pcb::R_NR } else { 0 }) | (error & 0x03),
                &[],
            ),
            Block::S {
                response,
                kind,
                inf,
            } => (
                pcb::S_BLOCK | (if *response { pcb::S_RESPONSE } else { 0 }) | kind.bits(),
                inf,
            ),
        };
        let inf = &inf[..inf.len().min(usize::from(MAX_IFS))];
        let mut out = Vec::with_capacity(inf.len() + 4);
        out.push(0);
        out.push(pcb);
        out.push(u8::try_from(inf.len()).unwrap_or(MAX_IFS));
        out.extend_from_slice(inf);
        out.push(lrc(&out));
        out
    }

    /// Parses and checks one block (any NAD is accepted).
    pub fn parse(bytes: &[u8]) -> Result<Block, BlockError> {
        if bytes.len() < 4 {
            return Err(BlockError::Short);
        }
        let len = usize::from(bytes[2]);
        if bytes.len() != len + 4 || len > usize::from(MAX_IFS) {
            return Err(BlockError::Length);
        }
        if lrc(bytes) != 0 {
            return Err(BlockError::Edc);
        }
        let pcb_byte = bytes[1];
        let inf = bytes[3..3 + len].to_vec();
        match pcb_byte {
            p if p & 0x80 == 0 && p & 0x1F != 0 => Err(BlockError::Pcb(p)),
            p if p & 0x80 == 0 => Ok(Block::I {
                ns: p & pcb::I_NS != 0,
                more: p & pcb::I_MORE != 0,
                inf,
            }),
            p if p & 0xC0 == pcb::R_BLOCK => {
                if p & 0x2C != 0 || !inf.is_empty() {
                    return Err(BlockError::Pcb(p));
                }
                Ok(Block::R {
                    nr: p & pcb::R_NR != 0,
                    error: p & 0x03,
                })
            }
            p => {
                let kind = match p & 0x1F {
                    pcb::S_RESYNCH => SKind::Resynch,
                    pcb::S_IFS => SKind::Ifs,
                    pcb::S_ABORT => SKind::Abort,
                    pcb::S_WTX => SKind::Wtx,
                    _ => return Err(BlockError::Pcb(p)),
                };
                Ok(Block::S {
                    response: p & pcb::S_RESPONSE != 0,
                    kind,
                    inf,
                })
            }
        }
    }
}

/// What T=1 gave up on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum T1Error {
    #[error("the card sent no valid block after repeated R-blocks")]
    RetriesExhausted,
    #[error("the card asked for more time too often")]
    TooManyWtx,
    #[error("the card broke the T=1 rules: {0}")]
    Protocol(&'static str),
    #[error("the card aborted the chain")]
    Aborted,
    #[error("the block exchange was resynchronised; the command must be restarted")]
    Resynchronised,
    #[error("the card uses a CRC as EDC, which is not supported")]
    CrcNotSupported,
    #[error("the card refused IFSD negotiation")]
    IfsRefused,
}

/// Exchanges one block with the card: the TPDU-level `XfrBlock` of a CCID reader.
#[allow(async_fn_in_trait)]
pub trait TpduLink {
    type Error;
    /// Sends `block` and returns the card's block. `wtx` is the waiting-time multiplier the card
    /// asked for (1 when none): the reader waits `wtx` × BWT for the answer.
    async fn exchange_block(
        &mut self,
        block: &[u8],
        wtx: u8,
    ) -> Result<Vec<u8>, LinkError<Self::Error>>;
}

/// Counters of one T=1 session (the benchmark and the lossy tests read them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct T1Stats {
    pub blocks_sent: u32,
    pub blocks_received: u32,
    pub r_blocks_sent: u32,
    pub retransmissions: u32,
    pub wtx_requests: u32,
    pub resynchs: u32,
}

const MAX_TRIES_PER_BLOCK: u32 = 3;
const MAX_WTX_PER_APDU: u32 = 200;
const MAX_BLOCKS_PER_APDU: u32 = 4096;

/// The interface device's half of a T=1 session.
#[derive(Clone, Debug)]
pub struct T1Session {
    /// N(S) of the next new I-block we send.
    ns: bool,
    /// N(S) we expect on the card's next new I-block.
    nr: bool,
    /// Largest information field the card accepts.
    ifsc: u8,
    /// Largest information field we accept (announced with S(IFS)).
    ifsd: u8,
    atr_ifsc: u8,
    stats: T1Stats,
}

/// T=1 parameters announced in an ATR: IFSC from the first TA after T=1 (TA3 and later), and
/// whether TC of that group asks for a CRC.
pub fn atr_t1_parameters(atr: &[u8]) -> (u8, bool) {
    let mut ifsc = DEFAULT_IFS;
    let mut crc = false;
    let Some(&t0) = atr.get(1) else {
        return (ifsc, crc);
    };
    let mut indicator = t0 >> 4;
    let mut position = 2;
    let mut group = 1;
    let mut t1_seen = false;
    loop {
        let ta = (indicator & 0x01 != 0).then(|| atr.get(position).copied());
        let mut offset = usize::from(indicator & 0x01);
        offset += usize::from(indicator >> 1 & 0x01);
        let tc_offset = offset;
        let tc = (indicator & 0x04 != 0).then(|| atr.get(position + tc_offset).copied());
        offset += usize::from(indicator >> 2 & 0x01);
        if t1_seen && group >= 3 {
            if let Some(Some(value)) = ta
                && (1..=MAX_IFS).contains(&value)
            {
                ifsc = value;
            }
            if let Some(Some(value)) = tc {
                crc = value & 0x01 != 0;
            }
            break;
        }
        if indicator & 0x08 == 0 {
            break;
        }
        let Some(&td) = atr.get(position + offset) else {
            break;
        };
        if td & 0x0F == 1 {
            t1_seen = true;
        }
        indicator = td >> 4;
        position += offset + 1;
        group += 1;
    }
    (ifsc, crc)
}

type Outcome<E, T> = Result<T, BlockFailure<E, T1Error>>;

impl T1Session {
    /// A session after power-on, with the card's IFSC from its ATR.
    pub fn new(ifsc: u8, ifsd: u8) -> Self {
        let ifsc = ifsc.clamp(1, MAX_IFS);
        T1Session {
            ns: false,
            nr: false,
            ifsc,
            ifsd: ifsd.clamp(1, MAX_IFS),
            atr_ifsc: ifsc,
            stats: T1Stats::default(),
        }
    }

    pub fn stats(&self) -> T1Stats {
        self.stats
    }

    pub fn ifsc(&self) -> u8 {
        self.ifsc
    }

    async fn send<L: TpduLink>(
        &mut self,
        link: &mut L,
        block: &[u8],
        wtx: u8,
    ) -> Outcome<L::Error, Result<Block, u8>> {
        self.stats.blocks_sent += 1;
        match link.exchange_block(block, wtx).await {
            Ok(bytes) => {
                self.stats.blocks_received += 1;
                Ok(Block::parse(&bytes).map_err(|_| pcb::R_EDC_ERROR))
            }
            Err(LinkError::Corrupted) => Ok(Err(pcb::R_EDC_ERROR)),
            Err(LinkError::NoResponse) => Ok(Err(pcb::R_OTHER_ERROR)),
            Err(LinkError::Fatal(e)) => Err(BlockFailure::Link(e)),
        }
    }

    /// Tells the card our IFSD with S(IFS request) (§11.4.2; done once after power-on).
    pub async fn negotiate_ifsd<L: TpduLink>(&mut self, link: &mut L) -> Outcome<L::Error, ()> {
        let request = Block::S {
            response: false,
            kind: SKind::Ifs,
            inf: vec![self.ifsd],
        }
        .to_bytes();
        for _ in 0..MAX_TRIES_PER_BLOCK {
            match self.send(link, &request, 1).await? {
                Ok(Block::S {
                    response: true,
                    kind: SKind::Ifs,
                    inf,
                }) if inf == [self.ifsd] => return Ok(()),
                Ok(_) | Err(_) => self.stats.retransmissions += 1,
            }
        }
        Err(BlockFailure::Protocol(T1Error::IfsRefused))
    }

    /// S(RESYNCH): both sides restart numbering; IFSC goes back to the ATR's value.
    async fn resynchronise<L: TpduLink>(&mut self, link: &mut L) -> Outcome<L::Error, ()> {
        let request = Block::S {
            response: false,
            kind: SKind::Resynch,
            inf: Vec::new(),
        }
        .to_bytes();
        self.stats.resynchs += 1;
        for _ in 0..MAX_TRIES_PER_BLOCK {
            if let Ok(Block::S {
                response: true,
                kind: SKind::Resynch,
                ..
            }) = self.send(link, &request, 1).await?
            {
                self.ns = false;
                self.nr = false;
                self.ifsc = self.atr_ifsc;
                return Ok(());
            }
        }
        Err(BlockFailure::Protocol(T1Error::RetriesExhausted))
    }

    /// Sends a command APDU and returns the response APDU.
    pub async fn transceive<L: TpduLink>(
        &mut self,
        link: &mut L,
        apdu: &[u8],
    ) -> Outcome<L::Error, Vec<u8>> {
        match self.transceive_inner(link, apdu).await {
            Err(BlockFailure::Protocol(T1Error::RetriesExhausted)) => {
                // §11.6.3.2 rule 6: after failed retransmissions, resynchronise; the command is
                // then reported as failed (the card may or may not have executed it).
                self.resynchronise(link).await?;
                Err(BlockFailure::Protocol(T1Error::Resynchronised))
            }
            other => other,
        }
    }

    fn next_i_block(&mut self, apdu: &[u8], offset: usize) -> (Vec<u8>, usize, bool) {
        let room = usize::from(self.ifsc);
        let end = (offset + room).min(apdu.len());
        let more = end < apdu.len();
        let block = Block::I {
            ns: self.ns,
            more,
            inf: apdu[offset..end].to_vec(),
        }
        .to_bytes();
        self.ns = !self.ns;
        (block, end, more)
    }

    async fn transceive_inner<L: TpduLink>(
        &mut self,
        link: &mut L,
        apdu: &[u8],
    ) -> Outcome<L::Error, Vec<u8>> {
        let (mut last_i, mut offset, mut sending_chain) = self.next_i_block(apdu, 0);
        // N(S) of the last I-block we sent: an R-block naming it asks for it again.
        let mut last_i_ns = !self.ns;
        let mut to_send = last_i.clone();
        let mut response: Vec<u8> = Vec::new();
        let mut receiving = false;
        let mut failures = 0;
        let mut wtx = 1u8;
        let mut wtx_count = 0;
        for _ in 0..MAX_BLOCKS_PER_APDU {
            let received = self.send(link, &to_send, wtx).await?;
            wtx = 1;
            let block = match received {
                Ok(block) => block,
                Err(error) => {
                    failures += 1;
                    if failures >= MAX_TRIES_PER_BLOCK {
                        return Err(BlockFailure::Protocol(T1Error::RetriesExhausted));
                    }
                    self.stats.r_blocks_sent += 1;
                    to_send = Block::R { nr: self.nr, error }.to_bytes();
                    continue;
                }
            };
            match block {
                Block::I { ns, more, inf } => {
                    if sending_chain {
                        return Err(BlockFailure::Protocol(T1Error::Protocol(
                            "I-block while the command chain was not acknowledged",
                        )));
                    }
                    if ns != self.nr {
                        // A repeat of a block we already have: ask for the next one again.
                        failures += 1;
                        if failures >= MAX_TRIES_PER_BLOCK {
                            return Err(BlockFailure::Protocol(T1Error::RetriesExhausted));
                        }
                        self.stats.r_blocks_sent += 1;
                        to_send = Block::R {
                            nr: self.nr,
                            error: 0,
                        }
                        .to_bytes();
                        continue;
                    }
                    failures = 0;
                    receiving = true;
                    self.nr = !self.nr;
                    response.extend_from_slice(&inf);
                    if !more {
                        return Ok(response);
                    }
                    self.stats.r_blocks_sent += 1;
                    to_send = Block::R {
                        nr: self.nr,
                        error: 0,
                    }
                    .to_bytes();
                }
                Block::R { nr, .. } => {
                    if sending_chain && nr != last_i_ns {
                        // Acknowledgement of a chained part: send the next one.
                        failures = 0;
                        let (block, end, more) = self.next_i_block(apdu, offset);
                        last_i = block;
                        last_i_ns = !self.ns;
                        offset = end;
                        sending_chain = more;
                        to_send = last_i.clone();
                    } else if !receiving && nr == last_i_ns {
                        // The card did not get our I-block: send it again.
                        failures += 1;
                        if failures >= MAX_TRIES_PER_BLOCK {
                            return Err(BlockFailure::Protocol(T1Error::RetriesExhausted));
                        }
                        self.stats.retransmissions += 1;
                        to_send = last_i.clone();
                    } else {
                        failures += 1;
                        if failures >= MAX_TRIES_PER_BLOCK {
                            return Err(BlockFailure::Protocol(T1Error::RetriesExhausted));
                        }
                        // Repeat our acknowledgement / request.
                        self.stats.r_blocks_sent += 1;
                        to_send = Block::R {
                            nr: self.nr,
                            error: 0,
                        }
                        .to_bytes();
                    }
                }
                Block::S {
                    response: false,
                    kind,
                    inf,
                } => match kind {
                    SKind::Wtx => {
                        failures = 0;
                        wtx_count += 1;
                        self.stats.wtx_requests += 1;
                        if wtx_count > MAX_WTX_PER_APDU {
                            return Err(BlockFailure::Protocol(T1Error::TooManyWtx));
                        }
                        let multiplier = inf.first().copied().unwrap_or(1).max(1);
                        wtx = multiplier;
                        to_send = Block::S {
                            response: true,
                            kind: SKind::Wtx,
                            inf: vec![multiplier],
                        }
                        .to_bytes();
                    }
                    SKind::Ifs => {
                        let size = inf.first().copied().unwrap_or(0);
                        if !(1..=MAX_IFS).contains(&size) || inf.len() != 1 {
                            return Err(BlockFailure::Protocol(T1Error::Protocol(
                                "S(IFS) with an invalid size",
                            )));
                        }
                        failures = 0;
                        self.ifsc = size;
                        to_send = Block::S {
                            response: true,
                            kind: SKind::Ifs,
                            inf,
                        }
                        .to_bytes();
                    }
                    SKind::Abort => return Err(BlockFailure::Protocol(T1Error::Aborted)),
                    SKind::Resynch => {
                        return Err(BlockFailure::Protocol(T1Error::Protocol(
                            "the card requested a resynchronisation",
                        )));
                    }
                },
                Block::S { response: true, .. } => {
                    return Err(BlockFailure::Protocol(T1Error::Protocol(
                        "unsolicited S-block response",
                    )));
                }
            }
        }
        Err(BlockFailure::Protocol(T1Error::Protocol(
            "endless block exchange",
        )))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::collections::VecDeque;

    use madoguchi_zairyu::block_on;

    use super::*;

    #[test]
    fn encodes_and_parses_blocks() {
        let i = Block::I {
            ns: true,
            more: false,
            inf: vec![0x00, 0x84, 0x00, 0x00, 0x08],
        };
        let bytes = i.to_bytes();
        assert_eq!(
            bytes,
            [0x00, 0x40, 0x05, 0x00, 0x84, 0x00, 0x00, 0x08, 0xC9]
        );
        assert_eq!(Block::parse(&bytes), Ok(i));
        // Known encodings of ISO/IEC 7816-3 Annex A: S(IFS request 0xFE), R(N(R)=1).
        assert_eq!(
            Block::S {
                response: false,
                kind: SKind::Ifs,
                inf: vec![0xFE]
            }
            .to_bytes(),
            [0x00, 0xC1, 0x01, 0xFE, 0x3E]
        );
        assert_eq!(
            Block::R { nr: true, error: 0 }.to_bytes(),
            [0x00, 0x90, 0x00, 0x90]
        );
        let mut corrupted = bytes.clone();
        corrupted[4] ^= 1;
        assert_eq!(Block::parse(&corrupted), Err(BlockError::Edc));
        assert_eq!(Block::parse(&bytes[..6]), Err(BlockError::Length));
        assert_eq!(Block::parse(&[0, 0x40]), Err(BlockError::Short));
        for end in 0..bytes.len() {
            let _ = Block::parse(&bytes[..end]);
        }
        for pcb in 0..=u8::MAX {
            let block = [0, pcb, 0, pcb];
            if let Ok(parsed) = Block::parse(&block) {
                assert_eq!(parsed.to_bytes(), block, "pcb {pcb:#04x}");
            }
        }
    }

    #[test]
    fn reads_ifsc_and_edc_from_atrs() {
        // 3B 88 80 01 …: PC/SC part 3 contactless ATR, no TA3 → default IFSC.
        let contactless = crate::atr::contactless_atr(&[0; 8]);
        assert_eq!(atr_t1_parameters(&contactless), (32, false));
        // 3B F? … TD1=81 TD2=31 TA3=FE TB3=45: IFSC 254, LRC (libccid example ATR shape).
        let atr = [
            0x3B, 0xDA, 0x18, 0xFF, 0x81, 0xB1, 0xFE, 0x75, 0x1F, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0,
        ];
        assert_eq!(atr_t1_parameters(&atr), (0xFE, false));
        let with_crc = [0x3B, 0x80, 0x81, 0x71, 0x20, 0x00, 0x01, 0x00];
        assert_eq!(atr_t1_parameters(&with_crc), (0x20, true));
        for end in 0..atr.len() {
            let _ = atr_t1_parameters(&atr[..end]);
        }
    }

    /// A scripted card: answers each block with the next scripted one, recording what it got.
    struct Script {
        got: Vec<Block>,
        answers: VecDeque<Result<Vec<u8>, LinkError<()>>>,
        wtx_seen: Vec<u8>,
    }

    impl TpduLink for Script {
        type Error = ();
        async fn exchange_block(
            &mut self,
            block: &[u8],
            wtx: u8,
        ) -> Result<Vec<u8>, LinkError<()>> {
            self.got.push(Block::parse(block).unwrap());
            self.wtx_seen.push(wtx);
            self.answers
                .pop_front()
                .unwrap_or(Err(LinkError::Fatal(())))
        }
    }

    fn script(answers: Vec<Result<Block, LinkError<()>>>) -> Script {
        Script {
            got: Vec::new(),
            answers: answers
                .into_iter()
                .map(|a| a.map(|b| b.to_bytes()))
                .collect(),
            wtx_seen: Vec::new(),
        }
    }

    fn i(ns: bool, more: bool, inf: &[u8]) -> Block {
        Block::I {
            ns,
            more,
            inf: inf.to_vec(),
        }
    }

    #[test]
    fn chains_commands_and_responses() {
        let mut session = T1Session::new(4, 254);
        let mut link = script(vec![
            Ok(Block::R { nr: true, error: 0 }),
            Ok(Block::R {
                nr: false,
                error: 0,
            }),
            Ok(i(false, true, &[1, 2])),
            Ok(i(true, false, &[0x90, 0x00])),
        ]);
        let apdu = [0, 0xB0, 0, 0, 4, 9, 9, 9, 9, 9];
        let response = block_on(session.transceive(&mut link, &apdu)).unwrap();
        assert_eq!(response, [1, 2, 0x90, 0x00]);
        assert_eq!(
            link.got,
            vec![
                i(false, true, &apdu[..4]),
                i(true, true, &apdu[4..8]),
                i(false, false, &apdu[8..]),
                Block::R { nr: true, error: 0 },
            ]
        );
        // The next command continues the numbering.
        let mut link = script(vec![Ok(i(false, false, &[0x90, 0x00]))]);
        block_on(session.transceive(&mut link, &[0, 0x84, 0, 0])).unwrap();
        assert_eq!(link.got, vec![i(true, false, &[0, 0x84, 0, 0])]);
    }

    #[test]
    fn recovers_from_corrupted_and_lost_blocks_and_answers_wtx() {
        let mut session = T1Session::new(32, 254);
        let mut link = script(vec![
            Err(LinkError::Corrupted),
            Ok(Block::S {
                response: false,
                kind: SKind::Wtx,
                inf: vec![5],
            }),
            Err(LinkError::NoResponse),
            // The card did not get our I-block: it asks for it with N(R) = 0.
            Ok(Block::R {
                nr: false,
                error: 2,
            }),
            Ok(i(false, false, &[0x90, 0x00])),
        ]);
        let response = block_on(session.transceive(&mut link, &[0, 0x84, 0, 0, 8])).unwrap();
        assert_eq!(response, [0x90, 0x00]);
        assert_eq!(
            link.got[1],
            Block::R {
                nr: false,
                error: 1
            }
        );
        assert_eq!(
            link.got[2],
            Block::S {
                response: true,
                kind: SKind::Wtx,
                inf: vec![5]
            }
        );
        assert_eq!(link.wtx_seen, [1, 1, 5, 1, 1]);
        assert_eq!(link.got[4], i(false, false, &[0, 0x84, 0, 0, 8]));
        assert_eq!(session.stats().retransmissions, 1);
    }

    #[test]
    fn gives_up_with_a_resynch_after_three_failures() {
        let mut session = T1Session::new(32, 254);
        let mut link = script(vec![
            Err(LinkError::Corrupted),
            Err(LinkError::Corrupted),
            Err(LinkError::Corrupted),
            Ok(Block::S {
                response: true,
                kind: SKind::Resynch,
                inf: vec![],
            }),
        ]);
        assert_eq!(
            block_on(session.transceive(&mut link, &[0, 0x84, 0, 0, 8])),
            Err(BlockFailure::Protocol(T1Error::Resynchronised))
        );
        assert!(matches!(
            link.got.last(),
            Some(Block::S {
                response: false,
                kind: SKind::Resynch,
                ..
            })
        ));
        // A WTX storm ends in an error, not a hang.
        let storm = (0..300)
            .map(|_| {
                Ok(Block::S {
                    response: false,
                    kind: SKind::Wtx,
                    inf: vec![1],
                })
            })
            .collect();
        let mut link = script(storm);
        assert_eq!(
            block_on(session.transceive(&mut link, &[0, 0x84, 0, 0, 8])),
            Err(BlockFailure::Protocol(T1Error::TooManyWtx))
        );
    }

    #[test]
    fn negotiates_ifsd_and_obeys_card_ifs_requests() {
        let mut session = T1Session::new(32, 254);
        let mut link = script(vec![Ok(Block::S {
            response: true,
            kind: SKind::Ifs,
            inf: vec![254],
        })]);
        block_on(session.negotiate_ifsd(&mut link)).unwrap();
        let mut link = script(vec![
            Ok(Block::S {
                response: false,
                kind: SKind::Ifs,
                inf: vec![2],
            }),
            Ok(Block::R { nr: true, error: 0 }),
            Ok(Block::R {
                nr: false,
                error: 0,
            }),
            Ok(i(false, false, &[0x90, 0x00])),
        ]);
        let apdu: Vec<u8> = (0..36).collect();
        let response = block_on(session.transceive(&mut link, &apdu)).unwrap();
        assert_eq!(response, [0x90, 0x00]);
        assert_eq!(session.ifsc(), 2);
        // The first part went out with IFSC 32; the chain continues with the new size.
        assert_eq!(link.got[0], i(false, true, &apdu[..32]));
        assert_eq!(
            link.got[1],
            Block::S {
                response: true,
                kind: SKind::Ifs,
                inf: vec![2]
            }
        );
        assert_eq!(link.got[2], i(true, true, &apdu[32..34]));
        assert_eq!(link.got[3], i(false, false, &apdu[34..]));
    }

    #[test]
    fn random_card_blocks_never_panic() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..3000 {
            let mut answers = Vec::new();
            for _ in 0..6 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let len = usize::try_from(seed % 9).unwrap_or(0);
                let mut bytes: Vec<u8> = seed.to_le_bytes().iter().take(len).copied().collect();
                if bytes.len() >= 4 {
                    bytes[0] = 0;
                    bytes[2] = u8::try_from(bytes.len() - 4).unwrap_or(0);
                    let last = bytes.len() - 1;
                    bytes[last] = lrc(&bytes[..last]);
                }
                answers.push(Ok(bytes));
            }
            let mut link = Script {
                got: Vec::new(),
                answers: answers.into(),
                wtx_seen: Vec::new(),
            };
            let mut session = T1Session::new(8, 254);
            let _ = block_on(session.transceive(&mut link, &[0; 20]));
        }
    }
}
