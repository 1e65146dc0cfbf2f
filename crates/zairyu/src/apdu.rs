//! Command and response APDUs (ISO/IEC 7816-4, spec §4.1), short and extended length.

use serde::Serialize;

/// Class byte of a plain command (spec Table 4-3).
pub const CLA_PLAIN: u8 = 0x00;
/// Class byte of a secure-messaging command (spec Table 4-3).
pub const CLA_SM: u8 = 0x08;
/// SELECT FILE.
pub const INS_SELECT: u8 = 0xA4;
/// VERIFY.
pub const INS_VERIFY: u8 = 0x20;
/// GET CHALLENGE.
pub const INS_GET_CHALLENGE: u8 = 0x84;
/// MUTUAL AUTHENTICATE.
pub const INS_MUTUAL_AUTHENTICATE: u8 = 0x82;
/// READ BINARY.
pub const INS_READ_BINARY: u8 = 0xB0;

/// Largest `Ne` of a short APDU (`Le = 00`).
pub const SHORT_MAX_LE: u32 = 256;
/// Largest `Ne` of an extended APDU (`Le = 00 00`).
pub const EXTENDED_MAX_LE: u32 = 65_536;

/// A command APDU.
///
/// `le` is the number of expected response bytes (`Ne`): `Some(256)` encodes as short `00`,
/// `Some(65536)` as extended `00 00`. `extended` chooses the length-field encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommandApdu {
    /// Class byte.
    pub cla: u8,
    /// Instruction byte.
    pub ins: u8,
    /// Parameter 1.
    pub p1: u8,
    /// Parameter 2.
    pub p2: u8,
    /// Command data (empty when there is no Lc field).
    pub data: Vec<u8>,
    /// Expected response length `Ne`, if a Le field is present.
    pub le: Option<u32>,
    /// Use extended length fields.
    pub extended: bool,
}

/// Why a command APDU cannot be encoded or decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize)]
pub enum ApduError {
    /// Fewer than the 4 header bytes, or length fields inconsistent with the APDU length.
    #[error("APDU length is inconsistent with its length fields")]
    WrongLength,
    /// Lc or Le outside what the chosen (short or extended) encoding can express.
    #[error("Lc or Le does not fit the chosen APDU encoding")]
    LengthOutOfRange,
}

/// Whether encoded command bytes use extended length (ISO/IEC 7816-4 §5.1): after the header,
/// a 0x00 byte followed by two length bytes. Readers without extended-APDU support refuse these.
pub fn is_extended_length(apdu: &[u8]) -> bool {
    apdu.len() >= 7 && apdu[4] == 0
}

impl CommandApdu {
    /// A command without data, without Le (case 1).
    pub fn new(cla: u8, ins: u8, p1: u8, p2: u8) -> Self {
        Self {
            cla,
            ins,
            p1,
            p2,
            data: Vec::new(),
            le: None,
            extended: false,
        }
    }

    /// Adds command data.
    #[must_use]
    pub fn with_data(mut self, data: impl Into<Vec<u8>>) -> Self {
        self.data = data.into();
        self
    }

    /// Adds a Le field asking for `ne` bytes.
    #[must_use]
    pub fn with_le(mut self, ne: u32) -> Self {
        self.le = Some(ne);
        self
    }

    /// Uses extended length fields.
    #[must_use]
    pub fn extended(mut self) -> Self {
        self.extended = true;
        self
    }

    /// Encodes the APDU.
    pub fn to_bytes(&self) -> Result<Vec<u8>, ApduError> {
        let mut out = Vec::with_capacity(self.data.len() + 9);
        out.extend_from_slice(&[self.cla, self.ins, self.p1, self.p2]);
        let lc = self.data.len();
        if self.extended {
            if lc > 0 {
                let lc = u16::try_from(lc).map_err(|_| ApduError::LengthOutOfRange)?;
                out.push(0x00);
                out.extend_from_slice(&lc.to_be_bytes());
                out.extend_from_slice(&self.data);
            }
            if let Some(ne) = self.le {
                let le = match ne {
                    EXTENDED_MAX_LE => 0,
                    1..EXTENDED_MAX_LE => {
                        u16::try_from(ne).map_err(|_| ApduError::LengthOutOfRange)?
                    }
                    _ => return Err(ApduError::LengthOutOfRange),
                };
                if lc == 0 {
                    out.push(0x00);
                }
                out.extend_from_slice(&le.to_be_bytes());
            }
        } else {
            if lc > 0 {
                let lc = u8::try_from(lc).map_err(|_| ApduError::LengthOutOfRange)?;
                out.push(lc);
                out.extend_from_slice(&self.data);
            }
            if let Some(ne) = self.le {
                let le = match ne {
                    SHORT_MAX_LE => 0,
                    1..SHORT_MAX_LE => u8::try_from(ne).map_err(|_| ApduError::LengthOutOfRange)?,
                    _ => return Err(ApduError::LengthOutOfRange),
                };
                out.push(le);
            }
        }
        Ok(out)
    }

    /// Decodes an APDU (the card side). Follows ISO/IEC 7816-3 cases 1–4 short and extended.
    ///
    /// Per spec §4.2.1(6) and friends, command data longer than Lc is tolerated: Lc wins and the
    /// surplus bytes are ignored (no Le is taken from them).
    pub fn parse(bytes: &[u8]) -> Result<Self, ApduError> {
        let [cla, ins, p1, p2, body @ ..] = bytes else {
            return Err(ApduError::WrongLength);
        };
        let mut apdu = Self::new(*cla, *ins, *p1, *p2);
        match body {
            [] => {}
            [le] => {
                apdu.le = Some(if *le == 0 {
                    SHORT_MAX_LE
                } else {
                    u32::from(*le)
                })
            }
            [0, hi, lo] => {
                apdu.extended = true;
                let le = u32::from(u16::from_be_bytes([*hi, *lo]));
                apdu.le = Some(if le == 0 { EXTENDED_MAX_LE } else { le });
            }
            [0, hi, lo, rest @ ..] => {
                apdu.extended = true;
                let lc = usize::from(u16::from_be_bytes([*hi, *lo]));
                if lc == 0 || rest.len() < lc {
                    return Err(ApduError::WrongLength);
                }
                let (data, tail) = rest.split_at(lc);
                apdu.data = data.to_vec();
                if let [hi, lo] = tail {
                    let le = u32::from(u16::from_be_bytes([*hi, *lo]));
                    apdu.le = Some(if le == 0 { EXTENDED_MAX_LE } else { le });
                }
            }
            [lc, rest @ ..] => {
                let lc = usize::from(*lc);
                if rest.len() < lc {
                    return Err(ApduError::WrongLength);
                }
                let (data, tail) = rest.split_at(lc);
                apdu.data = data.to_vec();
                if let [le] = tail {
                    apdu.le = Some(if *le == 0 {
                        SHORT_MAX_LE
                    } else {
                        u32::from(*le)
                    });
                }
            }
        }
        Ok(apdu)
    }
}

/// A response APDU: data and the status word SW1-SW2.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    /// Response data (may be empty).
    pub data: Vec<u8>,
    /// SW1 << 8 | SW2.
    pub sw: u16,
}

/// A response shorter than the two status bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("response APDU has {0} bytes, fewer than the 2 status bytes")]
pub struct ResponseTooShort(pub usize);

impl Response {
    /// A response with data and status word.
    pub fn new(data: impl Into<Vec<u8>>, sw: u16) -> Self {
        Self {
            data: data.into(),
            sw,
        }
    }

    /// A bare status word.
    pub fn status(sw: u16) -> Self {
        Self {
            data: Vec::new(),
            sw,
        }
    }

    /// Splits raw response bytes into data and SW1-SW2.
    pub fn from_raw(raw: &[u8]) -> Result<Self, ResponseTooShort> {
        match raw {
            [data @ .., sw1, sw2] => Ok(Self {
                data: data.to_vec(),
                sw: u16::from_be_bytes([*sw1, *sw2]),
            }),
            _ => Err(ResponseTooShort(raw.len())),
        }
    }

    /// Data followed by SW1-SW2.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.data.len() + 2);
        out.extend_from_slice(&self.data);
        out.extend_from_slice(&self.sw.to_be_bytes());
        out
    }

    /// The status word, typed.
    pub fn status_word(&self) -> StatusWord {
        StatusWord::from_u16(self.sw)
    }

    /// True for `90 00`.
    pub fn is_ok(&self) -> bool {
        self.sw == 0x9000
    }
}

/// The status words of spec §4.1.8 Table 4-5.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusWord {
    /// `90 00` normal end.
    Ok,
    /// `62 83` the (selected) DF, or the parent DF of the EF, is blocked.
    DfBlocked,
    /// `63 00` verification mismatch.
    VerificationFailed,
    /// `63 CX` verification mismatch, X retries left.
    VerificationFailedRetries(u8),
    /// `64 00` file control information is abnormal.
    FileControlError,
    /// `65 81` memory write failed.
    MemoryWriteFailed,
    /// `67 00` wrong Lc/Le or APDU length.
    WrongLength,
    /// `68 81` logical channel not supported.
    LogicalChannelNotSupported,
    /// `68 82` secure messaging (as requested by CLA) not supported.
    SecureMessagingNotSupported,
    /// `69 81` command incompatible with the file structure.
    IncompatibleFileStructure,
    /// `69 82` security status not satisfied.
    SecurityStatusNotSatisfied,
    /// `69 83` authentication method blocked.
    AuthenticationMethodBlocked,
    /// `69 84` referenced IEF blocked.
    ReferencedDataBlocked,
    /// `69 85` conditions of use not satisfied.
    ConditionsNotSatisfied,
    /// `69 86` no current EF.
    NoCurrentEf,
    /// `69 87` secure messaging data objects missing.
    SmDataObjectsMissing,
    /// `69 88` secure messaging data objects incorrect.
    SmDataObjectsIncorrect,
    /// `69 99` application not selected / selection failed.
    SelectionFailed,
    /// `6A 80` wrong tag in the data field.
    WrongDataTag,
    /// `6A 81` function not supported.
    FunctionNotSupported,
    /// `6A 82` file (or short EF identifier) not found.
    FileNotFound,
    /// `6A 84` not enough memory in the file.
    NotEnoughMemory,
    /// `6A 85` Lc inconsistent with the TLV structure.
    LcInconsistentWithTlv,
    /// `6A 86` wrong P1-P2.
    WrongP1P2,
    /// `6A 87` Lc inconsistent with P1-P2.
    LcInconsistentWithP1P2,
    /// `6A 88` referenced key not set.
    ReferencedKeyNotFound,
    /// `6B 00` offset outside the EF.
    OffsetOutOfRange,
    /// `6D 00` INS not supported.
    InsNotSupported,
    /// `6E 00` CLA not supported.
    ClaNotSupported,
    /// `6F 00` self-diagnosis error.
    SelfDiagnosisError,
    /// Any status word the spec does not list.
    Other(u16),
}

impl StatusWord {
    /// Types a raw status word.
    pub fn from_u16(sw: u16) -> Self {
        match sw {
            0x9000 => Self::Ok,
            0x6283 => Self::DfBlocked,
            0x6300 => Self::VerificationFailed,
            0x63C1..=0x63CF => Self::VerificationFailedRetries((sw & 0x0F) as u8),
            0x6400 => Self::FileControlError,
            0x6581 => Self::MemoryWriteFailed,
            0x6700 => Self::WrongLength,
            0x6881 => Self::LogicalChannelNotSupported,
            0x6882 => Self::SecureMessagingNotSupported,
            0x6981 => Self::IncompatibleFileStructure,
            0x6982 => Self::SecurityStatusNotSatisfied,
            0x6983 => Self::AuthenticationMethodBlocked,
            0x6984 => Self::ReferencedDataBlocked,
            0x6985 => Self::ConditionsNotSatisfied,
            0x6986 => Self::NoCurrentEf,
            0x6987 => Self::SmDataObjectsMissing,
            0x6988 => Self::SmDataObjectsIncorrect,
            0x6999 => Self::SelectionFailed,
            0x6A80 => Self::WrongDataTag,
            0x6A81 => Self::FunctionNotSupported,
            0x6A82 => Self::FileNotFound,
            0x6A84 => Self::NotEnoughMemory,
            0x6A85 => Self::LcInconsistentWithTlv,
            0x6A86 => Self::WrongP1P2,
            0x6A87 => Self::LcInconsistentWithP1P2,
            0x6A88 => Self::ReferencedKeyNotFound,
            0x6B00 => Self::OffsetOutOfRange,
            0x6D00 => Self::InsNotSupported,
            0x6E00 => Self::ClaNotSupported,
            0x6F00 => Self::SelfDiagnosisError,
            other => Self::Other(other),
        }
    }

    /// The raw status word.
    pub fn to_u16(self) -> u16 {
        match self {
            Self::Ok => 0x9000,
            Self::DfBlocked => 0x6283,
            Self::VerificationFailed => 0x6300,
            Self::VerificationFailedRetries(x) => 0x63C0 | u16::from(x & 0x0F),
            Self::FileControlError => 0x6400,
            Self::MemoryWriteFailed => 0x6581,
            Self::WrongLength => 0x6700,
            Self::LogicalChannelNotSupported => 0x6881,
            Self::SecureMessagingNotSupported => 0x6882,
            Self::IncompatibleFileStructure => 0x6981,
            Self::SecurityStatusNotSatisfied => 0x6982,
            Self::AuthenticationMethodBlocked => 0x6983,
            Self::ReferencedDataBlocked => 0x6984,
            Self::ConditionsNotSatisfied => 0x6985,
            Self::NoCurrentEf => 0x6986,
            Self::SmDataObjectsMissing => 0x6987,
            Self::SmDataObjectsIncorrect => 0x6988,
            Self::SelectionFailed => 0x6999,
            Self::WrongDataTag => 0x6A80,
            Self::FunctionNotSupported => 0x6A81,
            Self::FileNotFound => 0x6A82,
            Self::NotEnoughMemory => 0x6A84,
            Self::LcInconsistentWithTlv => 0x6A85,
            Self::WrongP1P2 => 0x6A86,
            Self::LcInconsistentWithP1P2 => 0x6A87,
            Self::ReferencedKeyNotFound => 0x6A88,
            Self::OffsetOutOfRange => 0x6B00,
            Self::InsNotSupported => 0x6D00,
            Self::ClaNotSupported => 0x6E00,
            Self::SelfDiagnosisError => 0x6F00,
            Self::Other(sw) => sw,
        }
    }

    /// English description after spec Table 4-5 (for logs; the app translates by variant).
    pub fn description(self) -> &'static str {
        match self {
            Self::Ok => "normal end",
            Self::DfBlocked => "the DF is blocked",
            Self::VerificationFailed | Self::VerificationFailedRetries(_) => {
                "verification mismatch"
            }
            Self::FileControlError => "file control information is abnormal",
            Self::MemoryWriteFailed => "memory write failed",
            Self::WrongLength => "wrong Lc/Le or APDU length",
            Self::LogicalChannelNotSupported => "logical channel not supported",
            Self::SecureMessagingNotSupported => "secure messaging not supported for this CLA",
            Self::IncompatibleFileStructure => "command incompatible with the file structure",
            Self::SecurityStatusNotSatisfied => "security status not satisfied",
            Self::AuthenticationMethodBlocked => "authentication method blocked",
            Self::ReferencedDataBlocked => "referenced IEF blocked",
            Self::ConditionsNotSatisfied => "conditions of use not satisfied",
            Self::NoCurrentEf => "no current EF",
            Self::SmDataObjectsMissing => "secure messaging data objects missing",
            Self::SmDataObjectsIncorrect => "secure messaging data objects incorrect",
            Self::SelectionFailed => "application not selected / selection failed",
            Self::WrongDataTag => "wrong tag in the data field",
            Self::FunctionNotSupported => "function not supported",
            Self::FileNotFound => "file not found",
            Self::NotEnoughMemory => "not enough memory in the file",
            Self::LcInconsistentWithTlv => "Lc inconsistent with the TLV structure",
            Self::WrongP1P2 => "wrong P1-P2",
            Self::LcInconsistentWithP1P2 => "Lc inconsistent with P1-P2",
            Self::ReferencedKeyNotFound => "referenced key not set",
            Self::OffsetOutOfRange => "offset outside the EF",
            Self::InsNotSupported => "INS not supported",
            Self::ClaNotSupported => "CLA not supported",
            Self::SelfDiagnosisError => "self-diagnosis error",
            Self::Other(_) => "status word not defined by the spec",
        }
    }
}

impl std::fmt::Display for StatusWord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04X} ({})", self.to_u16(), self.description())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn encodes_spec_appendix2_commands() {
        // GET CHALLENGE (Appendix 2 step 1).
        let apdu = CommandApdu::new(0x00, INS_GET_CHALLENGE, 0, 0).with_le(8);
        assert_eq!(apdu.to_bytes().unwrap(), [0x00, 0x84, 0x00, 0x00, 0x08]);
        // Plain READ BINARY DF3/EF01, extended Le = 00 00 (step 20).
        let apdu = CommandApdu::new(0x00, INS_READ_BINARY, 0x82, 0x00)
            .with_le(EXTENDED_MAX_LE)
            .extended();
        assert_eq!(
            apdu.to_bytes().unwrap(),
            [0x00, 0xB0, 0x82, 0x00, 0x00, 0x00, 0x00]
        );
        // SM READ BINARY DF1/EF01 (step 15).
        let apdu = CommandApdu::new(CLA_SM, INS_READ_BINARY, 0x85, 0x00)
            .with_data([0x96, 0x02, 0x00, 0x00])
            .with_le(EXTENDED_MAX_LE)
            .extended();
        assert_eq!(
            apdu.to_bytes().unwrap(),
            [
                0x08, 0xB0, 0x85, 0x00, 0x00, 0x00, 0x04, 0x96, 0x02, 0x00, 0x00, 0x00, 0x00
            ]
        );
        // Short case 4 with Le = 256.
        let apdu = CommandApdu::new(0, 0x82, 0, 0)
            .with_data(vec![0xAA; 0x28])
            .with_le(256);
        let bytes = apdu.to_bytes().unwrap();
        assert_eq!(bytes.len(), 4 + 1 + 0x28 + 1);
        assert_eq!(bytes[4], 0x28);
        assert_eq!(bytes[bytes.len() - 1], 0x00);
    }

    #[test]
    fn rejects_out_of_range_lengths() {
        let apdu = CommandApdu::new(0, 0xB0, 0, 0).with_le(257);
        assert_eq!(apdu.to_bytes(), Err(ApduError::LengthOutOfRange));
        let apdu = CommandApdu::new(0, 0xB0, 0, 0).with_data(vec![0; 256]);
        assert_eq!(apdu.to_bytes(), Err(ApduError::LengthOutOfRange));
        let apdu = CommandApdu::new(0, 0xB0, 0, 0).with_le(0);
        assert_eq!(apdu.to_bytes(), Err(ApduError::LengthOutOfRange));
    }

    #[test]
    fn parse_roundtrips_all_cases() {
        let cases = [
            CommandApdu::new(0, 0xA4, 0, 0),
            CommandApdu::new(0, 0x84, 0, 0).with_le(8),
            CommandApdu::new(0, 0x84, 0, 0).with_le(256),
            CommandApdu::new(0, 0xA4, 4, 0x0C).with_data(vec![0xD3; 16]),
            CommandApdu::new(0, 0x82, 0, 0)
                .with_data(vec![1; 40])
                .with_le(256),
            CommandApdu::new(0, 0xB0, 0x82, 0)
                .with_le(EXTENDED_MAX_LE)
                .extended(),
            CommandApdu::new(0, 0xB0, 0x82, 0).with_le(300).extended(),
            CommandApdu::new(8, 0xB0, 0x85, 0)
                .with_data([0x96, 2, 0, 0])
                .with_le(EXTENDED_MAX_LE)
                .extended(),
            CommandApdu::new(8, 0xB0, 0x85, 0)
                .with_data(vec![5; 300])
                .extended(),
        ];
        for case in cases {
            let bytes = case.to_bytes().unwrap();
            assert_eq!(CommandApdu::parse(&bytes).unwrap(), case, "{bytes:02X?}");
        }
    }

    #[test]
    fn parse_tolerates_data_longer_than_lc_and_rejects_short_data() {
        let parsed = CommandApdu::parse(&[0, 0xA4, 0, 0, 2, 0x3F, 0x00, 0x11, 0x22]).unwrap();
        assert_eq!(parsed.data, [0x3F, 0x00]);
        assert_eq!(parsed.le, None);
        assert_eq!(
            CommandApdu::parse(&[0, 0xA4, 0, 0, 3, 0x3F]),
            Err(ApduError::WrongLength)
        );
        assert_eq!(
            CommandApdu::parse(&[0, 0xA4, 0]),
            Err(ApduError::WrongLength)
        );
        assert_eq!(
            CommandApdu::parse(&[0, 0xB0, 0, 0, 0, 0, 5, 1]),
            Err(ApduError::WrongLength)
        );
    }

    #[test]
    fn response_split_and_status_words() {
        assert_eq!(Response::from_raw(&[0x90]), Err(ResponseTooShort(1)));
        assert_eq!(Response::from_raw(&[]), Err(ResponseTooShort(0)));
        let r = Response::from_raw(&[1, 2, 0x63, 0x00]).unwrap();
        assert_eq!(r.data, [1, 2]);
        assert_eq!(r.status_word(), StatusWord::VerificationFailed);
        assert_eq!(r.to_bytes(), [1, 2, 0x63, 0x00]);
        for sw in [
            0x9000, 0x6283, 0x6300, 0x63C3, 0x6400, 0x6581, 0x6700, 0x6881, 0x6882, 0x6981, 0x6982,
            0x6983, 0x6984, 0x6985, 0x6986, 0x6987, 0x6988, 0x6999, 0x6A80, 0x6A81, 0x6A82, 0x6A84,
            0x6A85, 0x6A86, 0x6A87, 0x6A88, 0x6B00, 0x6D00, 0x6E00, 0x6F00, 0x6C10,
        ] {
            let typed = StatusWord::from_u16(sw);
            assert_eq!(typed.to_u16(), sw);
            assert_eq!(
                matches!(typed, StatusWord::Other(_)),
                sw == 0x6C10,
                "{sw:04X}"
            );
        }
        assert_eq!(
            StatusWord::from_u16(0x63C5),
            StatusWord::VerificationFailedRetries(5)
        );
    }
}
