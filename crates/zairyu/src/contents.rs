//! Decoded card contents (spec §3.3.4 for the 1st generation; the 2nd generation's printed
//! entries, images and back-side fields).

use serde::Serialize;

use crate::layout::CardFiles;
use crate::layout::{
    CardKind, CardType, DF1_EF01, DF1_EF02, DF1_EF03, DF1_EF04, DF2_EF01, DF2_EF02, DF2_EF03,
    DF2_EF04, EfId, Generation, MF_EF01,
};
use crate::tlv::{self, Tlv, TlvError};

/// An EF that is not valid TLV.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize)]
#[error("{ef} is malformed: {error}")]
pub struct ContentError {
    /// Which EF.
    pub ef: EfId,
    /// What is wrong.
    pub error: TlvError,
}

/// Image container detected from the first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImageFormat {
    /// TIFF (the card uses MMR / CCITT G4 compression).
    Tiff,
    /// JPEG 2000 JP2 file (box structure).
    Jp2,
    /// Raw JPEG 2000 codestream.
    J2k,
    /// Anything else.
    Unknown,
}

impl ImageFormat {
    /// Sniffs the container.
    pub fn detect(bytes: &[u8]) -> Self {
        if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
            Self::Tiff
        } else if bytes.starts_with(&[0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20]) {
            Self::Jp2
        } else if bytes.starts_with(&[0xFF, 0x4F, 0xFF, 0x51]) {
            Self::J2k
        } else {
            Self::Unknown
        }
    }
}

/// An image stored on the chip, without its trailing `00` padding.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Image {
    /// Detected container.
    pub format: ImageFormat,
    /// Number of image bytes (padding excluded).
    pub len: usize,
    /// The image bytes (not serialised: JSON output reports sizes only).
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for Image {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Image")
            .field("format", &self.format)
            .field("len", &self.len)
            .finish()
    }
}

impl Image {
    /// `None` for an empty or all-zero value (e.g. no photo on an under-16 card).
    fn from_value(value: &[u8]) -> Option<Self> {
        let bytes = tlv::trim_nul(value);
        if bytes.is_empty() {
            return None;
        }
        Some(Self {
            format: ImageFormat::detect(bytes),
            len: bytes.len(),
            bytes: bytes.to_vec(),
        })
    }
}

/// 住居地 (DF2/EF01, 1st generation).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Address {
    /// 追記書き込み年月日 `YYYYMMDD` (D2).
    pub written_on: String,
    /// 市町村コード, 6 digits (D3).
    pub municipality_code: String,
    /// 住居地 (D4).
    pub address: String,
}

/// 在留期間更新等許可申請欄 (D7 on 1st, D8 on 2nd generation cards).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RenewalStatus {
    /// "0": none.
    None,
    /// "1": application pending (申請中).
    Applied,
    /// Any other value.
    Unknown,
}

impl RenewalStatus {
    fn from_value(value: &[u8]) -> Self {
        match tlv::trim_nul(value) {
            b"0" => Self::None,
            b"1" => Self::Applied,
            _ => Self::Unknown,
        }
    }
}

/// 2nd generation printed entries (DF1/EF02). Text fields are the raw codes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PrintedEntries {
    /// C5 card expiry `YYYYMMDD`.
    pub card_expiry: String,
    /// C6 birth date `YYYYMMDD`.
    pub birth_date: String,
    /// C7 sex: 1 male, 2 female, 3 unspecified.
    pub sex: String,
    /// C8 nationality/region code.
    pub nationality: String,
    /// C9 status of residence code.
    pub residence_status: String,
    /// CE period of stay: `YYMM`, `DDD`, `0000` = indefinite.
    pub period_of_stay: String,
    /// CA permission type (residence card only).
    pub permission_type: Option<String>,
    /// CB permission date `YYYYMMDD` (residence card only).
    pub permission_date: Option<String>,
    /// CC work restriction: 1 none, 2 within status, 4 designated, 9 not permitted.
    pub work_restriction: Option<String>,
    /// CD period of stay expiry `YYYYMMDD` (residence card only).
    pub period_expiry: Option<String>,
}

/// 2nd generation permission to engage in activity outside the status (DF2/EF01 of "05").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutsideActivityPermission {
    /// D5 comprehensive permission: 0 none, 1 (28 h/week), 2 (education etc.).
    pub comprehensive: String,
    /// D6 its expiry `YYYYMMDD`.
    pub comprehensive_expiry: String,
    /// D7 individual permission: 0 none, 1 granted.
    pub individual: String,
}

/// Everything decoded from the EFs. Fields a card type does not have stay `None`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CardContents {
    /// Card type (generation and kind).
    pub card_type: CardType,
    /// C0 仕様バージョン番号 (MF/EF01).
    pub spec_version: Option<String>,
    /// 1st gen D0: 券面（表）イメージ, TIFF/MMR.
    pub front_image: Option<Image>,
    /// D1: 顔画像, JPEG 2000 (absent on under-16 cards).
    pub face_image: Option<Image>,
    /// 2nd gen D0: name image, TIFF/MMR.
    pub name_image: Option<Image>,
    /// 2nd gen DFD1: address image, TIFF/MMR.
    pub address_image: Option<Image>,
    /// 1st gen 住居地.
    pub address: Option<Address>,
    /// 1st gen D5 裏面資格外活動包括許可欄 (None when the field was cleared to all zeros).
    pub comprehensive_permission_text: Option<String>,
    /// 1st gen D6 裏面資格外活動個別許可欄.
    pub individual_permission_text: Option<String>,
    /// D7 (1st) / D8 (2nd) renewal application status.
    pub renewal_application: Option<RenewalStatus>,
    /// 2nd gen C2 card number stored on the chip.
    pub card_number: Option<String>,
    /// 2nd gen printed entries.
    pub printed: Option<PrintedEntries>,
    /// 2nd gen D5–D7.
    pub outside_activity: Option<OutsideActivityPermission>,
    /// 2nd gen D9 ISA commissioner entry flag.
    pub commissioner_entry: Option<bool>,
    /// 2nd gen DE reserved text.
    pub reserved_text: Option<String>,
}

fn objects(files: &CardFiles, ef: EfId) -> Result<Option<Vec<Tlv<'_>>>, ContentError> {
    files
        .get(ef)
        .map(|bytes| tlv::parse(bytes).map_err(|error| ContentError { ef, error }))
        .transpose()
}

fn text_of(objects: &[Tlv<'_>], tag: u16) -> Option<String> {
    tlv::find(objects, tag)
        .filter(|v| !tlv::is_blank(v))
        .map(tlv::text)
}

/// Decodes the EFs of a card of type `card_type`. Missing EFs leave fields empty; a malformed EF
/// is an error (never a panic).
pub fn parse_contents(
    card_type: CardType,
    files: &CardFiles,
) -> Result<CardContents, ContentError> {
    let mut out = CardContents {
        card_type,
        spec_version: None,
        front_image: None,
        face_image: None,
        name_image: None,
        address_image: None,
        address: None,
        comprehensive_permission_text: None,
        individual_permission_text: None,
        renewal_application: None,
        card_number: None,
        printed: None,
        outside_activity: None,
        commissioner_entry: None,
        reserved_text: None,
    };
    if let Some(o) = objects(files, MF_EF01)? {
        out.spec_version = text_of(&o, 0xC0);
    }
    match card_type.generation {
        Generation::First => parse_first(card_type, files, &mut out)?,
        Generation::Second => parse_second(card_type, files, &mut out)?,
    }
    Ok(out)
}

fn parse_first(
    card_type: CardType,
    files: &CardFiles,
    out: &mut CardContents,
) -> Result<(), ContentError> {
    if let Some(o) = objects(files, DF1_EF01)? {
        out.front_image = tlv::find(&o, 0xD0).and_then(Image::from_value);
    }
    if let Some(o) = objects(files, DF1_EF02)? {
        out.face_image = tlv::find(&o, 0xD1).and_then(Image::from_value);
    }
    if let Some(o) = objects(files, DF2_EF01)?
        && !o.is_empty()
    {
        out.address = Some(Address {
            written_on: text_of(&o, 0xD2).unwrap_or_default(),
            municipality_code: text_of(&o, 0xD3).unwrap_or_default(),
            address: text_of(&o, 0xD4).unwrap_or_default(),
        });
    }
    if card_type.kind == CardKind::ResidenceCard {
        if let Some(o) = objects(files, DF2_EF02)? {
            out.comprehensive_permission_text = text_of(&o, 0xD5);
        }
        if let Some(o) = objects(files, DF2_EF03)? {
            out.individual_permission_text = text_of(&o, 0xD6);
        }
        if let Some(o) = objects(files, DF2_EF04)? {
            out.renewal_application = tlv::find(&o, 0xD7).map(RenewalStatus::from_value);
        }
    }
    Ok(())
}

fn parse_second(
    card_type: CardType,
    files: &CardFiles,
    out: &mut CardContents,
) -> Result<(), ContentError> {
    if let Some(o) = objects(files, DF1_EF01)? {
        out.card_number = text_of(&o, 0xC2);
    }
    if let Some(o) = objects(files, DF1_EF02)?
        && !o.is_empty()
    {
        let residence = card_type.kind == CardKind::ResidenceCard;
        let opt = |tag| if residence { text_of(&o, tag) } else { None };
        out.printed = Some(PrintedEntries {
            card_expiry: text_of(&o, 0xC5).unwrap_or_default(),
            birth_date: text_of(&o, 0xC6).unwrap_or_default(),
            sex: text_of(&o, 0xC7).unwrap_or_default(),
            nationality: text_of(&o, 0xC8).unwrap_or_default(),
            residence_status: text_of(&o, 0xC9).unwrap_or_default(),
            period_of_stay: text_of(&o, 0xCE).unwrap_or_default(),
            permission_type: opt(0xCA),
            permission_date: opt(0xCB),
            work_restriction: opt(0xCC),
            period_expiry: opt(0xCD),
        });
    }
    if let Some(o) = objects(files, DF1_EF03)? {
        out.name_image = tlv::find(&o, 0xD0).and_then(Image::from_value);
        out.face_image = tlv::find(&o, 0xD1).and_then(Image::from_value);
    }
    if let Some(o) = objects(files, DF1_EF04)? {
        out.address_image = tlv::find(&o, 0xDFD1).and_then(Image::from_value);
    }
    let other = match card_type.kind {
        CardKind::ResidenceCard => {
            if let Some(o) = objects(files, DF2_EF01)?
                && !o.is_empty()
            {
                out.outside_activity = Some(OutsideActivityPermission {
                    comprehensive: text_of(&o, 0xD5).unwrap_or_default(),
                    comprehensive_expiry: text_of(&o, 0xD6).unwrap_or_default(),
                    individual: text_of(&o, 0xD7).unwrap_or_default(),
                });
            }
            if let Some(o) = objects(files, DF2_EF02)? {
                out.renewal_application = tlv::find(&o, 0xD8).map(RenewalStatus::from_value);
            }
            DF2_EF03
        }
        CardKind::SpecialPermanentResidentCertificate => DF2_EF01,
    };
    if let Some(o) = objects(files, other)? {
        out.commissioner_entry = tlv::find(&o, 0xD9).map(|v| tlv::trim_nul(v) == b"1");
        out.reserved_text = text_of(&o, 0xDE);
    }
    Ok(())
}

/// The 2nd generation printed-entry values in file order, NUL-padded to 53 bytes (the special
/// permanent resident certificate's 34 bytes are padded too): the first part of the signed data.
pub fn printed_entries_signed_part(df1_ef02: &[u8]) -> Result<Vec<u8>, TlvError> {
    let mut out: Vec<u8> = tlv::parse(df1_ef02)?
        .iter()
        .flat_map(|o| o.value.iter().copied())
        .collect();
    if out.len() < PRINTED_ENTRIES_SIGNED_LEN {
        out.resize(PRINTED_ENTRIES_SIGNED_LEN, 0);
    }
    Ok(out)
}

/// Length of the printed-entry part of the 2nd generation signed data.
pub const PRINTED_ENTRIES_SIGNED_LEN: usize = 53;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::tlv::encode;

    fn fixed(tag: u16, text: &str, len: usize) -> Vec<u8> {
        let mut v = text.as_bytes().to_vec();
        v.resize(len, 0);
        encode(tag, &v)
    }

    #[test]
    fn first_generation_fields() {
        let mut files = CardFiles::new();
        files.insert(MF_EF01, encode(0xC0, b"0001"));
        let mut front = b"II*\0rest".to_vec();
        front.resize(7000, 0);
        files.insert(DF1_EF01, encode(0xD0, &front));
        files.insert(DF1_EF02, encode(0xD1, &[0u8; 3000]));
        let mut df2 = fixed(0xD2, "20240310", 8);
        df2.extend(fixed(0xD3, "131016", 6));
        df2.extend(fixed(0xD4, "東京都千代田区霞が関１丁目１番１号", 320));
        assert_eq!(df2.len(), 342);
        files.insert(DF2_EF01, df2);
        files.insert(DF2_EF02, vec![0; 122]);
        files.insert(DF2_EF03, fixed(0xD6, "許可：個別", 120));
        files.insert(DF2_EF04, encode(0xD7, b"1"));
        let c = parse_contents(CardType::RESIDENCE_1, &files).unwrap();
        assert_eq!(c.spec_version.as_deref(), Some("0001"));
        let front = c.front_image.unwrap();
        assert_eq!((front.format, front.len), (ImageFormat::Tiff, 8));
        assert_eq!(c.face_image, None);
        let a = c.address.unwrap();
        assert_eq!(a.written_on, "20240310");
        assert_eq!(a.municipality_code, "131016");
        assert_eq!(a.address, "東京都千代田区霞が関１丁目１番１号");
        assert_eq!(c.comprehensive_permission_text, None);
        assert_eq!(c.individual_permission_text.as_deref(), Some("許可：個別"));
        assert_eq!(c.renewal_application, Some(RenewalStatus::Applied));

        // A special permanent resident certificate ignores DF2/EF02-04 even if present.
        let c = parse_contents(CardType::SPECIAL_1, &files).unwrap();
        assert_eq!(c.individual_permission_text, None);
        assert_eq!(c.renewal_application, None);
    }

    #[test]
    fn second_generation_fields_and_signed_part() {
        let mut files = CardFiles::new();
        files.insert(DF1_EF01, encode(0xC2, b"AB12345678CD"));
        let mut printed = Vec::new();
        for (tag, value) in [
            (0xC5, "20300101"),
            (0xC6, "19900102"),
            (0xC7, "2"),
            (0xC8, "VNM"),
            (0xC9, "0000000001"),
            (0xCE, "0500"),
            (0xCA, "01"),
            (0xCB, "20250101"),
            (0xCC, "2"),
            (0xCD, "20300101"),
        ] {
            printed.extend(encode(tag, value.as_bytes()));
        }
        assert_eq!(printed.len(), 73);
        files.insert(DF1_EF02, printed.clone());
        let mut ef03 = encode(0xD0, &{
            let mut v = b"MM\0*".to_vec();
            v.resize(2500, 0);
            v
        });
        ef03.extend(encode(0xD1, &{
            let mut v = vec![0, 0, 0, 0x0C, 0x6A, 0x50, 0x20, 0x20, 1];
            v.resize(3000, 0);
            v
        }));
        files.insert(DF1_EF03, ef03);
        files.insert(DF1_EF04, encode(0xDFD1, &[0xFF, 0x4F, 0xFF, 0x51, 9]));
        let mut df2 = fixed(0xD5, "1", 7);
        df2.extend(fixed(0xD6, "20301231", 8));
        df2.extend(fixed(0xD7, "0", 1));
        files.insert(DF2_EF01, df2);
        files.insert(DF2_EF02, encode(0xD8, b"0"));
        let mut other = encode(0xD9, b"1");
        other.extend(fixed(0xDE, "", 200));
        files.insert(DF2_EF03, other);
        let c = parse_contents(CardType::RESIDENCE_2, &files).unwrap();
        assert_eq!(c.card_number.as_deref(), Some("AB12345678CD"));
        let p = c.printed.as_ref().unwrap();
        assert_eq!(p.card_expiry, "20300101");
        assert_eq!(p.nationality, "VNM");
        assert_eq!(p.work_restriction.as_deref(), Some("2"));
        assert_eq!(c.name_image.as_ref().unwrap().format, ImageFormat::Tiff);
        assert_eq!(c.face_image.as_ref().unwrap().format, ImageFormat::Jp2);
        assert_eq!(c.face_image.as_ref().unwrap().len, 9);
        assert_eq!(c.address_image.as_ref().unwrap().format, ImageFormat::J2k);
        let perm = c.outside_activity.as_ref().unwrap();
        assert_eq!(
            (perm.comprehensive.as_str(), perm.individual.as_str()),
            ("1", "0")
        );
        assert_eq!(c.renewal_application, Some(RenewalStatus::None));
        assert_eq!(c.commissioner_entry, Some(true));
        assert_eq!(c.reserved_text, None);

        let signed = printed_entries_signed_part(&printed).unwrap();
        assert_eq!(signed.len(), 53);
        assert_eq!(&signed[..8], b"20300101");
        // Special permanent resident: 34 bytes of values, padded to 53.
        let spr: Vec<u8> = printed[..46].to_vec();
        let signed = printed_entries_signed_part(&spr).unwrap();
        assert_eq!(signed.len(), 53);
        assert!(signed[34..].iter().all(|&b| b == 0));
    }

    #[test]
    fn malformed_files_are_errors() {
        let mut files = CardFiles::new();
        files.insert(DF2_EF01, vec![0xD2, 0x08, 0x32]);
        assert_eq!(
            parse_contents(CardType::RESIDENCE_1, &files),
            Err(ContentError {
                ef: DF2_EF01,
                error: TlvError::Truncated { offset: 0 }
            })
        );
        assert!(parse_contents(CardType::RESIDENCE_1, &CardFiles::new()).is_ok());
    }
}
