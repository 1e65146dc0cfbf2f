//! Sony PaSoRi readers whose USB interface a web page may claim (vendor class 0xFF):
//!
//! - [`Rcs300Channel`]: RC-S300 (054C:0DC8 / 0DC9) **interface 1** (bulk OUT 0x02, IN 0x82):
//!   CCID-framed `PC_to_RDR_Escape` (0x6B → 0x83) carrying PC/SC part 3 pseudo-APDUs — start
//!   the transparent session (`FF 50 00 00 02 81 00`), RF on (`84 00`), switch protocol to
//!   ISO/IEC 14443 Type B layer 2 (`FF 50 00 02 04 8F 02 01 02`), then raw frames through
//!   Transceive (`FF 50 00 01 00 Lc 5F 46 04 <timeout µs LE> 95 82 <len> <frame> 00 00 00`),
//!   answered by data objects `C0` (status), `92`, `96` (response status), `97` (frame), `90 00`.
//!   WUPB/ATTRIB and ISO-DEP are ours ([`crate::iso14443`]).
//! - [`Rcs380Channel`]: RC-S380 (054C:06C1 / 06C3) "Port-100" frames on its only interface
//!   (bulk OUT 0x02, IN 0x81): `00 00 FF FF FF LEN(LE) LCS D6 cmd … DCS 00`, an ACK frame
//!   `00 00 FF 00 FF 00` before every answer `D7 cmd+1 …`; SetCommandType, SwitchRF,
//!   InSetRF (106 kbit/s Type B), InSetProtocol, InCommRF — as public RC-S380 WebUSB code for
//!   the My Number card does; then the same Type B activation and ISO-DEP.
//!
//! VERIFIED ONLY IN SIMULATION. The pseudo-APDU bytes follow public RC-S300 code that reads
//! FeliCa (not Type B), the switch to Type B layer 2 and the error objects are our reading of
//! PC/SC part 3; the Port-100 command codes and InSetProtocol values follow public RC-S380 code.
//! None of it was run against a reader: the simulators in `madoguchi-reader-sim` were written
//! from the same understanding, so a shared misunderstanding would pass the tests.

use madoguchi_zairyu::{CardChannel, ChannelError, Response};

use crate::atr::contactless_atr;
use crate::host::{BulkPipe, CcidError, CcidReader, PipeError, TransferStats};
use crate::iso14443::{IsoDep, IsoDepError, IsoDepStats, RfLink, TypeBCard, activate_type_b};
use crate::link::{BlockFailure, LinkError};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SonyError {
    #[error(transparent)]
    Ccid(#[from] CcidError),
    #[error(transparent)]
    Pipe(#[from] PipeError),
    #[error("ISO/IEC 14443: {0}")]
    IsoDep(#[from] IsoDepError),
    #[error("the reader refused command {command:#04x} (status {status:#06x})")]
    Refused { command: u8, status: u32 },
    #[error("malformed answer from the reader: {0}")]
    Malformed(&'static str),
    #[error("the reader sent nothing")]
    NoReply,
}

impl From<SonyError> for ChannelError {
    fn from(error: SonyError) -> Self {
        match error {
            SonyError::Ccid(e) => e.into(),
            SonyError::IsoDep(IsoDepError::NoCard | IsoDepError::RetriesExhausted) => {
                ChannelError::CardRemoved
            }
            SonyError::IsoDep(IsoDepError::TooManyWtx) | SonyError::NoReply => {
                ChannelError::Timeout
            }
            SonyError::Malformed(what) => ChannelError::Malformed(what.to_owned()),
            other => ChannelError::Transport(other.to_string()),
        }
    }
}

fn unblock(failure: BlockFailure<SonyError, IsoDepError>) -> SonyError {
    match failure {
        BlockFailure::Link(e) => e,
        BlockFailure::Protocol(e) => SonyError::IsoDep(e),
    }
}

// ---------------------------------------------------------------------------------------------
// RC-S300 interface 1

/// USB facts of the RC-S300 vendor interface, for the browser adapter.
pub mod rcs300 {
    pub const VENDOR_ID: u16 = 0x054C;
    pub const PRODUCT_IDS: [u16; 2] = [0x0DC8, 0x0DC9];
    pub const INTERFACE: u8 = 1;
    pub const BULK_OUT: u8 = 0x02;
    pub const BULK_IN: u8 = 0x02; // endpoint number of IN 0x82
    /// Largest message we read (header + pseudo-APDU answer).
    pub const MAX_MESSAGE: usize = 290;

    pub const START_TRANSPARENT: [u8; 8] = [0xFF, 0x50, 0x00, 0x00, 0x02, 0x81, 0x00, 0x00];
    pub const END_TRANSPARENT: [u8; 8] = [0xFF, 0x50, 0x00, 0x00, 0x02, 0x82, 0x00, 0x00];
    pub const RF_OFF: [u8; 8] = [0xFF, 0x50, 0x00, 0x00, 0x02, 0x83, 0x00, 0x00];
    pub const RF_ON: [u8; 8] = [0xFF, 0x50, 0x00, 0x00, 0x02, 0x84, 0x00, 0x00];
    /// Switch protocol: ISO/IEC 14443 Type B (01), layer 2 (02) — raw frames, CRC by the reader.
    pub const SWITCH_TYPE_B: [u8; 10] =
        [0xFF, 0x50, 0x00, 0x02, 0x04, 0x8F, 0x02, 0x01, 0x02, 0x00];

    /// Transceive pseudo-APDU for one frame.
    pub fn transceive(frame: &[u8], timeout_us: u32) -> Vec<u8> {
        let frame_len = u16::try_from(frame.len()).unwrap_or(u16::MAX);
        let body_len = u16::try_from(frame.len() + 11).unwrap_or(u16::MAX);
        let mut out = vec![0xFF, 0x50, 0x00, 0x01, 0x00];
        out.extend_from_slice(&body_len.to_be_bytes());
        out.extend_from_slice(&[0x5F, 0x46, 0x04]);
        out.extend_from_slice(&timeout_us.to_le_bytes());
        out.extend_from_slice(&[0x95, 0x82]);
        out.extend_from_slice(&frame_len.to_be_bytes());
        out.extend_from_slice(frame);
        out.extend_from_slice(&[0x00, 0x00, 0x00]);
        out
    }
}

/// What a transparent-session answer says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransparentAnswer {
    /// SW of the `C0` generic error status object (0x9000 when fine).
    pub status: u16,
    /// First byte of the `96` response status object (0 when the frame arrived intact).
    pub response_status: u8,
    pub frame: Option<Vec<u8>>,
    /// The pseudo-APDU's own SW.
    pub sw: u16,
}

/// Parses `C0 03 xx SW1 SW2 | 92 … | 96 02 s 00 | 97 len frame | SW1 SW2` (lengths 1, 81 xx or
/// 82 xx xx). Never panics.
pub fn parse_transparent(answer: &[u8]) -> Result<TransparentAnswer, SonyError> {
    if answer.len() < 2 {
        return Err(SonyError::Malformed("answer shorter than a status word"));
    }
    let (objects, sw) = answer.split_at(answer.len() - 2);
    let sw = u16::from_be_bytes([sw[0], sw[1]]);
    let mut parsed = TransparentAnswer {
        status: 0x9000,
        response_status: 0,
        frame: None,
        sw,
    };
    let mut rest = objects;
    while let Some((&tag, after)) = rest.split_first() {
        let (len, after) = match after.split_first() {
            Some((&0x81, tail)) => (
                usize::from(*tail.first().ok_or(SonyError::Malformed("length"))?),
                &tail[1..],
            ),
            Some((&0x82, tail)) => {
                let bytes = tail.get(..2).ok_or(SonyError::Malformed("length"))?;
                (
                    usize::from(u16::from_be_bytes([bytes[0], bytes[1]])),
                    &tail[2..],
                )
            }
            Some((&len, tail)) if len < 0x80 => (usize::from(len), tail),
            _ => return Err(SonyError::Malformed("length")),
        };
        let value = after
            .get(..len)
            .ok_or(SonyError::Malformed("object longer than the answer"))?;
        match tag {
            0xC0 if len == 3 => parsed.status = u16::from_be_bytes([value[1], value[2]]),
            0x96 if len >= 1 => parsed.response_status = value[0],
            0x97 => parsed.frame = Some(value.to_vec()),
            _ => {}
        }
        rest = &after[len..];
    }
    Ok(parsed)
}

/// The ISO 14443-4 card behind an RC-S300's vendor interface, as a [`CardChannel`].
pub struct Rcs300Channel<P> {
    ccid: CcidReader<P>,
    card: Option<TypeBCard>,
    session: Option<IsoDep>,
}

struct Rcs300Link<'a, P>(&'a mut CcidReader<P>);

impl<P: BulkPipe> RfLink for Rcs300Link<'_, P> {
    type Error = SonyError;
    async fn transceive(
        &mut self,
        frame: &[u8],
        timeout_us: u32,
    ) -> Result<Vec<u8>, LinkError<SonyError>> {
        let answer = self
            .0
            .escape(&rcs300::transceive(frame, timeout_us))
            .await
            .map_err(|e| LinkError::Fatal(e.into()))?;
        let parsed = parse_transparent(&answer).map_err(LinkError::Fatal)?;
        match (parsed.status, parsed.response_status, parsed.frame) {
            // PC/SC part 3: 64 01 = no answer from the card (timeout).
            (0x6401, _, _) => Err(LinkError::NoResponse),
            (0x9000, 0, Some(frame)) if parsed.sw == 0x9000 => Ok(frame),
            (0x9000, status, _) if status != 0 => Err(LinkError::Corrupted),
            (status, _, _) => Err(LinkError::Fatal(SonyError::Refused {
                command: 0x95,
                status: u32::from(status) << 16 | u32::from(parsed.sw),
            })),
        }
    }
}

impl<P: BulkPipe> Rcs300Channel<P> {
    /// `pipe`: bulk OUT 0x02 / bulk IN 0x82 of interface 1.
    pub fn new(pipe: P) -> Self {
        Rcs300Channel {
            ccid: CcidReader::for_escape(pipe, rcs300::MAX_MESSAGE),
            card: None,
            session: None,
        }
    }

    pub fn stats(&self) -> TransferStats {
        self.ccid.stats()
    }

    pub fn iso_dep_stats(&self) -> Option<IsoDepStats> {
        self.session.as_ref().map(IsoDep::stats)
    }

    /// The activated card (after [`Self::connect`]).
    pub fn card(&self) -> Option<&TypeBCard> {
        self.card.as_ref()
    }

    async fn command(&mut self, apdu: &[u8]) -> Result<(), SonyError> {
        let answer = self.ccid.escape(apdu).await?;
        let parsed = parse_transparent(&answer)?;
        if parsed.sw != 0x9000 || parsed.status != 0x9000 {
            return Err(SonyError::Refused {
                command: apdu.get(5).copied().unwrap_or(0),
                status: u32::from(parsed.sw),
            });
        }
        Ok(())
    }

    /// Opens the transparent session, switches to Type B and activates the card. Returns the
    /// PC/SC part 3 ATR a CCID reader would have reported.
    pub async fn connect(&mut self) -> Result<Vec<u8>, SonyError> {
        self.session = None;
        // A session left open by an earlier page is closed first; its refusal is harmless.
        let _ = self.command(&rcs300::END_TRANSPARENT).await;
        self.command(&rcs300::START_TRANSPARENT).await?;
        self.command(&rcs300::RF_ON).await?;
        self.command(&rcs300::SWITCH_TYPE_B).await?;
        let card = activate_type_b(&mut Rcs300Link(&mut self.ccid))
            .await
            .map_err(unblock)?;
        let atr = contactless_atr(&card.historical_bytes());
        self.session = Some(IsoDep::new(&card));
        self.card = Some(card);
        Ok(atr)
    }

    /// Deselects the card, turns the field off and ends the session.
    pub async fn disconnect(&mut self) -> Result<(), SonyError> {
        if let Some(mut session) = self.session.take() {
            session.deselect(&mut Rcs300Link(&mut self.ccid)).await;
        }
        self.command(&rcs300::RF_OFF).await?;
        self.command(&rcs300::END_TRANSPARENT).await
    }

    pub fn into_pipe(self) -> P {
        self.ccid.into_pipe()
    }
}

impl<P: BulkPipe> CardChannel for Rcs300Channel<P> {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        if self.session.is_none() {
            self.connect().await?;
        }
        let mut session = self.session.take().ok_or(ChannelError::CardRemoved)?;
        // On failure the session stays dropped: the next transmit re-activates the card.
        let raw = session
            .transceive(&mut Rcs300Link(&mut self.ccid), apdu)
            .await
            .map_err(unblock)?;
        self.session = Some(session);
        Response::from_raw(&raw)
            .map_err(|e| ChannelError::Malformed(format!("response of {} bytes", e.0)))
    }
}

// ---------------------------------------------------------------------------------------------
// RC-S380 (Port-100)

/// USB facts and frame format of the RC-S380.
pub mod rcs380 {
    pub const VENDOR_ID: u16 = 0x054C;
    pub const PRODUCT_IDS: [u16; 2] = [0x06C1, 0x06C3];
    pub const INTERFACE: u8 = 0;
    pub const BULK_OUT: u8 = 0x02;
    pub const BULK_IN: u8 = 0x01; // endpoint number of IN 0x81
    pub const ACK: [u8; 6] = [0x00, 0x00, 0xFF, 0x00, 0xFF, 0x00];

    pub const IN_SET_RF: u8 = 0x00;
    pub const IN_SET_PROTOCOL: u8 = 0x02;
    pub const IN_COMM_RF: u8 = 0x04;
    pub const SWITCH_RF: u8 = 0x06;
    pub const GET_FIRMWARE_VERSION: u8 = 0x20;
    pub const SET_COMMAND_TYPE: u8 = 0x2A;
    /// InSetRF for 106 kbit/s Type B: send set 3 / modulation 7, receive set 15 / 7.
    pub const RF_106B: [u8; 4] = [0x03, 0x07, 0x0F, 0x07];
    /// InSetProtocol defaults (index/value pairs) followed by the Type B settings: initial guard
    /// time 20, add/check SOF and EOF.
    pub const PROTOCOL_DEFAULTS: [u8; 38] = [
        0x00, 0x18, 0x01, 0x01, 0x02, 0x01, 0x03, 0x00, 0x04, 0x00, 0x05, 0x00, 0x06, 0x00, 0x07,
        0x08, 0x08, 0x00, 0x09, 0x00, 0x0A, 0x00, 0x0B, 0x00, 0x0C, 0x00, 0x0E, 0x04, 0x0F, 0x00,
        0x10, 0x00, 0x11, 0x00, 0x12, 0x00, 0x13, 0x06,
    ];
    pub const PROTOCOL_TYPE_B: [u8; 10] =
        [0x00, 0x14, 0x09, 0x01, 0x0A, 0x01, 0x0B, 0x01, 0x0C, 0x01];
    /// InCommRF status bits (LE u32 at the start of the answer).
    pub const STATUS_TIMEOUT: u32 = 0x0000_0080;
    pub const STATUS_DAMAGED: u32 = 0x0000_0001 | 0x0000_0002 | 0x0000_0004 | 0x0000_0008;

    /// `00 00 FF FF FF LEN(LE) LCS DATA DCS 00`, DATA = `D6 cmd params`.
    pub fn frame(command: u8, params: &[u8]) -> Vec<u8> {
        let mut data = vec![0xD6, command];
        data.extend_from_slice(params);
        wrap(&data)
    }

    /// Frames arbitrary data (the simulator frames its answers with it).
    pub fn wrap(data: &[u8]) -> Vec<u8> {
        let len = u16::try_from(data.len()).unwrap_or(u16::MAX).to_le_bytes();
        let lcs = 0u8.wrapping_sub(len[0].wrapping_add(len[1]));
        let dcs = 0u8.wrapping_sub(data.iter().fold(0u8, |a, b| a.wrapping_add(*b)));
        let mut out = vec![0x00, 0x00, 0xFF, 0xFF, 0xFF, len[0], len[1], lcs];
        out.extend_from_slice(data);
        out.extend_from_slice(&[dcs, 0x00]);
        out
    }

    /// What [`parse`] found at the start of a buffer.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Frame {
        Ack,
        Data(Vec<u8>),
    }

    /// Parses one frame from the start of `bytes`: `Ok(None)` while incomplete, the frame and
    /// its length when whole, an error when it cannot be a frame.
    pub fn parse(bytes: &[u8]) -> Result<Option<(Frame, usize)>, &'static str> {
        let prefix_len = bytes.len().min(6);
        if bytes[..prefix_len] != ACK[..prefix_len]
            && bytes[..prefix_len.min(3)] != ACK[..prefix_len.min(3)]
        {
            return Err("bad preamble");
        }
        if bytes.len() < 6 {
            return Ok(None);
        }
        if bytes[..6] == ACK {
            return Ok(Some((Frame::Ack, 6)));
        }
        if bytes[3..5] != [0xFF, 0xFF] {
            return Err("not an extended frame");
        }
        if bytes.len() < 8 {
            return Ok(None);
        }
        let len = usize::from(u16::from_le_bytes([bytes[5], bytes[6]]));
        if bytes[5].wrapping_add(bytes[6]).wrapping_add(bytes[7]) != 0 {
            return Err("length checksum");
        }
        let total = 8 + len + 2;
        if bytes.len() < total {
            return Ok(None);
        }
        let data = &bytes[8..8 + len];
        let sum = data.iter().fold(bytes[8 + len], |a, b| a.wrapping_add(*b));
        if sum != 0 {
            return Err("data checksum");
        }
        Ok(Some((Frame::Data(data.to_vec()), total)))
    }
}

/// The ISO 14443-4 card on an RC-S380, as a [`CardChannel`].
pub struct Rcs380Channel<P> {
    pipe: P,
    card: Option<TypeBCard>,
    session: Option<IsoDep>,
    firmware: Option<u16>,
    stats: TransferStats,
}

const RCS380_MAX_READ: usize = 512;
const MAX_EMPTY_READS: u32 = 50;

impl<P: BulkPipe> Rcs380Channel<P> {
    /// `pipe`: bulk OUT 0x02 / bulk IN 0x81 of interface 0.
    pub fn new(pipe: P) -> Self {
        Rcs380Channel {
            pipe,
            card: None,
            session: None,
            firmware: None,
            stats: TransferStats::default(),
        }
    }

    pub fn stats(&self) -> TransferStats {
        self.stats
    }

    pub fn iso_dep_stats(&self) -> Option<IsoDepStats> {
        self.session.as_ref().map(IsoDep::stats)
    }

    pub fn card(&self) -> Option<&TypeBCard> {
        self.card.as_ref()
    }

    /// Firmware version (BCD, e.g. 0x0111) read during [`Self::connect`].
    pub fn firmware(&self) -> Option<u16> {
        self.firmware
    }

    pub fn into_pipe(self) -> P {
        self.pipe
    }

    async fn read_frame(&mut self) -> Result<rcs380::Frame, SonyError> {
        let mut buffer = Vec::new();
        let mut empty = 0;
        loop {
            if !buffer.is_empty() {
                match rcs380::parse(&buffer) {
                    Ok(Some((frame, _))) => return Ok(frame),
                    Ok(None) => {}
                    Err(what) => return Err(SonyError::Malformed(what)),
                }
            }
            let chunk = self.pipe.receive(RCS380_MAX_READ).await?;
            self.stats.bulk_in_transfers += 1;
            self.stats.bytes_in += chunk.len() as u64;
            if chunk.is_empty() {
                empty += 1;
                if empty > MAX_EMPTY_READS {
                    return Err(SonyError::NoReply);
                }
                continue;
            }
            buffer.extend_from_slice(&chunk);
        }
    }

    /// Sends a command, expects the ACK frame then `D7 cmd+1 …`; returns what follows.
    async fn command(&mut self, command: u8, params: &[u8]) -> Result<Vec<u8>, SonyError> {
        let frame = rcs380::frame(command, params);
        self.stats.bulk_out_transfers += 1;
        self.stats.bytes_out += frame.len() as u64;
        self.pipe.send(&frame).await?;
        if self.read_frame().await? != rcs380::Frame::Ack {
            return Err(SonyError::Malformed("expected an ACK frame"));
        }
        let rcs380::Frame::Data(data) = self.read_frame().await? else {
            return Err(SonyError::Malformed("a second ACK instead of an answer"));
        };
        match data.as_slice() {
            [0xD7, code, rest @ ..] if *code == command.wrapping_add(1) => Ok(rest.to_vec()),
            _ => Err(SonyError::Malformed("answer to another command")),
        }
    }

    async fn expect_ok(&mut self, command: u8, params: &[u8]) -> Result<(), SonyError> {
        let answer = self.command(command, params).await?;
        match answer.first() {
            Some(0) => Ok(()),
            other => Err(SonyError::Refused {
                command,
                status: u32::from(other.copied().unwrap_or(0xFF)),
            }),
        }
    }

    /// Initialises the reader for 106 kbit/s Type B and activates the card. Returns the PC/SC
    /// part 3 ATR a CCID reader would have reported.
    pub async fn connect(&mut self) -> Result<Vec<u8>, SonyError> {
        self.session = None;
        // An ACK frame from the host aborts whatever an earlier page left running.
        self.pipe.send(&rcs380::ACK).await?;
        self.stats.bulk_out_transfers += 1;
        self.stats.bytes_out += rcs380::ACK.len() as u64;
        self.expect_ok(rcs380::SET_COMMAND_TYPE, &[0x01]).await?;
        let version = self.command(rcs380::GET_FIRMWARE_VERSION, &[]).await?;
        if let [low, high, ..] = version.as_slice() {
            self.firmware = Some(u16::from_le_bytes([*low, *high]));
        }
        self.expect_ok(rcs380::SWITCH_RF, &[0x00]).await?;
        self.expect_ok(rcs380::IN_SET_RF, &rcs380::RF_106B).await?;
        self.expect_ok(rcs380::IN_SET_PROTOCOL, &rcs380::PROTOCOL_DEFAULTS)
            .await?;
        self.expect_ok(rcs380::IN_SET_PROTOCOL, &rcs380::PROTOCOL_TYPE_B)
            .await?;
        let card = activate_type_b(&mut Rcs380Link(self))
            .await
            .map_err(unblock)?;
        let atr = contactless_atr(&card.historical_bytes());
        self.session = Some(IsoDep::new(&card));
        self.card = Some(card);
        Ok(atr)
    }

    /// Deselects the card and switches the field off.
    pub async fn disconnect(&mut self) -> Result<(), SonyError> {
        if let Some(mut session) = self.session.take() {
            session.deselect(&mut Rcs380Link(self)).await;
        }
        self.expect_ok(rcs380::SWITCH_RF, &[0x00]).await
    }
}

struct Rcs380Link<'a, P>(&'a mut Rcs380Channel<P>);

impl<P: BulkPipe> RfLink for Rcs380Link<'_, P> {
    type Error = SonyError;
    async fn transceive(
        &mut self,
        frame: &[u8],
        timeout_us: u32,
    ) -> Result<Vec<u8>, LinkError<SonyError>> {
        // InCommRF timeout in units of 0.1 ms, rounded up, plus a margin for the reader.
        let units = u16::try_from(timeout_us.div_ceil(100) + 10).unwrap_or(u16::MAX);
        let mut params = units.to_le_bytes().to_vec();
        params.extend_from_slice(frame);
        let answer = self
            .0
            .command(rcs380::IN_COMM_RF, &params)
            .await
            .map_err(LinkError::Fatal)?;
        let Some(status) = answer.get(..4) else {
            return Err(LinkError::Fatal(SonyError::Malformed(
                "short InCommRF answer",
            )));
        };
        let status = u32::from_le_bytes([status[0], status[1], status[2], status[3]]);
        if status & rcs380::STATUS_TIMEOUT != 0 {
            return Err(LinkError::NoResponse);
        }
        if status & rcs380::STATUS_DAMAGED != 0 {
            return Err(LinkError::Corrupted);
        }
        if status != 0 {
            return Err(LinkError::Fatal(SonyError::Refused {
                command: rcs380::IN_COMM_RF,
                status,
            }));
        }
        // Status (4) and one byte of received-bit information precede the frame.
        answer
            .get(5..)
            .map(<[u8]>::to_vec)
            .ok_or(LinkError::Fatal(SonyError::Malformed(
                "short InCommRF answer",
            )))
    }
}

impl<P: BulkPipe> CardChannel for Rcs380Channel<P> {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        if self.session.is_none() {
            self.connect().await?;
        }
        let mut session = self.session.take().ok_or(ChannelError::CardRemoved)?;
        let raw = session
            .transceive(&mut Rcs380Link(self), apdu)
            .await
            .map_err(unblock)?;
        self.session = Some(session);
        Response::from_raw(&raw)
            .map_err(|e| ChannelError::Malformed(format!("response of {} bytes", e.0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transparent_answers_parse_without_panics() {
        let answer = [
            0xC0, 0x03, 0x00, 0x90, 0x00, 0x92, 0x01, 0x00, 0x96, 0x02, 0x00, 0x00, 0x97, 0x03,
            0x02, 0x90, 0x00, 0x90, 0x00,
        ];
        let parsed = parse_transparent(&answer).expect("valid");
        assert_eq!(parsed.frame.as_deref(), Some(&[0x02, 0x90, 0x00][..]));
        assert_eq!((parsed.status, parsed.sw), (0x9000, 0x9000));
        let timeout = [0xC0, 0x03, 0x01, 0x64, 0x01, 0x90, 0x00];
        assert_eq!(parse_transparent(&timeout).expect("valid").status, 0x6401);
        for end in 0..answer.len() {
            let _ = parse_transparent(&answer[..end]);
        }
        let long: Vec<u8> = [0x97, 0x82, 0x01, 0x00]
            .into_iter()
            .chain(std::iter::repeat_n(7, 256))
            .chain([0x90, 0x00])
            .collect();
        assert_eq!(
            parse_transparent(&long)
                .expect("valid")
                .frame
                .map(|f| f.len()),
            Some(256)
        );
    }

    #[test]
    fn port100_frames_round_trip_and_reject_bad_checksums() {
        let frame = rcs380::frame(rcs380::GET_FIRMWARE_VERSION, &[]);
        assert_eq!(
            frame,
            [
                0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x02, 0x00, 0xFE, 0xD6, 0x20, 0x0A, 0x00
            ]
        );
        assert_eq!(
            rcs380::parse(&frame),
            Ok(Some((rcs380::Frame::Data(vec![0xD6, 0x20]), frame.len())))
        );
        assert_eq!(
            rcs380::parse(&rcs380::ACK),
            Ok(Some((rcs380::Frame::Ack, 6)))
        );
        for end in 1..frame.len() {
            assert_eq!(rcs380::parse(&frame[..end]), Ok(None), "{end}");
        }
        let mut bad = frame.clone();
        bad[9] ^= 1;
        assert!(rcs380::parse(&bad).is_err());
        assert!(rcs380::parse(&[0x01, 0x02]).is_err());
    }
}
