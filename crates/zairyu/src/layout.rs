//! Card types, file system layout and access rights of both generations (spec §3.1–§3.3, §4.2.5;
//! 2nd generation after the 第２世代在留カード等仕様書 as transcribed in the project notes).

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::tlv;

/// Card generation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Generation {
    /// Card types "1"/"2" (since 2012): TDES, RSA-2048.
    First,
    /// Card types "05"/"06": AES, ECDSA P-384.
    Second,
}

impl Generation {
    /// The secure-messaging cipher suite.
    pub fn suite(self) -> crate::crypto::Suite {
        match self {
            Self::First => crate::crypto::Suite::Tdes,
            Self::Second => crate::crypto::Suite::Aes,
        }
    }
}

/// What the card is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    /// 在留カード.
    ResidenceCard,
    /// 特別永住者証明書.
    SpecialPermanentResidentCertificate,
}

/// The card type of MF/EF02 (tag C1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct CardType {
    /// Generation.
    pub generation: Generation,
    /// Residence card or special permanent resident certificate.
    pub kind: CardKind,
}

/// MF/EF02 does not name a supported card type.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CardTypeError {
    /// The EF is not valid TLV.
    #[error("card type file is malformed: {0}")]
    Malformed(tlv::TlvError),
    /// No C1 data object.
    #[error("card type data object (C1) missing")]
    Missing,
    /// "07"/"08": a residence application on a My Number card (特定在留カード), which uses a
    /// different protocol.
    #[error("specified residence card (type {code}) on a My Number card is not supported")]
    SpecifiedCard {
        /// The C1 value.
        code: String,
    },
    /// Anything else.
    #[error("unknown card type {code:?}")]
    Unknown {
        /// The C1 value (lossy text).
        code: String,
    },
}

impl CardType {
    /// 1st-generation residence card.
    pub const RESIDENCE_1: Self = Self {
        generation: Generation::First,
        kind: CardKind::ResidenceCard,
    };
    /// 1st-generation special permanent resident certificate.
    pub const SPECIAL_1: Self = Self {
        generation: Generation::First,
        kind: CardKind::SpecialPermanentResidentCertificate,
    };
    /// 2nd-generation residence card.
    pub const RESIDENCE_2: Self = Self {
        generation: Generation::Second,
        kind: CardKind::ResidenceCard,
    };
    /// 2nd-generation special permanent resident certificate.
    pub const SPECIAL_2: Self = Self {
        generation: Generation::Second,
        kind: CardKind::SpecialPermanentResidentCertificate,
    };

    /// Reads the C1 object of MF/EF02, whatever its length: `C1 01 31|32` (1st generation) or
    /// `C1 02 30 35|36` (2nd generation).
    pub fn from_ef(mf_ef02: &[u8]) -> Result<Self, CardTypeError> {
        let objects = tlv::parse(mf_ef02).map_err(CardTypeError::Malformed)?;
        let value = tlv::find(&objects, 0xC1).ok_or(CardTypeError::Missing)?;
        match value {
            b"1" => Ok(Self::RESIDENCE_1),
            b"2" => Ok(Self::SPECIAL_1),
            b"05" => Ok(Self::RESIDENCE_2),
            b"06" => Ok(Self::SPECIAL_2),
            b"07" | b"08" => Err(CardTypeError::SpecifiedCard {
                code: String::from_utf8_lossy(value).into_owned(),
            }),
            other => Err(CardTypeError::Unknown {
                code: String::from_utf8_lossy(other).into_owned(),
            }),
        }
    }

    /// The C1 value.
    pub fn code(self) -> &'static str {
        match (self.generation, self.kind) {
            (Generation::First, CardKind::ResidenceCard) => "1",
            (Generation::First, CardKind::SpecialPermanentResidentCertificate) => "2",
            (Generation::Second, CardKind::ResidenceCard) => "05",
            (Generation::Second, CardKind::SpecialPermanentResidentCertificate) => "06",
        }
    }

    /// The EFs of this card type, in reading order.
    pub fn layout(self) -> &'static [EfSpec] {
        match (self.generation, self.kind) {
            (Generation::First, CardKind::ResidenceCard) => FIRST_RESIDENCE,
            (Generation::First, CardKind::SpecialPermanentResidentCertificate) => FIRST_SPECIAL,
            (Generation::Second, CardKind::ResidenceCard) => SECOND_RESIDENCE,
            (Generation::Second, CardKind::SpecialPermanentResidentCertificate) => SECOND_SPECIAL,
        }
    }

    /// The spec of one EF of this card type.
    pub fn ef(self, id: EfId) -> Option<&'static EfSpec> {
        self.layout().iter().find(|e| e.id == id)
    }
}

/// A dedicated file (or the MF).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Df {
    /// The master file (current after activation).
    Mf,
    /// DF1: images (and on 2nd generation cards, the printed entries).
    Df1,
    /// DF2: back-side entries.
    Df2,
    /// DF3: signature and certificate.
    Df3,
}

impl Df {
    /// The 16-byte AID (spec Table 3-3); `None` for the MF.
    pub fn aid(self) -> Option<[u8; 16]> {
        let n = match self {
            Self::Mf => return None,
            Self::Df1 => 0x02,
            Self::Df2 => 0x03,
            Self::Df3 => 0x04,
        };
        let mut aid = [0u8; 16];
        aid[..6].copy_from_slice(&[0xD3, 0x92, 0xF0, 0x00, 0x4F, n]);
        Some(aid)
    }

    /// The DF with this AID.
    pub fn from_aid(aid: &[u8]) -> Option<Self> {
        [Self::Df1, Self::Df2, Self::Df3]
            .into_iter()
            .find(|df| df.aid().is_some_and(|a| a == aid))
    }
}

/// An EF, named like the dump files: `MF_EF01`, `DF1_EF02`, ...
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EfId {
    /// Parent.
    pub df: Df,
    /// EF number (1-based, as in the spec's tables).
    pub ef: u8,
}

impl EfId {
    /// A new id.
    pub const fn new(df: Df, ef: u8) -> Self {
        Self { df, ef }
    }

    /// Parses `MF_EF01`, `DF2_EF03`, ...
    pub fn parse(name: &str) -> Option<Self> {
        let (df, ef) = name.split_once("_EF")?;
        let df = match df {
            "MF" => Df::Mf,
            "DF1" => Df::Df1,
            "DF2" => Df::Df2,
            "DF3" => Df::Df3,
            _ => return None,
        };
        if ef.len() != 2 {
            return None;
        }
        Some(Self {
            df,
            ef: ef.parse().ok()?,
        })
    }
}

impl fmt::Display for EfId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let df = match self.df {
            Df::Mf => "MF",
            Df::Df1 => "DF1",
            Df::Df2 => "DF2",
            Df::Df3 => "DF3",
        };
        write!(f, "{df}_EF{:02}", self.ef)
    }
}

impl Serialize for EfId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// How one EF is stored and read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EfSpec {
    /// Which EF.
    pub id: EfId,
    /// READ BINARY P1 selecting it by short EF identifier (`100x xxxx`).
    pub p1: u8,
    /// Access right: readable without card-number authentication.
    pub free: bool,
    /// Access right: READ BINARY must use secure messaging.
    pub secure_messaging: bool,
    /// File capacity in bytes.
    pub size: usize,
}

const fn ef(df: Df, n: u8, p1: u8, free: bool, secure_messaging: bool, size: usize) -> EfSpec {
    EfSpec {
        id: EfId::new(df, n),
        p1,
        free,
        secure_messaging,
        size,
    }
}

/// MF/EF01: common data element (C0).
pub const MF_EF01: EfId = EfId::new(Df::Mf, 1);
/// MF/EF02: card type (C1).
pub const MF_EF02: EfId = EfId::new(Df::Mf, 2);
/// DF1/EF01.
pub const DF1_EF01: EfId = EfId::new(Df::Df1, 1);
/// DF1/EF02.
pub const DF1_EF02: EfId = EfId::new(Df::Df1, 2);
/// DF1/EF03 (2nd generation).
pub const DF1_EF03: EfId = EfId::new(Df::Df1, 3);
/// DF1/EF04 (2nd generation).
pub const DF1_EF04: EfId = EfId::new(Df::Df1, 4);
/// DF2/EF01.
pub const DF2_EF01: EfId = EfId::new(Df::Df2, 1);
/// DF2/EF02.
pub const DF2_EF02: EfId = EfId::new(Df::Df2, 2);
/// DF2/EF03.
pub const DF2_EF03: EfId = EfId::new(Df::Df2, 3);
/// DF2/EF04.
pub const DF2_EF04: EfId = EfId::new(Df::Df2, 4);
/// DF3/EF01.
pub const DF3_EF01: EfId = EfId::new(Df::Df3, 1);

const COMMON: [EfSpec; 2] = [
    ef(Df::Mf, 1, 0x8B, true, false, 6),
    ef(Df::Mf, 2, 0x8A, true, false, 3),
];
const COMMON_2: [EfSpec; 2] = [
    ef(Df::Mf, 1, 0x8B, true, false, 6),
    ef(Df::Mf, 2, 0x8A, true, false, 4),
];

/// Spec Tables 3-1, 3-4 and the P1 codings of §4.2.5.
const FIRST_RESIDENCE: &[EfSpec] = &[
    COMMON[0],
    COMMON[1],
    ef(Df::Df1, 1, 0x85, false, true, 7004),
    ef(Df::Df1, 2, 0x86, false, true, 3004),
    ef(Df::Df2, 1, 0x81, false, false, 342),
    ef(Df::Df2, 2, 0x82, false, false, 122),
    ef(Df::Df2, 3, 0x83, false, false, 122),
    ef(Df::Df2, 4, 0x84, false, false, 3),
    ef(Df::Df3, 1, 0x82, false, false, 1464),
];

/// Spec Tables 3-2, 3-5: DF2 has only EF01.
const FIRST_SPECIAL: &[EfSpec] = &[
    COMMON[0],
    COMMON[1],
    ef(Df::Df1, 1, 0x85, false, true, 7004),
    ef(Df::Df1, 2, 0x86, false, true, 3004),
    ef(Df::Df2, 1, 0x81, false, false, 342),
    ef(Df::Df3, 1, 0x82, false, false, 1464),
];

/// 2nd generation residence card ("05").
const SECOND_RESIDENCE: &[EfSpec] = &[
    COMMON_2[0],
    COMMON_2[1],
    ef(Df::Df1, 1, 0x81, false, true, 14),
    ef(Df::Df1, 2, 0x83, false, true, 73),
    ef(Df::Df1, 3, 0x84, false, true, 5508),
    ef(Df::Df1, 4, 0x86, false, true, 2505),
    ef(Df::Df2, 1, 0x81, false, false, 22),
    ef(Df::Df2, 2, 0x82, false, false, 3),
    ef(Df::Df2, 3, 0x83, false, false, 207),
    ef(Df::Df3, 1, 0x82, false, false, 704),
];

/// 2nd generation special permanent resident certificate ("06"): DF2 holds only the "other" file,
/// listed as DF2/EF01 in the spec's table and read with P1 `83`.
const SECOND_SPECIAL: &[EfSpec] = &[
    COMMON_2[0],
    COMMON_2[1],
    ef(Df::Df1, 1, 0x81, false, true, 14),
    ef(Df::Df1, 2, 0x83, false, true, 46),
    ef(Df::Df1, 3, 0x84, false, true, 5508),
    ef(Df::Df1, 4, 0x86, false, true, 2505),
    ef(Df::Df2, 1, 0x83, false, false, 207),
    ef(Df::Df3, 1, 0x82, false, false, 704),
];

/// The raw contents of the EFs read from (or stored on) a card.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CardFiles(BTreeMap<EfId, Vec<u8>>);

impl CardFiles {
    /// No files.
    pub fn new() -> Self {
        Self::default()
    }

    /// Stores an EF's bytes.
    pub fn insert(&mut self, id: EfId, bytes: Vec<u8>) {
        self.0.insert(id, bytes);
    }

    /// An EF's bytes, if present.
    pub fn get(&self, id: EfId) -> Option<&[u8]> {
        self.0.get(&id).map(Vec::as_slice)
    }

    /// All EFs in id order.
    pub fn iter(&self) -> impl Iterator<Item = (EfId, &[u8])> {
        self.0.iter().map(|(id, bytes)| (*id, bytes.as_slice()))
    }

    /// Total bytes held.
    pub fn total_len(&self) -> usize {
        self.0.values().map(Vec::len).sum()
    }

    /// Overwrites every byte with zero and drops the files (counter mode: nothing of the card
    /// stays in memory after the result is dismissed).
    pub fn wipe(&mut self) {
        for bytes in self.0.values_mut() {
            bytes.iter_mut().for_each(|b| *b = 0);
        }
        self.0.clear();
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn card_type_detection_does_not_assume_length() {
        assert_eq!(
            CardType::from_ef(&[0xC1, 0x01, 0x31]),
            Ok(CardType::RESIDENCE_1)
        );
        assert_eq!(
            CardType::from_ef(&[0xC1, 0x01, 0x32]),
            Ok(CardType::SPECIAL_1)
        );
        assert_eq!(
            CardType::from_ef(&[0xC1, 0x02, 0x30, 0x35]),
            Ok(CardType::RESIDENCE_2)
        );
        assert_eq!(
            CardType::from_ef(&[0xC1, 0x02, 0x30, 0x36, 0, 0]),
            Ok(CardType::SPECIAL_2)
        );
        assert_eq!(
            CardType::from_ef(&[0xC1, 0x02, 0x30, 0x37]),
            Err(CardTypeError::SpecifiedCard { code: "07".into() })
        );
        assert_eq!(
            CardType::from_ef(&[0xC1, 0x01, 0x33]),
            Err(CardTypeError::Unknown { code: "3".into() })
        );
        assert_eq!(
            CardType::from_ef(&[0xC0, 0x01, 0x31]),
            Err(CardTypeError::Missing)
        );
        assert_eq!(CardType::from_ef(&[]), Err(CardTypeError::Missing));
        // Truncated by a reader that asked for 3 bytes (Le = 3) on a 2nd-generation card.
        assert!(matches!(
            CardType::from_ef(&[0xC1, 0x02, 0x30]),
            Err(CardTypeError::Malformed(_))
        ));
        for t in [
            CardType::RESIDENCE_1,
            CardType::SPECIAL_1,
            CardType::RESIDENCE_2,
            CardType::SPECIAL_2,
        ] {
            let mut ef = vec![0xC1, t.code().len() as u8];
            ef.extend(t.code().bytes());
            assert_eq!(CardType::from_ef(&ef), Ok(t));
        }
    }

    #[test]
    fn layouts_match_the_spec_tables() {
        let sizes: Vec<_> = CardType::RESIDENCE_1
            .layout()
            .iter()
            .map(|e| (e.id.to_string(), e.p1, e.size))
            .collect();
        assert_eq!(
            sizes,
            [
                ("MF_EF01".to_owned(), 0x8B, 6),
                ("MF_EF02".to_owned(), 0x8A, 3),
                ("DF1_EF01".to_owned(), 0x85, 7004),
                ("DF1_EF02".to_owned(), 0x86, 3004),
                ("DF2_EF01".to_owned(), 0x81, 342),
                ("DF2_EF02".to_owned(), 0x82, 122),
                ("DF2_EF03".to_owned(), 0x83, 122),
                ("DF2_EF04".to_owned(), 0x84, 3),
                ("DF3_EF01".to_owned(), 0x82, 1464),
            ]
        );
        assert_eq!(CardType::SPECIAL_1.layout().len(), 6);
        assert!(CardType::SPECIAL_1.ef(DF2_EF02).is_none());
        assert!(CardType::RESIDENCE_1.ef(DF1_EF01).unwrap().secure_messaging);
        assert!(!CardType::RESIDENCE_1.ef(DF3_EF01).unwrap().secure_messaging);
        assert!(CardType::RESIDENCE_1.ef(MF_EF02).unwrap().free);
        assert_eq!(CardType::SPECIAL_2.ef(DF2_EF01).unwrap().p1, 0x83);
        // Every P1 is the "select by short EF identifier" form 100x xxxx, unique within its DF.
        for t in [
            CardType::RESIDENCE_1,
            CardType::SPECIAL_1,
            CardType::RESIDENCE_2,
            CardType::SPECIAL_2,
        ] {
            for e in t.layout() {
                assert_eq!(e.p1 & 0xE0, 0x80);
                assert_eq!(
                    t.layout()
                        .iter()
                        .filter(|o| o.id.df == e.id.df && o.p1 == e.p1)
                        .count(),
                    1
                );
            }
        }
    }

    #[test]
    fn ef_names_and_aids() {
        for name in ["MF_EF01", "DF1_EF02", "DF2_EF04", "DF3_EF01"] {
            assert_eq!(EfId::parse(name).unwrap().to_string(), name);
        }
        for bad in ["MF_EF1", "DF4_EF01", "DF1EF01", "DF1_EFxx", "card_number"] {
            assert_eq!(EfId::parse(bad), None, "{bad}");
        }
        assert_eq!(
            Df::Df1.aid().unwrap()[..6],
            [0xD3, 0x92, 0xF0, 0x00, 0x4F, 0x02]
        );
        assert_eq!(Df::from_aid(&Df::Df3.aid().unwrap()), Some(Df::Df3));
        assert_eq!(Df::from_aid(&[0; 16]), None);
        assert_eq!(Df::Mf.aid(), None);
    }

    #[test]
    fn wipe_zeroes_and_clears() {
        let mut files = CardFiles::new();
        files.insert(DF1_EF02, vec![1, 2, 3]);
        assert_eq!(files.total_len(), 3);
        files.wipe();
        assert_eq!(files.get(DF1_EF02), None);
        assert_eq!(files.total_len(), 0);
    }
}
