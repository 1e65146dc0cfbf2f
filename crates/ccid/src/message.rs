//! CCID messages (USB CCID 1.1 §6.1 and §6.2): 10-byte header `type | dwLength (LE) | bSlot |
//! bSeq | 3 message-specific bytes`, then `dwLength` bytes of data.

/// Bulk-OUT message types (PC_to_RDR_*).
pub const PC_TO_RDR_ICC_POWER_ON: u8 = 0x62;
pub const PC_TO_RDR_ICC_POWER_OFF: u8 = 0x63;
pub const PC_TO_RDR_GET_SLOT_STATUS: u8 = 0x65;
pub const PC_TO_RDR_XFR_BLOCK: u8 = 0x6F;
pub const PC_TO_RDR_ESCAPE: u8 = 0x6B;
pub const PC_TO_RDR_SET_PARAMETERS: u8 = 0x61;
/// Bulk-IN message types (RDR_to_PC_*).
pub const RDR_TO_PC_DATA_BLOCK: u8 = 0x80;
pub const RDR_TO_PC_SLOT_STATUS: u8 = 0x81;
pub const RDR_TO_PC_ESCAPE: u8 = 0x83;
pub const RDR_TO_PC_PARAMETERS: u8 = 0x82;
/// Interrupt-IN message types.
pub const RDR_TO_PC_NOTIFY_SLOT_CHANGE: u8 = 0x50;
pub const RDR_TO_PC_HARDWARE_ERROR: u8 = 0x51;

/// Header length of every CCID message.
pub const HEADER_LEN: usize = 10;

/// `wLevelParameter` / `bChainParameter` values of APDU-level extended exchanges (§6.1.4).
pub mod chain {
    /// The command or response is complete in this message.
    pub const COMPLETE: u8 = 0x00;
    /// First part; more follow.
    pub const BEGIN: u8 = 0x01;
    /// Last part.
    pub const END: u8 = 0x02;
    /// A middle part; more follow.
    pub const CONTINUE: u8 = 0x03;
    /// Empty data: the other side should send (host) / ask for (reader) the next part.
    pub const EMPTY: u8 = 0x10;
}

/// Builds a bulk-OUT message.
pub fn command(message_type: u8, slot: u8, seq: u8, specific: [u8; 3], data: &[u8]) -> Vec<u8> {
    let length = u32::try_from(data.len()).unwrap_or(u32::MAX);
    let mut out = Vec::with_capacity(HEADER_LEN + data.len());
    out.push(message_type);
    out.extend_from_slice(&length.to_le_bytes());
    out.push(slot);
    out.push(seq);
    out.extend_from_slice(&specific);
    out.extend_from_slice(data);
    out
}

/// `PC_to_RDR_XfrBlock` with a level parameter.
pub fn xfr_block(slot: u8, seq: u8, level: u16, data: &[u8]) -> Vec<u8> {
    xfr_block_bwi(slot, seq, 0, level, data)
}

/// `PC_to_RDR_XfrBlock` with a block waiting-time multiplier (`bBWI`, T=1 S(WTX)).
pub fn xfr_block_bwi(slot: u8, seq: u8, bwi: u8, level: u16, data: &[u8]) -> Vec<u8> {
    let [low, high] = level.to_le_bytes();
    command(PC_TO_RDR_XFR_BLOCK, slot, seq, [bwi, low, high], data)
}

/// `abProtocolDataStructure` of `PC_to_RDR_SetParameters` for T=1 (CCID §6.1.7): Fi/Di, LRC and
/// direct convention, guard time, BWI/CWI, no clock stop, IFSC, NAD 0.
pub fn t1_parameters(fi_di: u8, guard_time: u8, ifsc: u8) -> [u8; 7] {
    [fi_di, 0x10, guard_time, 0x4D, 0x00, ifsc, 0x00]
}

/// Slot state reported in `bStatus` bits 0–1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum IccStatus {
    Active,
    Inactive,
    Absent,
    Reserved,
}

/// Command outcome reported in `bStatus` bits 6–7.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum CommandStatus {
    Ok,
    Failed,
    /// The card needs more time; the final answer follows with the same `bSeq`.
    TimeExtension,
    Reserved,
}

/// `bError` values of failed commands (§6.2.6), with the ones a reader really sends named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum SlotError {
    Aborted,
    /// No card, or it does not answer (`ICC_MUTE`).
    IccMute,
    ParityError,
    Overrun,
    HardwareError,
    BadAtrTs,
    BadAtrTck,
    ProtocolNotSupported,
    ClassNotSupported,
    ProcedureByteConflict,
    DeactivatedProtocol,
    BusyWithAutoSequence,
    SlotBusy,
    CommandNotSupported,
    /// Index of the offending field of the command.
    BadParameter(u8),
}

impl SlotError {
    pub fn from_byte(byte: u8) -> Self {
        match byte {
            0xFF => SlotError::Aborted,
            0xFE => SlotError::IccMute,
            0xFD => SlotError::ParityError,
            0xFC => SlotError::Overrun,
            0xFB => SlotError::HardwareError,
            0xF8 => SlotError::BadAtrTs,
            0xF7 => SlotError::BadAtrTck,
            0xF6 => SlotError::ProtocolNotSupported,
            0xF5 => SlotError::ClassNotSupported,
            0xF4 => SlotError::ProcedureByteConflict,
            0xF3 => SlotError::DeactivatedProtocol,
            0xF2 => SlotError::BusyWithAutoSequence,
            0xE0 => SlotError::SlotBusy,
            0x00 => SlotError::CommandNotSupported,
            other => SlotError::BadParameter(other),
        }
    }

    pub fn to_byte(self) -> u8 {
        match self {
            SlotError::Aborted => 0xFF,
            SlotError::IccMute => 0xFE,
            SlotError::ParityError => 0xFD,
            SlotError::Overrun => 0xFC,
            SlotError::HardwareError => 0xFB,
            SlotError::BadAtrTs => 0xF8,
            SlotError::BadAtrTck => 0xF7,
            SlotError::ProtocolNotSupported => 0xF6,
            SlotError::ClassNotSupported => 0xF5,
            SlotError::ProcedureByteConflict => 0xF4,
            SlotError::DeactivatedProtocol => 0xF3,
            SlotError::BusyWithAutoSequence => 0xF2,
            SlotError::SlotBusy => 0xE0,
            SlotError::CommandNotSupported => 0x00,
            SlotError::BadParameter(index) => index,
        }
    }
}

/// A parsed bulk-IN message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub message_type: u8,
    pub slot: u8,
    pub seq: u8,
    pub status: u8,
    pub error: u8,
    /// `bChainParameter` of a DataBlock, `bClockStatus` of a SlotStatus.
    pub specific: u8,
    pub data: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReplyError {
    #[error("reply shorter than the CCID header ({0} bytes)")]
    ShortHeader(usize),
    #[error("reply announces {announced} data bytes but carries {present}")]
    LengthMismatch { announced: usize, present: usize },
}

impl Reply {
    /// Total length (header + data) announced by a header, if `bytes` holds one.
    pub fn announced_len(bytes: &[u8]) -> Option<usize> {
        let length: [u8; 4] = bytes.get(1..5)?.try_into().ok()?;
        usize::try_from(u32::from_le_bytes(length))
            .ok()?
            .checked_add(HEADER_LEN)
    }

    /// Parses exactly one message.
    pub fn parse(bytes: &[u8]) -> Result<Reply, ReplyError> {
        if bytes.len() < HEADER_LEN {
            return Err(ReplyError::ShortHeader(bytes.len()));
        }
        let announced = Reply::announced_len(bytes).unwrap_or(usize::MAX);
        if announced != bytes.len() {
            return Err(ReplyError::LengthMismatch {
                announced: announced.saturating_sub(HEADER_LEN),
                present: bytes.len() - HEADER_LEN,
            });
        }
        Ok(Reply {
            message_type: bytes[0],
            slot: bytes[5],
            seq: bytes[6],
            status: bytes[7],
            error: bytes[8],
            specific: bytes[9],
            data: bytes[HEADER_LEN..].to_vec(),
        })
    }

    /// Builds a reply (reader side, used by simulators).
    pub fn to_bytes(&self) -> Vec<u8> {
        command(
            self.message_type,
            self.slot,
            self.seq,
            [self.status, self.error, self.specific],
            &self.data,
        )
    }

    pub fn icc_status(&self) -> IccStatus {
        match self.status & 0x03 {
            0 => IccStatus::Active,
            1 => IccStatus::Inactive,
            2 => IccStatus::Absent,
            _ => IccStatus::Reserved,
        }
    }

    pub fn command_status(&self) -> CommandStatus {
        match self.status >> 6 {
            0 => CommandStatus::Ok,
            1 => CommandStatus::Failed,
            2 => CommandStatus::TimeExtension,
            _ => CommandStatus::Reserved,
        }
    }

    pub fn slot_error(&self) -> SlotError {
        SlotError::from_byte(self.error)
    }
}

/// `bStatus` from its two parts (reader side).
pub fn status_byte(icc: IccStatus, command: CommandStatus) -> u8 {
    let icc = match icc {
        IccStatus::Active => 0,
        IccStatus::Inactive => 1,
        IccStatus::Absent => 2,
        IccStatus::Reserved => 3,
    };
    let command = match command {
        CommandStatus::Ok => 0,
        CommandStatus::Failed => 1,
        CommandStatus::TimeExtension => 2,
        CommandStatus::Reserved => 3,
    };
    icc | (command << 6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_commands_per_spec() {
        // XfrBlock of 5 bytes to slot 0, sequence 7, wLevelParameter 0x0201.
        let message = xfr_block(0, 7, 0x0201, &[0, 0x84, 0, 0, 8]);
        assert_eq!(
            message,
            [0x6F, 5, 0, 0, 0, 0, 7, 0, 0x01, 0x02, 0, 0x84, 0, 0, 8]
        );
        let power_on = command(PC_TO_RDR_ICC_POWER_ON, 0, 0, [0, 0, 0], &[]);
        assert_eq!(power_on, [0x62, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn parses_replies_and_status_bits() {
        let bytes = [0x80, 2, 0, 0, 0, 0, 9, 0x40, 0xFE, 0, 0x90, 0x00];
        let reply = Reply::parse(&bytes).expect("valid");
        assert_eq!(reply.seq, 9);
        assert_eq!(reply.command_status(), CommandStatus::Failed);
        assert_eq!(reply.icc_status(), IccStatus::Active);
        assert_eq!(reply.slot_error(), SlotError::IccMute);
        assert_eq!(reply.data, [0x90, 0x00]);
        assert_eq!(reply.to_bytes(), bytes);
        let extension = Reply {
            status: status_byte(IccStatus::Active, CommandStatus::TimeExtension),
            ..reply
        };
        assert_eq!(extension.command_status(), CommandStatus::TimeExtension);
    }

    #[test]
    fn rejects_truncated_or_overlong_replies() {
        assert_eq!(Reply::parse(&[0x80, 0]), Err(ReplyError::ShortHeader(2)));
        assert_eq!(
            Reply::parse(&[0x80, 3, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
            Err(ReplyError::LengthMismatch {
                announced: 3,
                present: 1
            })
        );
        assert!(Reply::parse(&[0x80, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0]).is_err());
    }

    #[test]
    fn slot_errors_round_trip() {
        for byte in 0..=u8::MAX {
            assert_eq!(SlotError::from_byte(byte).to_byte(), byte);
        }
    }
}
