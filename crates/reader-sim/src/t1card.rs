//! The card's half of T=1 (ISO/IEC 7816-3 §11), for the TPDU-level reader model: blocks in,
//! blocks out, around an [`ApduCard`]. Written from the standard's rules independently of the
//! host code in `madoguchi_ccid::t1` (it shares only the block encoding), with faults: corrupted
//! EDCs, silent blocks and S(WTX) storms.

use std::collections::VecDeque;

use madoguchi_ccid::t1::{Block, DEFAULT_IFS, SKind};

use crate::ApduCard;

/// Card-side faults.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct T1Faults {
    /// Flip a bit of the EDC of every n-th block the card sends.
    pub corrupt_every: Option<u32>,
    /// Stay silent instead of sending every n-th block (the reader reports ICC_MUTE).
    pub mute_every: Option<u32>,
    /// S(WTX) requests before each response.
    pub wtx_per_apdu: u32,
    /// Damage every n-th block from the host on its way to the card (the card answers with an
    /// R-block and the host must send its block again).
    pub corrupt_incoming_every: Option<u32>,
}

/// What goes back to the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardAnswer {
    Block(Vec<u8>),
    /// The card did not answer within BWT.
    Mute,
}

#[derive(Clone, Debug)]
pub struct T1Card {
    pub faults: T1Faults,
    /// N(S) of our next new I-block.
    next_ns: bool,
    /// N(S) we expect on the host's next new I-block.
    expected_ns: bool,
    /// Largest information field the host accepts.
    ifsd: u8,
    /// Largest information field we accept (announced in the ATR: the default).
    ifsc: u8,
    command: Vec<u8>,
    response: VecDeque<Vec<u8>>,
    pending_wtx: u32,
    last_sent: Option<Vec<u8>>,
    sent: u32,
    received: u32,
    /// Complete APDUs processed.
    pub apdus: u32,
    /// Blocks received with a bad EDC or length.
    pub bad_blocks: u32,
}

impl Default for T1Card {
    fn default() -> Self {
        T1Card::new(T1Faults::default())
    }
}

impl T1Card {
    pub fn new(faults: T1Faults) -> Self {
        T1Card {
            faults,
            next_ns: false,
            expected_ns: false,
            ifsd: DEFAULT_IFS,
            ifsc: DEFAULT_IFS,
            command: Vec::new(),
            response: VecDeque::new(),
            pending_wtx: 0,
            last_sent: None,
            sent: 0,
            received: 0,
            apdus: 0,
            bad_blocks: 0,
        }
    }

    /// Power-on: numbering and sizes back to their defaults.
    pub fn reset(&mut self) {
        *self = T1Card {
            faults: self.faults.clone(),
            apdus: self.apdus,
            bad_blocks: self.bad_blocks,
            ..T1Card::new(T1Faults::default())
        };
    }

    /// Handles one block from the reader.
    pub fn receive(&mut self, card: &mut dyn ApduCard, bytes: &[u8]) -> CardAnswer {
        self.received += 1;
        let mut bytes = bytes.to_vec();
        if self
            .faults
            .corrupt_incoming_every
            .is_some_and(|n| n > 0 && self.received.is_multiple_of(n))
            && let Some(edc) = bytes.last_mut()
        {
            *edc ^= 0x80;
        }
        let Ok(block) = Block::parse(&bytes) else {
            self.bad_blocks += 1;
            return self.send(Block::R {
                nr: self.expected_ns,
                error: 1,
            });
        };
        match block {
            Block::I { ns, more, inf } => {
                if ns != self.expected_ns {
                    return self.resend_last();
                }
                if inf.len() > usize::from(self.ifsc) {
                    return self.send(Block::R {
                        nr: self.expected_ns,
                        error: 2,
                    });
                }
                self.expected_ns = !self.expected_ns;
                self.command.extend_from_slice(&inf);
                if more {
                    return self.send(Block::R {
                        nr: self.expected_ns,
                        error: 0,
                    });
                }
                let apdu = std::mem::take(&mut self.command);
                let response = card.process(&apdu);
                self.apdus += 1;
                self.response = response
                    .chunks(usize::from(self.ifsd.max(1)))
                    .map(<[u8]>::to_vec)
                    .collect();
                self.pending_wtx = self.faults.wtx_per_apdu;
                self.next_after_wtx()
            }
            Block::R { nr, .. } => {
                if !self.response.is_empty() && nr == self.next_ns {
                    self.send_next_part()
                } else {
                    self.resend_last()
                }
            }
            Block::S {
                response: false,
                kind: SKind::Ifs,
                inf,
            } if inf.len() == 1 && inf[0] != 0 && inf[0] != 0xFF => {
                self.ifsd = inf[0];
                self.send(Block::S {
                    response: true,
                    kind: SKind::Ifs,
                    inf,
                })
            }
            Block::S {
                response: false,
                kind: SKind::Resynch,
                ..
            } => {
                let faults = self.faults.clone();
                self.reset();
                self.faults = faults;
                self.send(Block::S {
                    response: true,
                    kind: SKind::Resynch,
                    inf: Vec::new(),
                })
            }
            Block::S {
                response: true,
                kind: SKind::Wtx,
                ..
            } => self.next_after_wtx(),
            Block::S { .. } => self.send(Block::R {
                nr: self.expected_ns,
                error: 2,
            }),
        }
    }

    fn next_after_wtx(&mut self) -> CardAnswer {
        if self.pending_wtx > 0 {
            self.pending_wtx -= 1;
            return self.send(Block::S {
                response: false,
                kind: SKind::Wtx,
                inf: vec![2],
            });
        }
        self.send_next_part()
    }

    fn send_next_part(&mut self) -> CardAnswer {
        let part = self.response.pop_front().unwrap_or_default();
        let block = Block::I {
            ns: self.next_ns,
            more: !self.response.is_empty(),
            inf: part,
        };
        self.next_ns = !self.next_ns;
        self.send(block)
    }

    fn resend_last(&mut self) -> CardAnswer {
        match self.last_sent.clone() {
            Some(bytes) => self.transmit(bytes),
            None => self.send(Block::R {
                nr: self.expected_ns,
                error: 0,
            }),
        }
    }

    fn send(&mut self, block: Block) -> CardAnswer {
        let bytes = block.to_bytes();
        self.last_sent = Some(bytes.clone());
        self.transmit(bytes)
    }

    /// Puts a block on the wire, where the faults strike (the stored copy stays intact).
    fn transmit(&mut self, mut bytes: Vec<u8>) -> CardAnswer {
        self.sent += 1;
        if self
            .faults
            .mute_every
            .is_some_and(|n| n > 0 && self.sent.is_multiple_of(n))
        {
            return CardAnswer::Mute;
        }
        if self
            .faults
            .corrupt_every
            .is_some_and(|n| n > 0 && self.sent.is_multiple_of(n))
            && let Some(edc) = bytes.last_mut()
        {
            *edc ^= 0x01;
        }
        CardAnswer::Block(bytes)
    }
}
