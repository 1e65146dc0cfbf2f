//! The host side of a CCID reader: one slot, APDU-level exchanges.

use madoguchi_zairyu::apdu::is_extended_length;
use madoguchi_zairyu::{CardChannel, ChannelError, Response};

use crate::atr::{Atr, AtrError};
use crate::descriptor::{CcidDescriptor, ExchangeLevel};
use crate::link::{BlockFailure, LinkError};
use crate::message::{
    self, CommandStatus, HEADER_LEN, IccStatus, PC_TO_RDR_GET_SLOT_STATUS, PC_TO_RDR_ICC_POWER_OFF,
    PC_TO_RDR_ICC_POWER_ON, PC_TO_RDR_SET_PARAMETERS, RDR_TO_PC_DATA_BLOCK, RDR_TO_PC_PARAMETERS,
    RDR_TO_PC_SLOT_STATUS, Reply, ReplyError, SlotError, chain,
};
use crate::t1::{T1Error, T1Session, T1Stats, TpduLink, atr_t1_parameters};

/// Failures of the USB pipe itself.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PipeError {
    #[error("the reader was unplugged")]
    Disconnected,
    #[error("the endpoint stalled")]
    Stall,
    #[error("USB transfer failed: {0}")]
    Transfer(String),
}

/// A bulk OUT / bulk IN endpoint pair (WebUSB in the browser, a simulator in tests).
#[allow(async_fn_in_trait)] // Browser pipes are !Send; no Send bound wanted.
pub trait BulkPipe {
    async fn send(&mut self, data: &[u8]) -> Result<(), PipeError>;
    /// One bulk IN transfer of at most `max_len` bytes (may return less, or nothing).
    async fn receive(&mut self, max_len: usize) -> Result<Vec<u8>, PipeError>;
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CcidError {
    #[error(transparent)]
    Pipe(#[from] PipeError),
    #[error("malformed reply: {0}")]
    Reply(#[from] ReplyError),
    #[error("no card on the reader")]
    CardAbsent,
    #[error("the card does not answer (moved away?)")]
    CardMute,
    #[error("the reader reported {0:?}")]
    Failed(SlotError),
    #[error("the card asked for more time too often")]
    TooManyTimeExtensions,
    #[error("unexpected reply type {0:#04x}")]
    UnexpectedMessage(u8),
    #[error("replies out of sequence")]
    SequenceLost,
    #[error("the reader sent nothing")]
    NoReply,
    #[error("reply of {0} bytes exceeds what the reader announced")]
    ReplyTooLong(usize),
    #[error("{0:?}-level readers are not supported")]
    UnsupportedLevel(ExchangeLevel),
    #[error("this reader cannot send extended-length APDUs")]
    ExtendedNotSupported,
    #[error(transparent)]
    Atr(#[from] AtrError),
    #[error("T=1: {0}")]
    T1(#[from] T1Error),
    #[error("the card does not offer T=1, the only protocol done at TPDU level")]
    NoT1,
}

impl From<CcidError> for ChannelError {
    fn from(error: CcidError) -> Self {
        match error {
            CcidError::CardAbsent | CcidError::CardMute => ChannelError::CardRemoved,
            CcidError::TooManyTimeExtensions | CcidError::NoReply => ChannelError::Timeout,
            CcidError::ExtendedNotSupported => ChannelError::ExtendedNotSupported,
            CcidError::T1(T1Error::TooManyWtx) => ChannelError::Timeout,
            CcidError::Reply(e) => ChannelError::Malformed(e.to_string()),
            other => ChannelError::Transport(other.to_string()),
        }
    }
}

/// Traffic counters, for the protocol-overhead benchmark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct TransferStats {
    pub bulk_out_transfers: u32,
    pub bulk_in_transfers: u32,
    pub bytes_out: u64,
    pub bytes_in: u64,
    pub time_extensions: u32,
    pub discarded_replies: u32,
}

/// Limits that keep a misbehaving reader from hanging the page.
const MAX_TIME_EXTENSIONS: u32 = 300;
const MAX_DISCARDED_REPLIES: u32 = 10;
const MAX_EMPTY_READS: u32 = 50;

/// A CCID reader slot driven over a [`BulkPipe`].
pub struct CcidReader<P> {
    pipe: P,
    slot: u8,
    seq: u8,
    level: ExchangeLevel,
    /// `dwMaxCCIDMessageLength`, header included.
    max_message: usize,
    atr: Option<Atr>,
    stats: TransferStats,
    features: u32,
    max_ifsd: u32,
    /// The T=1 session of a TPDU-level reader (after power-on).
    t1: Option<T1Session>,
}

/// `dwFeatures`: the reader negotiates IFSD itself (CCID §5.1, 0x00000400).
const FEATURE_AUTO_IFSD: u32 = 0x0000_0400;

impl<P: BulkPipe> CcidReader<P> {
    pub fn new(pipe: P, descriptor: &CcidDescriptor) -> Self {
        let max_message = usize::try_from(descriptor.max_message_length)
            .unwrap_or(usize::MAX)
            .max(HEADER_LEN + 5);
        CcidReader {
            pipe,
            slot: 0,
            seq: 0,
            level: descriptor.exchange_level,
            max_message,
            atr: None,
            stats: TransferStats::default(),
            features: descriptor.features,
            max_ifsd: descriptor.max_ifsd,
            t1: None,
        }
    }

    /// A CCID-framed pipe without a class descriptor, for vendor interfaces that only carry
    /// `PC_to_RDR_Escape` (Sony RC-S300 interface 1): messages up to `max_message` bytes.
    pub fn for_escape(pipe: P, max_message: usize) -> Self {
        CcidReader {
            pipe,
            slot: 0,
            seq: 0,
            level: ExchangeLevel::ShortApdu,
            max_message: max_message.max(HEADER_LEN + 5),
            atr: None,
            stats: TransferStats::default(),
            features: 0,
            max_ifsd: 0,
            t1: None,
        }
    }

    /// `PC_to_RDR_Escape` → `RDR_to_PC_Escape`: a vendor command and its answer.
    pub async fn escape(&mut self, data: &[u8]) -> Result<Vec<u8>, CcidError> {
        let seq = self.next_seq();
        let message = message::command(message::PC_TO_RDR_ESCAPE, self.slot, seq, [0; 3], data);
        Ok(self
            .exchange(message, seq, message::RDR_TO_PC_ESCAPE)
            .await?
            .data)
    }

    /// Counters of the T=1 layer (TPDU-level readers only).
    pub fn t1_stats(&self) -> Option<T1Stats> {
        self.t1.as_ref().map(T1Session::stats)
    }

    pub fn exchange_level(&self) -> ExchangeLevel {
        self.level
    }

    pub fn stats(&self) -> TransferStats {
        self.stats
    }

    pub fn atr(&self) -> Option<&Atr> {
        self.atr.as_ref()
    }

    pub fn into_pipe(self) -> P {
        self.pipe
    }

    fn next_seq(&mut self) -> u8 {
        let seq = self.seq;
        self.seq = self.seq.wrapping_add(1);
        seq
    }

    /// Whether a card is present (and powered).
    pub async fn slot_status(&mut self) -> Result<IccStatus, CcidError> {
        let seq = self.next_seq();
        let message = message::command(PC_TO_RDR_GET_SLOT_STATUS, self.slot, seq, [0; 3], &[]);
        let reply = self.exchange(message, seq, RDR_TO_PC_SLOT_STATUS).await;
        match reply {
            Ok(reply) => Ok(reply.icc_status()),
            Err(CcidError::CardAbsent) => Ok(IccStatus::Absent),
            Err(other) => Err(other),
        }
    }

    /// Powers the card and returns its ATR. APDU exchanges need a prior power-on.
    /// At TPDU level this also sets the T=1 parameters and negotiates IFSD with the card.
    pub async fn power_on(&mut self) -> Result<Atr, CcidError> {
        if self.level == ExchangeLevel::Character {
            return Err(CcidError::UnsupportedLevel(self.level));
        }
        self.t1 = None;
        let seq = self.next_seq();
        let message = message::command(PC_TO_RDR_ICC_POWER_ON, self.slot, seq, [0; 3], &[]);
        let reply = self.exchange(message, seq, RDR_TO_PC_DATA_BLOCK).await?;
        let atr = Atr::parse(&reply.data)?;
        if self.level == ExchangeLevel::Tpdu {
            self.start_t1(&atr).await?;
        }
        self.atr = Some(atr.clone());
        Ok(atr)
    }

    /// TPDU level: PC_to_RDR_SetParameters(T=1), then S(IFS request) unless the reader does it.
    async fn start_t1(&mut self, atr: &Atr) -> Result<(), CcidError> {
        if !atr.protocols.contains(&1) {
            return Err(CcidError::NoT1);
        }
        let (ifsc, crc) = atr_t1_parameters(&atr.raw);
        if crc {
            return Err(CcidError::T1(T1Error::CrcNotSupported));
        }
        let seq = self.next_seq();
        let parameters = message::t1_parameters(0x11, 0, ifsc);
        let message = message::command(
            PC_TO_RDR_SET_PARAMETERS,
            self.slot,
            seq,
            [1, 0, 0],
            &parameters,
        );
        match self.exchange(message, seq, RDR_TO_PC_PARAMETERS).await {
            // Readers that configure themselves from the ATR may refuse the command.
            Ok(_) | Err(CcidError::Failed(SlotError::CommandNotSupported)) => {}
            Err(other) => return Err(other),
        }
        let ifsd = u8::try_from(self.max_ifsd.clamp(1, 254)).unwrap_or(254);
        let mut session = T1Session::new(ifsc, ifsd);
        if self.features & FEATURE_AUTO_IFSD == 0 {
            session
                .negotiate_ifsd(&mut XfrLink(self))
                .await
                .map_err(unblock)?;
        }
        self.t1 = Some(session);
        Ok(())
    }

    /// Sends one T=1 block in an XfrBlock and returns the card's block.
    async fn xfr_tpdu(&mut self, block: &[u8], bwi: u8) -> Result<Vec<u8>, CcidError> {
        let seq = self.next_seq();
        let message = message::xfr_block_bwi(self.slot, seq, bwi, 0, block);
        Ok(self
            .exchange(message, seq, RDR_TO_PC_DATA_BLOCK)
            .await?
            .data)
    }

    pub async fn power_off(&mut self) -> Result<(), CcidError> {
        let seq = self.next_seq();
        let message = message::command(PC_TO_RDR_ICC_POWER_OFF, self.slot, seq, [0; 3], &[]);
        self.atr = None;
        match self.exchange(message, seq, RDR_TO_PC_SLOT_STATUS).await {
            Ok(_) | Err(CcidError::CardAbsent | CcidError::CardMute) => Ok(()),
            Err(other) => Err(other),
        }
    }

    /// Sends a command APDU and returns the raw response (data + SW1 SW2).
    pub async fn transmit_apdu(&mut self, apdu: &[u8]) -> Result<Vec<u8>, CcidError> {
        if self.level == ExchangeLevel::Tpdu {
            // T=1 chains any length; whether the card takes extended APDUs is its business.
            let mut session = self.t1.take().ok_or(CcidError::CardMute)?;
            let result = session.transceive(&mut XfrLink(self), apdu).await;
            self.t1 = Some(session);
            return result.map_err(unblock);
        }
        if is_extended_length(apdu) && self.level != ExchangeLevel::ShortAndExtendedApdu {
            return Err(CcidError::ExtendedNotSupported);
        }
        let room = self.max_message - HEADER_LEN;
        let first = if apdu.len() <= room {
            let seq = self.next_seq();
            self.exchange(
                message::xfr_block(self.slot, seq, 0, apdu),
                seq,
                RDR_TO_PC_DATA_BLOCK,
            )
            .await?
        } else {
            self.send_chained(apdu, room).await?
        };
        self.collect_chained_response(first).await
    }

    /// APDU-level extended exchange, command side (CCID §6.1.4, wLevelParameter 1/3/2).
    async fn send_chained(&mut self, apdu: &[u8], room: usize) -> Result<Reply, CcidError> {
        let parts: Vec<&[u8]> = apdu.chunks(room).collect();
        let last = parts.len() - 1;
        let mut reply = None;
        for (index, part) in parts.into_iter().enumerate() {
            let level = match index {
                0 => chain::BEGIN,
                i if i == last => chain::END,
                _ => chain::CONTINUE,
            };
            let seq = self.next_seq();
            let answer = self
                .exchange(
                    message::xfr_block(self.slot, seq, u16::from(level), part),
                    seq,
                    RDR_TO_PC_DATA_BLOCK,
                )
                .await?;
            if index != last && answer.specific != chain::EMPTY {
                return Err(CcidError::UnexpectedMessage(answer.specific));
            }
            reply = Some(answer);
        }
        reply.ok_or(CcidError::NoReply)
    }

    /// APDU-level extended exchange, response side (bChainParameter 1/3 → ask for more).
    async fn collect_chained_response(&mut self, first: Reply) -> Result<Vec<u8>, CcidError> {
        let mut data = first.data;
        let mut chain_state = first.specific;
        while chain_state == chain::BEGIN || chain_state == chain::CONTINUE {
            let seq = self.next_seq();
            let message = message::xfr_block(self.slot, seq, u16::from(chain::EMPTY), &[]);
            let next = self.exchange(message, seq, RDR_TO_PC_DATA_BLOCK).await?;
            data.extend_from_slice(&next.data);
            chain_state = next.specific;
        }
        Ok(data)
    }

    /// Sends one message and reads its reply, skipping stale replies and time extensions.
    async fn exchange(
        &mut self,
        message: Vec<u8>,
        seq: u8,
        expected_type: u8,
    ) -> Result<Reply, CcidError> {
        self.stats.bulk_out_transfers += 1;
        self.stats.bytes_out += message.len() as u64;
        self.pipe.send(&message).await?;
        let mut discarded = 0;
        let mut time_extensions = 0;
        loop {
            let reply = self.read_message().await?;
            if reply.seq != seq || reply.slot != self.slot {
                self.stats.discarded_replies += 1;
                discarded += 1;
                if discarded > MAX_DISCARDED_REPLIES {
                    return Err(CcidError::SequenceLost);
                }
                continue;
            }
            match reply.command_status() {
                CommandStatus::TimeExtension => {
                    self.stats.time_extensions += 1;
                    time_extensions += 1;
                    if time_extensions > MAX_TIME_EXTENSIONS {
                        return Err(CcidError::TooManyTimeExtensions);
                    }
                    continue;
                }
                CommandStatus::Failed => {
                    return Err(match (reply.icc_status(), reply.slot_error()) {
                        (IccStatus::Absent, _) => CcidError::CardAbsent,
                        (_, SlotError::IccMute) => CcidError::CardMute,
                        (_, error) => CcidError::Failed(error),
                    });
                }
                CommandStatus::Ok | CommandStatus::Reserved => {}
            }
            if reply.message_type != expected_type {
                return Err(CcidError::UnexpectedMessage(reply.message_type));
            }
            return Ok(reply);
        }
    }

    /// Reads bulk IN transfers until one whole message has arrived.
    async fn read_message(&mut self) -> Result<Reply, CcidError> {
        let mut buffer: Vec<u8> = Vec::new();
        let mut empty_reads = 0;
        loop {
            if let Some(total) = Reply::announced_len(&buffer) {
                if total > self.max_message.max(HEADER_LEN + 65_538) {
                    return Err(CcidError::ReplyTooLong(total));
                }
                if buffer.len() >= total {
                    // Bytes after the message (a reader glitch) are dropped with it.
                    buffer.truncate(total);
                    return Ok(Reply::parse(&buffer)?);
                }
            }
            let chunk = self.pipe.receive(self.max_message).await?;
            self.stats.bulk_in_transfers += 1;
            self.stats.bytes_in += chunk.len() as u64;
            if chunk.is_empty() {
                empty_reads += 1;
                if empty_reads > MAX_EMPTY_READS {
                    return Err(CcidError::NoReply);
                }
                continue;
            }
            buffer.extend_from_slice(&chunk);
        }
    }
}

/// The T=1 layer's view of a TPDU-level reader: one block per XfrBlock. The reader reports a
/// card that stays silent for BWT as `ICC_MUTE` with the card still present, and receive errors
/// as parity/overrun errors; those are worth an R-block. Anything else ends the exchange.
struct XfrLink<'a, P>(&'a mut CcidReader<P>);

impl<P: BulkPipe> TpduLink for XfrLink<'_, P> {
    type Error = CcidError;
    async fn exchange_block(
        &mut self,
        block: &[u8],
        wtx: u8,
    ) -> Result<Vec<u8>, LinkError<CcidError>> {
        // bBWI 0 means "the usual BWT"; only an S(WTX) multiplier is passed on.
        let bwi = if wtx <= 1 { 0 } else { wtx };
        match self.0.xfr_tpdu(block, bwi).await {
            Ok(data) => Ok(data),
            Err(CcidError::CardMute) => Err(LinkError::NoResponse),
            Err(CcidError::Failed(SlotError::ParityError | SlotError::Overrun)) => {
                Err(LinkError::Corrupted)
            }
            Err(other) => Err(LinkError::Fatal(other)),
        }
    }
}

fn unblock(failure: BlockFailure<CcidError, T1Error>) -> CcidError {
    match failure {
        BlockFailure::Link(e) => e,
        BlockFailure::Protocol(e) => CcidError::T1(e),
    }
}

impl<P: BulkPipe> CardChannel for CcidReader<P> {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        if self.atr.is_none() {
            self.power_on().await?;
        }
        let raw = self.transmit_apdu(apdu).await?;
        Response::from_raw(&raw)
            .map_err(|e| ChannelError::Malformed(format!("response of {} bytes", e.0)))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::collections::VecDeque;

    use madoguchi_zairyu::block_on;

    use super::*;
    use crate::message::{RDR_TO_PC_ESCAPE, status_byte};

    /// A pipe that records what the host sends and plays back scripted bulk IN chunks.
    #[derive(Default)]
    struct ScriptedPipe {
        sent: Vec<Vec<u8>>,
        chunks: VecDeque<Result<Vec<u8>, PipeError>>,
    }

    impl BulkPipe for ScriptedPipe {
        async fn send(&mut self, data: &[u8]) -> Result<(), PipeError> {
            self.sent.push(data.to_vec());
            Ok(())
        }
        async fn receive(&mut self, max_len: usize) -> Result<Vec<u8>, PipeError> {
            match self.chunks.pop_front() {
                Some(Ok(mut chunk)) => {
                    if chunk.len() > max_len {
                        let rest = chunk.split_off(max_len);
                        self.chunks.push_front(Ok(rest));
                    }
                    Ok(chunk)
                }
                Some(Err(e)) => Err(e),
                None => Ok(Vec::new()),
            }
        }
    }

    fn data_block(seq: u8, status: u8, error: u8, chain: u8, data: &[u8]) -> Vec<u8> {
        Reply {
            message_type: RDR_TO_PC_DATA_BLOCK,
            slot: 0,
            seq,
            status,
            error,
            specific: chain,
            data: data.to_vec(),
        }
        .to_bytes()
    }

    fn ok(seq: u8, data: &[u8]) -> Vec<u8> {
        data_block(seq, 0, 0, chain::COMPLETE, data)
    }

    fn reader(
        level: ExchangeLevel,
        max_message: u32,
        chunks: Vec<Vec<u8>>,
    ) -> CcidReader<ScriptedPipe> {
        let descriptor = CcidDescriptor {
            interface_number: 0,
            interface_class: 0xFF,
            bcd_ccid: 0x110,
            max_slot_index: 0,
            protocols: 2,
            max_ifsd: 254,
            features: 0,
            max_message_length: max_message,
            exchange_level: level,
            bulk_in: Some(1),
            bulk_out: Some(1),
            interrupt_in: None,
        };
        let pipe = ScriptedPipe {
            sent: Vec::new(),
            chunks: chunks.into_iter().map(Ok).collect(),
        };
        CcidReader::new(pipe, &descriptor)
    }

    const ATR: [u8; 5] = [0x3b, 0x80, 0x80, 0x01, 0x01];

    #[test]
    fn powers_on_and_exchanges_an_apdu() {
        let mut r = reader(
            ExchangeLevel::ShortApdu,
            271,
            vec![ok(0, &ATR), ok(1, &[0xAB, 0x90, 0x00])],
        );
        let response = block_on(r.transmit(&[0x00, 0x84, 0x00, 0x00, 0x08])).unwrap();
        assert_eq!(response.data, [0xAB]);
        assert_eq!(response.sw, 0x9000);
        let sent = &r.pipe.sent;
        assert_eq!(sent[0][0], PC_TO_RDR_ICC_POWER_ON);
        assert_eq!(
            sent[1],
            [
                0x6F, 5, 0, 0, 0, 0, 1, 0, 0, 0, 0x00, 0x84, 0x00, 0x00, 0x08
            ]
        );
        assert_eq!(r.stats().bulk_out_transfers, 2);
    }

    #[test]
    fn reassembles_replies_split_into_64_byte_packets() {
        let payload: Vec<u8> = (0..=255u8).chain([0x90, 0x00]).collect();
        let reply = ok(1, &payload);
        let packets: Vec<Vec<u8>> = reply.chunks(64).map(<[u8]>::to_vec).collect();
        let mut chunks = vec![ok(0, &ATR)];
        chunks.extend(packets);
        let mut r = reader(ExchangeLevel::ShortApdu, 271, chunks);
        let response = block_on(r.transmit(&[0, 0xB0, 0, 0, 0])).unwrap();
        assert_eq!(response.data.len(), 256);
        assert_eq!(r.stats().bulk_in_transfers, 1 + 5);
    }

    #[test]
    fn waits_through_time_extensions_and_skips_stale_sequence_numbers() {
        let extension = data_block(
            1,
            status_byte(IccStatus::Active, CommandStatus::TimeExtension),
            3,
            0,
            &[],
        );
        let stale = ok(0, &[0x6A, 0x82]);
        let chunks = vec![
            ok(0, &ATR),
            stale,
            extension.clone(),
            extension,
            ok(1, &[0x90, 0x00]),
        ];
        let mut r = reader(ExchangeLevel::ShortApdu, 271, chunks);
        let response = block_on(r.transmit(&[0, 0xA4, 0, 0, 2, 0x3F, 0x00])).unwrap();
        assert_eq!(response.sw, 0x9000);
        assert_eq!(r.stats().time_extensions, 2);
        assert_eq!(r.stats().discarded_replies, 1);
    }

    #[test]
    fn a_storm_of_time_extensions_ends_in_a_timeout() {
        let extension = data_block(
            1,
            status_byte(IccStatus::Active, CommandStatus::TimeExtension),
            1,
            0,
            &[],
        );
        let mut chunks = vec![ok(0, &ATR)];
        chunks.extend(std::iter::repeat_n(extension, 400));
        let mut r = reader(ExchangeLevel::ShortApdu, 271, chunks);
        assert_eq!(
            block_on(r.transmit(&[0, 0x84, 0, 0, 8])),
            Err(ChannelError::Timeout)
        );
    }

    #[test]
    fn a_removed_card_is_reported_as_such() {
        let failed = status_byte(IccStatus::Active, CommandStatus::Failed);
        let absent = status_byte(IccStatus::Absent, CommandStatus::Failed);
        let mut mute = reader(
            ExchangeLevel::ShortApdu,
            271,
            vec![ok(0, &ATR), data_block(1, failed, 0xFE, 0, &[])],
        );
        assert_eq!(
            block_on(mute.transmit(&[0, 0x84, 0, 0, 8])),
            Err(ChannelError::CardRemoved)
        );
        let mut gone = reader(
            ExchangeLevel::ShortApdu,
            271,
            vec![data_block(0, absent, 0xFE, 0, &[])],
        );
        assert_eq!(
            block_on(gone.transmit(&[0, 0x84, 0, 0, 8])),
            Err(ChannelError::CardRemoved)
        );
        let mut silent = reader(ExchangeLevel::ShortApdu, 271, vec![]);
        assert_eq!(
            block_on(silent.transmit(&[0, 0x84, 0, 0, 8])),
            Err(ChannelError::Timeout)
        );
    }

    #[test]
    fn extended_apdus_need_an_extended_reader_and_are_chained_when_long() {
        let extended_read = [0x0C, 0xB0, 0x81, 0x00, 0x00, 0x00, 0x00];
        let mut short = reader(ExchangeLevel::ShortApdu, 271, vec![ok(0, &ATR)]);
        assert_eq!(
            block_on(short.transmit(&extended_read)),
            Err(ChannelError::ExtendedNotSupported)
        );

        // A 40-byte command through a reader taking 30-byte messages: 20 + 20 bytes of data,
        // and a response in two parts.
        let command: Vec<u8> = (0..40u8).collect();
        let chunks = vec![
            ok(0, &ATR),
            data_block(1, 0, 0, chain::EMPTY, &[]),
            data_block(2, 0, 0, chain::BEGIN, &[1, 2, 3]),
            data_block(3, 0, 0, chain::END, &[4, 0x90, 0x00]),
        ];
        let mut extended = reader(ExchangeLevel::ShortAndExtendedApdu, 30, chunks);
        let response = block_on(extended.transmit(&command)).unwrap();
        assert_eq!(response.data, [1, 2, 3, 4]);
        let sent = &extended.pipe.sent;
        assert_eq!(sent.len(), 4);
        assert_eq!((sent[1][8], sent[1].len() - HEADER_LEN), (chain::BEGIN, 20));
        assert_eq!((sent[2][8], sent[2].len() - HEADER_LEN), (chain::END, 20));
        assert_eq!((sent[3][8], sent[3].len()), (chain::EMPTY, HEADER_LEN));
    }

    #[test]
    fn character_readers_are_refused_clearly() {
        let mut character = reader(ExchangeLevel::Character, 271, vec![]);
        assert_eq!(
            block_on(character.power_on()),
            Err(CcidError::UnsupportedLevel(ExchangeLevel::Character))
        );
    }

    #[test]
    fn tpdu_readers_set_t1_parameters_negotiate_ifsd_and_carry_blocks() {
        use crate::t1::{Block, SKind};
        let atr = crate::atr::contactless_atr(&[0; 8]);
        let parameters = Reply {
            message_type: RDR_TO_PC_PARAMETERS,
            slot: 0,
            seq: 1,
            status: 0,
            error: 0,
            specific: 1,
            data: message::t1_parameters(0x11, 0, 32).to_vec(),
        }
        .to_bytes();
        let ifs = Block::S {
            response: true,
            kind: SKind::Ifs,
            inf: vec![254],
        }
        .to_bytes();
        let answer = Block::I {
            ns: false,
            more: false,
            inf: vec![0xAB, 0x90, 0x00],
        }
        .to_bytes();
        let mute = data_block(
            3,
            status_byte(IccStatus::Active, CommandStatus::Failed),
            0xFE,
            0,
            &[],
        );
        let chunks = vec![ok(0, &atr), parameters, ok(2, &ifs), mute, ok(4, &answer)];
        let mut r = reader(ExchangeLevel::Tpdu, 271, chunks);
        let response = block_on(r.transmit(&[0x00, 0x84, 0x00, 0x00, 0x01])).unwrap();
        assert_eq!((response.data, response.sw), (vec![0xAB], 0x9000));
        let sent = &r.pipe.sent;
        assert_eq!(sent[1][0], PC_TO_RDR_SET_PARAMETERS);
        assert_eq!(sent[1][7], 1, "bProtocolNum T=1");
        assert_eq!(sent[2][HEADER_LEN..], [0x00, 0xC1, 0x01, 0xFE, 0x3E]);
        // The mute card got an R-block asking again for block 0.
        assert_eq!(sent[4][HEADER_LEN..], [0x00, 0x82, 0x00, 0x82]);
        assert_eq!(r.t1_stats().map(|s| s.r_blocks_sent), Some(1));
    }

    #[test]
    fn garbage_from_the_reader_never_panics() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..2000 {
            let mut chunks = vec![ok(0, &ATR)];
            for _ in 0..3 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let len = usize::try_from(seed % 40).unwrap_or(0);
                let mut bytes: Vec<u8> = seed
                    .to_le_bytes()
                    .iter()
                    .cycle()
                    .take(len)
                    .copied()
                    .collect();
                if let Some(first) = bytes.first_mut() {
                    *first = if seed.is_multiple_of(3) {
                        RDR_TO_PC_ESCAPE
                    } else {
                        RDR_TO_PC_DATA_BLOCK
                    };
                }
                chunks.push(bytes);
            }
            let mut r = reader(ExchangeLevel::ShortAndExtendedApdu, 64, chunks);
            let _ = block_on(r.transmit(&[0, 0x84, 0, 0, 8]));
        }
    }
}
