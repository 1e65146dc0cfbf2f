//! Simulated Sony readers with a Type B ISO 14443-4 card in the field:
//! - [`Rcs300Sim`]: RC-S300 (054C:0DC8). Interface 0 is the CCID class 0x0B one (described, not
//!   served: Chrome refuses it); interface 1 (0xFF, bulk OUT 0x02 / IN 0x82) takes
//!   `PC_to_RDR_Escape` with the transparent-session pseudo-APDUs and answers `RDR_to_PC_Escape`.
//! - [`Rcs380Sim`]: RC-S380 (054C:06C3), Port-100 frames on interface 0 (bulk OUT 0x02 / IN 0x81).
//!
//! Both pass raw frames to [`Picc`], a card-side ISO/IEC 14443-3 B / 14443-4 engine written from
//! the standard (block rules of the PICC side), with faults: silent frames, damaged frames (the
//! reader reports a CRC error), S(WTX) requests. Simulation only: real readers were not available,
//! and the pseudo-APDU and Port-100 byte layouts are those `madoguchi_ccid::sony` assumes.

use std::collections::VecDeque;

use madoguchi_ccid::message::{
    self, CommandStatus, HEADER_LEN, IccStatus, PC_TO_RDR_ESCAPE, RDR_TO_PC_ESCAPE, Reply,
    SlotError, status_byte,
};
use madoguchi_ccid::sony::rcs380;

use crate::ApduCard;

/// Card-side faults of the RF link.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RfFaults {
    /// The card stays silent on every n-th frame it should answer.
    pub silent_every: Option<u32>,
    /// Every n-th answer arrives damaged (the reader reports a CRC error).
    pub damaged_every: Option<u32>,
    /// S(WTX) requests before each response.
    pub wtx_per_apdu: u32,
    /// The card leaves the field after this many APDUs (once).
    pub remove_after_apdus: Option<u32>,
}

/// What came back over the air.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Air {
    Frame(Vec<u8>),
    Silent,
    Damaged,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PiccState {
    Idle,
    Ready,
    Active,
    Halt,
}

pub const PUPI: [u8; 4] = [0x4D, 0x41, 0x44, 0x4F];
/// Protocol info: 106 kbit/s only, FSCI 8 (256 bytes) + ISO 14443-4, FWI 8, no NAD/CID.
pub const PROTOCOL_INFO: [u8; 3] = [0x00, 0x81, 0x80];

/// A Type B PICC around an [`ApduCard`].
pub struct Picc {
    pub faults: RfFaults,
    card: Option<Box<dyn ApduCard + Send>>,
    removed: Option<Box<dyn ApduCard + Send>>,
    state: PiccState,
    block_number: bool,
    fsd: usize,
    command: Vec<u8>,
    response: VecDeque<Vec<u8>>,
    pending_wtx: u32,
    last_sent: Vec<u8>,
    answers: u32,
    pub apdus: u32,
}

impl Picc {
    pub fn new(card: Box<dyn ApduCard + Send>) -> Self {
        Picc {
            faults: RfFaults::default(),
            card: Some(card),
            removed: None,
            state: PiccState::Idle,
            block_number: true,
            fsd: 256,
            command: Vec::new(),
            response: VecDeque::new(),
            pending_wtx: 0,
            last_sent: Vec::new(),
            answers: 0,
            apdus: 0,
        }
    }

    pub fn remove(&mut self) {
        if let Some(card) = self.card.take() {
            self.removed = Some(card);
        }
        self.state = PiccState::Idle;
    }

    pub fn reinsert(&mut self) {
        if let Some(card) = self.removed.take() {
            self.card = Some(card);
        }
        self.state = PiccState::Idle;
    }

    /// The field went off: the card loses its state.
    pub fn field_off(&mut self) {
        self.state = PiccState::Idle;
    }

    fn answer(&mut self, frame: Vec<u8>) -> Air {
        self.last_sent = frame.clone();
        self.answers += 1;
        let hits = |every: Option<u32>, n: u32| every.is_some_and(|e| e > 0 && n.is_multiple_of(e));
        if hits(self.faults.silent_every, self.answers) {
            return Air::Silent;
        }
        if hits(self.faults.damaged_every, self.answers) {
            return Air::Damaged;
        }
        Air::Frame(frame)
    }

    /// One frame from the reader (CRC already stripped).
    pub fn receive(&mut self, frame: &[u8]) -> Air {
        let Some(card) = self.card.as_mut() else {
            return Air::Silent;
        };
        let Some((&first, rest)) = frame.split_first() else {
            return Air::Silent;
        };
        match (self.state, first) {
            // REQB/WUPB (WUPB also wakes a halted card).
            (_, 0x05) if rest.len() == 2 => {
                if self.state == PiccState::Halt && rest[1] & 0x08 == 0 {
                    return Air::Silent;
                }
                card.reset();
                self.state = PiccState::Ready;
                let mut atqb = vec![0x50];
                atqb.extend_from_slice(&PUPI);
                atqb.extend_from_slice(&[0; 4]);
                atqb.extend_from_slice(&PROTOCOL_INFO);
                self.answer(atqb)
            }
            (PiccState::Ready, 0x1D) if rest.len() >= 8 && rest[..4] == PUPI => {
                self.fsd = madoguchi_ccid::iso14443::frame_size(rest[5] & 0x0F);
                self.state = PiccState::Active;
                self.block_number = true;
                self.command.clear();
                self.response.clear();
                self.answer(vec![0x00])
            }
            (PiccState::Active, pcb) => self.block(pcb, rest),
            _ => Air::Silent,
        }
    }

    fn i_block(&mut self) -> Air {
        let part = self.response.pop_front().unwrap_or_default();
        let chaining = !self.response.is_empty();
        let mut frame = vec![0x02 | u8::from(self.block_number) | if chaining { 0x10 } else { 0 }];
        frame.extend_from_slice(&part);
        self.answer(frame)
    }

    fn block(&mut self, pcb: u8, inf: &[u8]) -> Air {
        match pcb {
            // I-block: rule D, toggle, then answer.
            p if p & 0xE6 == 0x02 => {
                let bn = p & 0x01 != 0;
                if bn == self.block_number {
                    // Our answer got lost and the reader repeated its block.
                    return self.answer(self.last_sent.clone());
                }
                self.block_number = bn;
                self.command.extend_from_slice(inf);
                if p & 0x10 != 0 {
                    return self.answer(vec![0xA2 | u8::from(bn)]);
                }
                if self
                    .faults
                    .remove_after_apdus
                    .is_some_and(|n| n == self.apdus)
                {
                    self.faults.remove_after_apdus = None;
                    self.remove();
                    return Air::Silent;
                }
                let apdu = std::mem::take(&mut self.command);
                let Some(card) = self.card.as_mut() else {
                    return Air::Silent;
                };
                let response = card.process(&apdu);
                self.apdus += 1;
                let room = self.fsd.saturating_sub(3).max(1);
                self.response = response.chunks(room).map(<[u8]>::to_vec).collect();
                self.pending_wtx = self.faults.wtx_per_apdu;
                self.after_wtx()
            }
            // R(ACK) / R(NAK): rules 11–13.
            p if p & 0xE6 == 0xA2 => {
                let bn = p & 0x01 != 0;
                let nak = p & 0x10 != 0;
                if bn == self.block_number {
                    self.answer(self.last_sent.clone())
                } else if nak {
                    self.answer(vec![0xA2 | u8::from(self.block_number)])
                } else if !self.response.is_empty() {
                    self.block_number = bn;
                    self.i_block()
                } else {
                    Air::Silent
                }
            }
            0xF2 if inf.len() == 1 => self.after_wtx(),
            0xC2 => {
                self.state = PiccState::Halt;
                self.answer(vec![0xC2])
            }
            _ => Air::Silent,
        }
    }

    fn after_wtx(&mut self) -> Air {
        if self.pending_wtx > 0 {
            self.pending_wtx -= 1;
            return self.answer(vec![0xF2, 0x02]);
        }
        self.i_block()
    }
}

fn packets(queue: &mut VecDeque<Vec<u8>>, max_len: usize) -> Option<Vec<u8>> {
    let front = queue.front_mut()?;
    let take = front
        .len()
        .min((max_len / 64).max(1) * 64)
        .min(max_len.max(1));
    let chunk: Vec<u8> = front.drain(..take).collect();
    if front.is_empty() {
        queue.pop_front();
    }
    Some(chunk)
}

/// (interface number, class, [(endpoint address, transfer type)]).
type InterfaceSpec<'a> = (u8, u8, &'a [(u8, u8)]);

fn standard_descriptor(interfaces: &[InterfaceSpec<'_>]) -> Vec<u8> {
    let mut out = vec![
        9,
        2,
        0,
        0,
        u8::try_from(interfaces.len()).unwrap_or(1),
        1,
        0,
        0x80,
        50,
    ];
    for (number, class, endpoints) in interfaces {
        let count = u8::try_from(endpoints.len()).unwrap_or(0);
        out.extend_from_slice(&[9, 4, *number, 0, count, *class, 0, 0, 0]);
        for (address, kind) in *endpoints {
            let size = if *kind == 3 { 8 } else { 64 };
            out.extend_from_slice(&[7, 5, *address, *kind, size, 0, 16]);
        }
    }
    let total = u16::try_from(out.len()).unwrap_or(u16::MAX).to_le_bytes();
    out[2..4].copy_from_slice(&total);
    out
}

// ---------------------------------------------------------------------------------------------

/// RC-S300 with its vendor interface 1.
pub struct Rcs300Sim {
    pub picc: Picc,
    out_buffer: Vec<u8>,
    in_queue: VecDeque<Vec<u8>>,
    session: bool,
    rf_on: bool,
    type_b: bool,
}

impl Rcs300Sim {
    pub const VENDOR_ID: u16 = 0x054C;
    pub const PRODUCT_ID: u16 = 0x0DC8;

    pub fn new(card: Box<dyn ApduCard + Send>) -> Self {
        Rcs300Sim {
            picc: Picc::new(card),
            out_buffer: Vec::new(),
            in_queue: VecDeque::new(),
            session: false,
            rf_on: false,
            type_b: false,
        }
    }

    pub fn configuration_descriptor(&self) -> Vec<u8> {
        standard_descriptor(&[
            (0, 0x0B, &[(0x01, 2), (0x81, 2), (0x83, 3)]),
            (1, 0xFF, &[(0x02, 2), (0x82, 2)]),
        ])
    }

    /// Bulk OUT on endpoint 2 (interface 1); other endpoints are ignored.
    pub fn bulk_out(&mut self, endpoint: u8, data: &[u8]) {
        if endpoint != 2 {
            return;
        }
        self.out_buffer.extend_from_slice(data);
        while let Some(total) = Reply::announced_len(&self.out_buffer) {
            if self.out_buffer.len() < total {
                break;
            }
            let message: Vec<u8> = self.out_buffer.drain(..total).collect();
            self.handle(&message);
        }
    }

    pub fn bulk_in(&mut self, endpoint: u8, max_len: usize) -> Option<Vec<u8>> {
        if endpoint != 2 {
            return None;
        }
        packets(&mut self.in_queue, max_len)
    }

    fn handle(&mut self, message: &[u8]) {
        let (kind, seq) = (message[0], message[6]);
        let data = &message[HEADER_LEN..];
        if kind != PC_TO_RDR_ESCAPE {
            // What IF1 does with other CCID messages is unknown; the model refuses them.
            let reply = Reply {
                message_type: RDR_TO_PC_ESCAPE,
                slot: 0,
                seq,
                status: status_byte(IccStatus::Inactive, CommandStatus::Failed),
                error: SlotError::CommandNotSupported.to_byte(),
                specific: 0,
                data: Vec::new(),
            };
            self.in_queue.push_back(reply.to_bytes());
            return;
        }
        let answer = self.pseudo_apdu(data);
        let reply = Reply {
            message_type: RDR_TO_PC_ESCAPE,
            slot: 0,
            seq,
            status: 0,
            error: 0,
            specific: 0,
            data: answer,
        };
        self.in_queue.push_back(reply.to_bytes());
    }

    fn pseudo_apdu(&mut self, apdu: &[u8]) -> Vec<u8> {
        const OK: [u8; 5] = [0xC0, 0x03, 0x00, 0x90, 0x00];
        let ok = |mut extra: Vec<u8>| {
            let mut out = OK.to_vec();
            out.append(&mut extra);
            out.extend_from_slice(&[0x90, 0x00]);
            out
        };
        match apdu {
            [0xFF, 0x56, ..] => vec![0x01, 0x00, 0x90, 0x00],
            [0xFF, 0x50, 0x00, 0x00, 0x02, tag, 0x00, ..] => match tag {
                0x81 => {
                    self.session = true;
                    ok(Vec::new())
                }
                0x82 => {
                    self.session = false;
                    self.rf_on = false;
                    self.picc.field_off();
                    ok(Vec::new())
                }
                0x83 => {
                    self.rf_on = false;
                    self.picc.field_off();
                    ok(Vec::new())
                }
                0x84 if self.session => {
                    self.rf_on = true;
                    ok(Vec::new())
                }
                _ => vec![0x6A, 0x81],
            },
            [
                0xFF,
                0x50,
                0x00,
                0x02,
                0x04,
                0x8F,
                0x02,
                protocol,
                layer,
                ..,
            ] if self.session => {
                self.type_b = *protocol == 0x01 && *layer == 0x02;
                if self.type_b {
                    ok(Vec::new())
                } else {
                    vec![0x6A, 0x81]
                }
            }
            [0xFF, 0x50, 0x00, 0x01, 0x00, hi, lo, body @ ..] if self.session => {
                let len = usize::from(u16::from_be_bytes([*hi, *lo]));
                let Some(body) = body.get(..len) else {
                    return vec![0x67, 0x00];
                };
                let frame = match body {
                    [0x5F, 0x46, 0x04, _, _, _, _, 0x95, 0x82, fh, fl, frame @ ..]
                        if frame.len() == usize::from(u16::from_be_bytes([*fh, *fl])) =>
                    {
                        frame
                    }
                    _ => return vec![0x6A, 0x80],
                };
                if !self.rf_on || !self.type_b {
                    return vec![0x69, 0x86];
                }
                match self.picc.receive(frame) {
                    Air::Frame(answer) => {
                        let len = u16::try_from(answer.len()).unwrap_or(u16::MAX);
                        let mut objects = vec![0x92, 0x01, 0x00, 0x96, 0x02, 0x00, 0x00, 0x97];
                        if len < 0x80 {
                            objects.push(u8::try_from(len).unwrap_or(0));
                        } else {
                            objects.push(0x82);
                            objects.extend_from_slice(&len.to_be_bytes());
                        }
                        objects.extend_from_slice(&answer);
                        ok(objects)
                    }
                    Air::Damaged => ok(vec![0x96, 0x02, 0x01, 0x00]),
                    Air::Silent => vec![0xC0, 0x03, 0x01, 0x64, 0x01, 0x90, 0x00],
                }
            }
            _ => vec![0x6D, 0x00],
        }
    }
}

// ---------------------------------------------------------------------------------------------

/// RC-S380 speaking Port-100.
pub struct Rcs380Sim {
    pub picc: Picc,
    out_buffer: Vec<u8>,
    in_queue: VecDeque<Vec<u8>>,
    rf_type_b: bool,
    /// Port-100 command frames handled.
    pub commands: u32,
}

impl Rcs380Sim {
    pub const VENDOR_ID: u16 = 0x054C;
    pub const PRODUCT_ID: u16 = 0x06C3;

    pub fn new(card: Box<dyn ApduCard + Send>) -> Self {
        Rcs380Sim {
            picc: Picc::new(card),
            out_buffer: Vec::new(),
            in_queue: VecDeque::new(),
            rf_type_b: false,
            commands: 0,
        }
    }

    pub fn configuration_descriptor(&self) -> Vec<u8> {
        standard_descriptor(&[(0, 0xFF, &[(0x81, 2), (0x02, 2)])])
    }

    pub fn bulk_out(&mut self, endpoint: u8, data: &[u8]) {
        if endpoint != 2 {
            return;
        }
        self.out_buffer.extend_from_slice(data);
        loop {
            match rcs380::parse(&self.out_buffer) {
                Ok(Some((frame, used))) => {
                    self.out_buffer.drain(..used);
                    if let rcs380::Frame::Data(data) = frame {
                        self.command(&data);
                    } else {
                        // A host ACK cancels; nothing is pending in this model.
                    }
                }
                Ok(None) => break,
                Err(_) => {
                    // Resynchronise on garbage: drop everything buffered.
                    self.out_buffer.clear();
                    break;
                }
            }
        }
    }

    pub fn bulk_in(&mut self, endpoint: u8, max_len: usize) -> Option<Vec<u8>> {
        if endpoint != 1 {
            return None;
        }
        packets(&mut self.in_queue, max_len)
    }

    fn respond(&mut self, code: u8, body: &[u8]) {
        self.in_queue.push_back(rcs380::ACK.to_vec());
        let mut data = vec![0xD7, code.wrapping_add(1)];
        data.extend_from_slice(body);
        self.in_queue.push_back(rcs380::wrap(&data));
    }

    fn command(&mut self, data: &[u8]) {
        self.commands += 1;
        let [0xD6, code, params @ ..] = data else {
            return;
        };
        let code = *code;
        match code {
            rcs380::SET_COMMAND_TYPE => self.respond(code, &[0x00]),
            rcs380::GET_FIRMWARE_VERSION => self.respond(code, &[0x11, 0x01]),
            rcs380::SWITCH_RF => {
                self.rf_type_b = false;
                self.picc.field_off();
                self.respond(code, &[0x00]);
            }
            rcs380::IN_SET_RF => {
                self.rf_type_b = params == rcs380::RF_106B;
                self.respond(code, &[u8::from(!self.rf_type_b)]);
            }
            rcs380::IN_SET_PROTOCOL => {
                let valid =
                    params.len().is_multiple_of(2) && params.chunks(2).all(|p| p[0] <= 0x18);
                self.respond(code, &[u8::from(!valid)]);
            }
            rcs380::IN_COMM_RF => {
                let Some(frame) = params.get(2..) else {
                    return self.respond(code, &[0x01, 0, 0, 0, 0]);
                };
                if !self.rf_type_b {
                    return self.respond(code, &0x0000_0400u32.to_le_bytes());
                }
                let mut body = Vec::new();
                match self.picc.receive(frame) {
                    Air::Frame(answer) => {
                        body.extend_from_slice(&[0, 0, 0, 0, 0]);
                        body.extend_from_slice(&answer);
                    }
                    Air::Damaged => body.extend_from_slice(&[0x04, 0, 0, 0, 0]),
                    Air::Silent => body.extend_from_slice(&[0x80, 0, 0, 0, 0]),
                }
                self.respond(code, &body);
            }
            _ => self.respond(code, &[0x01]),
        }
    }
}

/// Builds a host Escape message (tests).
pub fn escape_message(seq: u8, data: &[u8]) -> Vec<u8> {
    message::command(PC_TO_RDR_ESCAPE, 0, seq, [0; 3], data)
}
