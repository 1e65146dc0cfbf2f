//! A one-slot contactless CCID reader at the USB level, APDU exchange level.

use std::collections::VecDeque;

use madoguchi_ccid::atr::contactless_atr;
use madoguchi_ccid::descriptor::CcidDescriptor;
use madoguchi_ccid::message::{
    self, CommandStatus, HEADER_LEN, IccStatus, PC_TO_RDR_GET_SLOT_STATUS, PC_TO_RDR_ICC_POWER_OFF,
    PC_TO_RDR_ICC_POWER_ON, PC_TO_RDR_SET_PARAMETERS, PC_TO_RDR_XFR_BLOCK, RDR_TO_PC_DATA_BLOCK,
    RDR_TO_PC_NOTIFY_SLOT_CHANGE, RDR_TO_PC_PARAMETERS, RDR_TO_PC_SLOT_STATUS, Reply, SlotError,
    chain, status_byte,
};

use crate::ApduCard;
use crate::t1card::{CardAnswer, T1Card, T1Faults};

/// Which reader to behave like.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReaderModel {
    pub name: &'static str,
    pub manufacturer: &'static str,
    pub vendor_id: u16,
    pub product_id: u16,
    /// 0xFF for readers whose CCID interface is vendor class (claimable from a web page).
    pub interface_class: u8,
    pub features: u32,
    pub max_message_length: u32,
    pub packet_size: usize,
}

impl ReaderModel {
    /// An APDU-level reader with extended APDUs and a vendor-class CCID interface.
    pub const EXTENDED_VENDOR: ReaderModel = ReaderModel {
        name: "CCID contactless reader (vendor class, extended APDU)",
        manufacturer: "madoguchi simulator",
        vendor_id: 0x1209,
        product_id: 0xCC1D,
        interface_class: 0xFF,
        features: 0x0004_00BA,
        max_message_length: 522,
        packet_size: 64,
    };
    /// HID OMNIKEY 5321 CLi: short APDUs only, CCID as vendor class (LudovicRousseau/CCID list).
    pub const OMNIKEY_5321: ReaderModel = ReaderModel {
        name: "OMNIKEY 5321 CLi USB",
        manufacturer: "HID Global",
        vendor_id: 0x076B,
        product_id: 0x532A,
        interface_class: 0xFF,
        features: 0x0002_00BA,
        max_message_length: 271,
        packet_size: 64,
    };

    /// SCM Microsystems SCL011-like contactless reader: TPDU level (the host runs T=1), CCID
    /// interface declared vendor class 0xFF, 271-byte messages (LudovicRousseau/CCID lists
    /// 04E6:5292 "SCL01x" as 0xFF/TPDU/271). The `dwFeatures` value is modelled (TPDU, automatic
    /// parameters, clock, voltage and baud rate; no automatic IFSD exchange), not copied from a
    /// descriptor dump, and no real SCL011 was ever attached.
    pub const SCM_SCL011: ReaderModel = ReaderModel {
        name: "SCM SCL011 (TPDU, simulated)",
        manufacturer: "SCM Microsystems",
        vendor_id: 0x04E6,
        product_id: 0x5292,
        interface_class: 0xFF,
        features: 0x0001_00BA,
        max_message_length: 271,
        packet_size: 64,
    };

    pub const BULK_OUT: u8 = 1;
    pub const BULK_IN: u8 = 2;
    pub const INTERRUPT_IN: u8 = 3;

    /// The raw configuration descriptor (what GET_DESCRIPTOR(CONFIGURATION) returns).
    pub fn configuration_descriptor(&self) -> Vec<u8> {
        let mut out = vec![9, 2, 0, 0, 1, 1, 0, 0x80, 50];
        out.extend_from_slice(&[9, 4, 0, 0, 3, self.interface_class, 0, 0, 0]);
        out.extend_from_slice(&CcidDescriptor::class_descriptor_bytes(
            self.features,
            self.max_message_length,
            254,
        ));
        let packet = u8::try_from(self.packet_size).unwrap_or(64);
        out.extend_from_slice(&[7, 5, Self::BULK_OUT, 2, packet, 0, 0]);
        out.extend_from_slice(&[7, 5, 0x80 | Self::BULK_IN, 2, packet, 0, 0]);
        out.extend_from_slice(&[7, 5, 0x80 | Self::INTERRUPT_IN, 3, 8, 0, 16]);
        let total = u16::try_from(out.len()).unwrap_or(u16::MAX).to_le_bytes();
        out[2..4].copy_from_slice(&total);
        out
    }

    fn extended(&self) -> bool {
        self.features & 0x0004_0000 != 0
    }

    /// TPDU level: XfrBlock carries T=1 blocks.
    pub fn tpdu(&self) -> bool {
        self.features & 0x0007_0000 == 0x0001_0000
    }
}

/// Faults to inject, for the lossy-transport tests.
#[derive(Clone, Debug, Default)]
pub struct Faults {
    /// Time-extension replies sent before every XfrBlock answer.
    pub time_extensions_per_apdu: u32,
    /// Before each answer, also send a copy of the previous answer (stale `bSeq`).
    pub repeat_previous_reply: bool,
    /// Take the card away after this many APDUs (once).
    pub remove_card_after_apdus: Option<u32>,
    /// Card-side T=1 faults (TPDU-level models only).
    pub t1: T1Faults,
}

/// ATR historical bytes of a Type B card: ATQB application data, protocol info, MBLI.
const TYPE_B_HISTORICAL: [u8; 8] = [0x00, 0x00, 0x00, 0x00, 0x00, 0x81, 0x81, 0x00];

pub struct CcidReaderSim {
    pub model: ReaderModel,
    pub faults: Faults,
    card: Option<Box<dyn ApduCard + Send>>,
    removed_card: Option<Box<dyn ApduCard + Send>>,
    powered: bool,
    apdus: u32,
    out_buffer: Vec<u8>,
    in_queue: VecDeque<Vec<u8>>,
    interrupt_queue: VecDeque<Vec<u8>>,
    chained_command: Vec<u8>,
    pending_response: VecDeque<Vec<u8>>,
    last_reply: Option<Vec<u8>>,
    t1: T1Card,
    /// XfrBlocks that carried a waiting-time multiplier (bBWI ≠ 0) after an S(WTX).
    pub bwi_requests: u32,
}

impl CcidReaderSim {
    pub fn new(model: ReaderModel) -> Self {
        CcidReaderSim {
            model,
            faults: Faults::default(),
            card: None,
            removed_card: None,
            powered: false,
            apdus: 0,
            out_buffer: Vec::new(),
            in_queue: VecDeque::new(),
            interrupt_queue: VecDeque::new(),
            chained_command: Vec::new(),
            pending_response: VecDeque::new(),
            last_reply: None,
            t1: T1Card::default(),
            bwi_requests: 0,
        }
    }

    /// The card side of T=1 (TPDU-level models): counters of bad blocks.
    pub fn t1_card(&self) -> &T1Card {
        &self.t1
    }

    /// Puts a card on the reader (NotifySlotChange: present, changed).
    pub fn insert_card(&mut self, card: Box<dyn ApduCard + Send>) {
        self.card = Some(card);
        self.powered = false;
        self.interrupt_queue
            .push_back(vec![RDR_TO_PC_NOTIFY_SLOT_CHANGE, 0b11]);
    }

    /// Takes the card away (NotifySlotChange: absent, changed). It can be put back.
    pub fn remove_card(&mut self) {
        if let Some(card) = self.card.take() {
            self.removed_card = Some(card);
        }
        self.powered = false;
        self.interrupt_queue
            .push_back(vec![RDR_TO_PC_NOTIFY_SLOT_CHANGE, 0b10]);
    }

    /// Puts the last removed card back.
    pub fn reinsert_card(&mut self) {
        if let Some(card) = self.removed_card.take() {
            self.insert_card(card);
        }
    }

    pub fn has_card(&self) -> bool {
        self.card.is_some()
    }

    /// The reader as the operating system's PC/SC service presents it (the Web Smart Card API
    /// harness): connecting powers the card and returns its ATR, `None` without a card.
    pub fn pcsc_connect(&mut self) -> Option<Vec<u8>> {
        let card = self.card.as_mut()?;
        card.reset();
        self.powered = true;
        Some(contactless_atr(&TYPE_B_HISTORICAL))
    }

    /// PC/SC `SCardTransmit`: one whole APDU to the card (the driver does the CCID part).
    /// `None` when the card is gone, including a `remove_card_after_apdus` fault.
    pub fn pcsc_transmit(&mut self, apdu: &[u8]) -> Option<Vec<u8>> {
        if self.faults.remove_card_after_apdus == Some(self.apdu_count()) {
            self.faults.remove_card_after_apdus = None;
            self.remove_card();
        }
        if !self.powered {
            return None;
        }
        let card = self.card.as_mut()?;
        self.apdus += 1;
        Some(card.process(apdu))
    }

    pub fn apdu_count(&self) -> u32 {
        self.apdus + self.t1.apdus
    }

    /// A bulk OUT transfer from the host.
    pub fn bulk_out(&mut self, data: &[u8]) {
        self.out_buffer.extend_from_slice(data);
        while let Some(total) = Reply::announced_len(&self.out_buffer) {
            if self.out_buffer.len() < total {
                break;
            }
            let message: Vec<u8> = self.out_buffer.drain(..total).collect();
            self.handle(&message);
        }
    }

    /// A bulk IN transfer of at most `max_len` bytes; `None` while the reader has nothing (NAK).
    /// A transfer never spans two messages: each message ends with a short packet.
    pub fn bulk_in(&mut self, max_len: usize) -> Option<Vec<u8>> {
        let front = self.in_queue.front_mut()?;
        let whole_packets = (max_len / self.model.packet_size).max(1) * self.model.packet_size;
        let take = front.len().min(whole_packets).min(max_len.max(1));
        let chunk: Vec<u8> = front.drain(..take).collect();
        if front.is_empty() {
            self.in_queue.pop_front();
        }
        Some(chunk)
    }

    /// An interrupt IN transfer; `None` while nothing changed.
    pub fn interrupt_in(&mut self) -> Option<Vec<u8>> {
        self.interrupt_queue.pop_front()
    }

    fn icc_status(&self) -> IccStatus {
        match (&self.card, self.powered) {
            (None, _) => IccStatus::Absent,
            (Some(_), true) => IccStatus::Active,
            (Some(_), false) => IccStatus::Inactive,
        }
    }

    fn reply(
        &mut self,
        message_type: u8,
        seq: u8,
        command: CommandStatus,
        error: u8,
        specific: u8,
        data: Vec<u8>,
    ) {
        let status = status_byte(self.icc_status(), command);
        let bytes = Reply {
            message_type,
            slot: 0,
            seq,
            status,
            error,
            specific,
            data,
        }
        .to_bytes();
        if self.faults.repeat_previous_reply
            && let Some(previous) = self.last_reply.clone()
        {
            self.in_queue.push_back(previous);
        }
        self.last_reply = Some(bytes.clone());
        self.in_queue.push_back(bytes);
    }

    fn fail(&mut self, message_type: u8, seq: u8, error: SlotError) {
        self.reply(
            message_type,
            seq,
            CommandStatus::Failed,
            error.to_byte(),
            0,
            Vec::new(),
        );
    }

    fn handle(&mut self, message: &[u8]) {
        let (message_type, slot, seq) = (message[0], message[5], message[6]);
        let data = &message[HEADER_LEN..];
        if slot != 0 {
            return self.fail(RDR_TO_PC_SLOT_STATUS, seq, SlotError::BadParameter(5));
        }
        match message_type {
            PC_TO_RDR_ICC_POWER_ON => match self.card.as_mut() {
                Some(card) => {
                    card.reset();
                    self.t1.reset();
                    self.t1.faults = self.faults.t1.clone();
                    self.powered = true;
                    self.chained_command.clear();
                    self.pending_response.clear();
                    self.reply(
                        RDR_TO_PC_DATA_BLOCK,
                        seq,
                        CommandStatus::Ok,
                        0,
                        0,
                        contactless_atr(&TYPE_B_HISTORICAL),
                    );
                }
                None => self.fail(RDR_TO_PC_DATA_BLOCK, seq, SlotError::IccMute),
            },
            PC_TO_RDR_ICC_POWER_OFF => {
                self.powered = false;
                self.reply(
                    RDR_TO_PC_SLOT_STATUS,
                    seq,
                    CommandStatus::Ok,
                    0,
                    0,
                    Vec::new(),
                );
            }
            PC_TO_RDR_GET_SLOT_STATUS => self.reply(
                RDR_TO_PC_SLOT_STATUS,
                seq,
                CommandStatus::Ok,
                0,
                0,
                Vec::new(),
            ),
            PC_TO_RDR_SET_PARAMETERS => {
                let protocol = message[7];
                if protocol != 1 || !self.model.tpdu() || data.len() != 7 {
                    return self.fail(RDR_TO_PC_PARAMETERS, seq, SlotError::BadParameter(7));
                }
                self.reply(
                    RDR_TO_PC_PARAMETERS,
                    seq,
                    CommandStatus::Ok,
                    0,
                    1,
                    data.to_vec(),
                );
            }
            PC_TO_RDR_XFR_BLOCK if self.model.tpdu() => self.xfr_tpdu(seq, message[7], data),
            PC_TO_RDR_XFR_BLOCK => {
                let level = u16::from_le_bytes([message[8], message[9]]);
                self.xfr_block(seq, level, data);
            }
            _ => self.fail(RDR_TO_PC_SLOT_STATUS, seq, SlotError::CommandNotSupported),
        }
    }

    /// Faults injected before the card sees an exchange: the one-shot card removal (a card put
    /// back afterwards stays) and the configured time extensions. False when the card was taken
    /// away and the host has been answered with ICC_MUTE.
    fn inject_exchange_faults(&mut self, seq: u8) -> bool {
        if self.faults.remove_card_after_apdus == Some(self.apdu_count()) {
            self.faults.remove_card_after_apdus = None;
            self.remove_card();
            self.fail(RDR_TO_PC_DATA_BLOCK, seq, SlotError::IccMute);
            return false;
        }
        for _ in 0..self.faults.time_extensions_per_apdu {
            self.reply(
                RDR_TO_PC_DATA_BLOCK,
                seq,
                CommandStatus::TimeExtension,
                1,
                0,
                Vec::new(),
            );
        }
        true
    }

    /// TPDU level: one T=1 block to the card, one back (or ICC_MUTE when it stays silent).
    fn xfr_tpdu(&mut self, seq: u8, bwi: u8, block: &[u8]) {
        if self.card.is_none() || !self.powered {
            return self.fail(RDR_TO_PC_DATA_BLOCK, seq, SlotError::IccMute);
        }
        if !self.inject_exchange_faults(seq) {
            return;
        }
        if bwi != 0 {
            self.bwi_requests += 1;
        }
        let Some(card) = self.card.as_mut() else {
            return self.fail(RDR_TO_PC_DATA_BLOCK, seq, SlotError::IccMute);
        };
        match self.t1.receive(card.as_mut(), block) {
            CardAnswer::Block(answer) => self.reply(
                RDR_TO_PC_DATA_BLOCK,
                seq,
                CommandStatus::Ok,
                0,
                chain::COMPLETE,
                answer,
            ),
            CardAnswer::Mute => self.fail(RDR_TO_PC_DATA_BLOCK, seq, SlotError::IccMute),
        }
    }

    fn xfr_block(&mut self, seq: u8, level: u16, data: &[u8]) {
        if self.card.is_none() || !self.powered {
            return self.fail(RDR_TO_PC_DATA_BLOCK, seq, SlotError::IccMute);
        }
        let level = u8::try_from(level).unwrap_or(0xFF);
        match level {
            chain::EMPTY => {
                return match self.pending_response.pop_front() {
                    Some(part) => {
                        let state = if self.pending_response.is_empty() {
                            chain::END
                        } else {
                            chain::CONTINUE
                        };
                        self.reply(RDR_TO_PC_DATA_BLOCK, seq, CommandStatus::Ok, 0, state, part);
                    }
                    None => self.fail(RDR_TO_PC_DATA_BLOCK, seq, SlotError::BadParameter(8)),
                };
            }
            chain::BEGIN | chain::CONTINUE if self.model.extended() => {
                if level == chain::BEGIN {
                    self.chained_command.clear();
                }
                self.chained_command.extend_from_slice(data);
                return self.reply(
                    RDR_TO_PC_DATA_BLOCK,
                    seq,
                    CommandStatus::Ok,
                    0,
                    chain::EMPTY,
                    Vec::new(),
                );
            }
            chain::END if self.model.extended() => {
                let mut command = std::mem::take(&mut self.chained_command);
                command.extend_from_slice(data);
                return self.exchange_with_card(seq, &command);
            }
            chain::COMPLETE => {}
            _ => return self.fail(RDR_TO_PC_DATA_BLOCK, seq, SlotError::BadParameter(8)),
        }
        self.exchange_with_card(seq, data)
    }

    fn exchange_with_card(&mut self, seq: u8, apdu: &[u8]) {
        let extended_command = madoguchi_zairyu::apdu::is_extended_length(apdu);
        if extended_command && !self.model.extended() {
            return self.fail(RDR_TO_PC_DATA_BLOCK, seq, SlotError::BadParameter(10));
        }
        if !self.inject_exchange_faults(seq) {
            return;
        }
        self.apdus += 1;
        let Some(card) = self.card.as_mut() else {
            return self.fail(RDR_TO_PC_DATA_BLOCK, seq, SlotError::IccMute);
        };
        let response = card.process(apdu);
        let room =
            usize::try_from(self.model.max_message_length).unwrap_or(usize::MAX) - HEADER_LEN;
        if response.len() <= room {
            return self.reply(
                RDR_TO_PC_DATA_BLOCK,
                seq,
                CommandStatus::Ok,
                0,
                chain::COMPLETE,
                response,
            );
        }
        if !self.model.extended() {
            return self.fail(RDR_TO_PC_DATA_BLOCK, seq, SlotError::Overrun);
        }
        let mut parts: VecDeque<Vec<u8>> = response.chunks(room).map(<[u8]>::to_vec).collect();
        let first = parts.pop_front().unwrap_or_default();
        self.pending_response = parts;
        self.reply(
            RDR_TO_PC_DATA_BLOCK,
            seq,
            CommandStatus::Ok,
            0,
            chain::BEGIN,
            first,
        );
    }
}

/// Builds a raw message as a host would (used by tests of this simulator).
pub fn host_message(message_type: u8, seq: u8, data: &[u8]) -> Vec<u8> {
    message::command(message_type, 0, seq, [0; 3], data)
}

/// The host's bulk pipe wired straight to a simulated CCID reader (native tests, benchmarks).
pub struct SimPipe<'a>(pub &'a mut CcidReaderSim);

impl madoguchi_ccid::BulkPipe for SimPipe<'_> {
    async fn send(&mut self, data: &[u8]) -> Result<(), madoguchi_ccid::PipeError> {
        self.0.bulk_out(data);
        Ok(())
    }
    async fn receive(&mut self, max_len: usize) -> Result<Vec<u8>, madoguchi_ccid::PipeError> {
        Ok(self.0.bulk_in(max_len).unwrap_or_default())
    }
}
