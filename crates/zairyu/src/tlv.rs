//! The card's BER-TLV data objects (spec §3.2.3.1): 1-byte tags (2-byte `DF xx` tags on 2nd
//! generation cards), lengths `00`–`7F`, `81 xx`, `82 xx xx`, fixed-length values padded with
//! `00`, and EFs filled up with `00` after the last DO.
//!
//! Architecture Invariant: parsing card bytes never panics; malformed input is an error value.

use serde::Serialize;

/// One data object, borrowing its value from the EF bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tlv<'a> {
    /// The tag (`0xD0`, or `0xDFD1` for a 2-byte tag).
    pub tag: u16,
    /// The value bytes (length L).
    pub value: &'a [u8],
    /// Offset of the tag byte inside the parsed buffer.
    pub offset: usize,
}

/// Why an EF's bytes are not a sequence of data objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TlvError {
    /// The buffer ends inside a tag, a length or a value.
    #[error("data object truncated at offset {offset}")]
    Truncated {
        /// Offset of the data object's tag.
        offset: usize,
    },
    /// A length byte other than `00`–`7F`, `81`, `82`.
    #[error("unsupported length encoding {byte:#04x} at offset {offset}")]
    BadLength {
        /// Offset of the length byte.
        offset: usize,
        /// The offending byte.
        byte: u8,
    },
}

/// Parses all data objects of an EF.
///
/// A `00` (or `FF`) byte where a tag is expected starts the padding: parsing stops there, so an
/// all-zero EF (a permission field cleared to "none", spec §3.3.4.6) yields no DO. Zero-length
/// DOs such as `DA 00 DB 00` (under-16 cards, spec §3.3.5) are returned with empty values.
pub fn parse(data: &[u8]) -> Result<Vec<Tlv<'_>>, TlvError> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(&first) = data.get(pos) {
        if first == 0x00 || first == 0xFF {
            break;
        }
        let offset = pos;
        let truncated = TlvError::Truncated { offset };
        let tag = if first & 0x1F == 0x1F {
            // The spec limits tags to two bytes (`DF D1`), so the second byte always ends the
            // tag even though BER would read its b8 as "more tag bytes follow".
            let second = *data.get(pos + 1).ok_or(truncated)?;
            pos += 2;
            u16::from_be_bytes([first, second])
        } else {
            pos += 1;
            u16::from(first)
        };
        let len_byte = *data.get(pos).ok_or(truncated)?;
        let len = match len_byte {
            0x00..=0x7F => {
                pos += 1;
                usize::from(len_byte)
            }
            0x81 => {
                let l = *data.get(pos + 1).ok_or(truncated)?;
                pos += 2;
                usize::from(l)
            }
            0x82 => {
                let hi = *data.get(pos + 1).ok_or(truncated)?;
                let lo = *data.get(pos + 2).ok_or(truncated)?;
                pos += 3;
                usize::from(u16::from_be_bytes([hi, lo]))
            }
            byte => return Err(TlvError::BadLength { offset: pos, byte }),
        };
        let value = data.get(pos..pos + len).ok_or(truncated)?;
        pos += len;
        out.push(Tlv { tag, value, offset });
    }
    Ok(out)
}

/// The value of the first DO with `tag`, if any.
pub fn find<'a>(objects: &[Tlv<'a>], tag: u16) -> Option<&'a [u8]> {
    objects.iter().find(|o| o.tag == tag).map(|o| o.value)
}

/// Encodes one data object with the shortest length form (used by the simulator and tests).
pub fn encode(tag: u16, value: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(value.len() + 5);
    if tag > 0xFF {
        out.extend_from_slice(&tag.to_be_bytes());
    } else {
        out.push(tag as u8);
    }
    let len = value.len();
    if len < 0x80 {
        out.push(len as u8);
    } else if len <= 0xFF {
        out.extend_from_slice(&[0x81, len as u8]);
    } else {
        let len = u16::try_from(len).unwrap_or(u16::MAX);
        out.push(0x82);
        out.extend_from_slice(&len.to_be_bytes());
    }
    out.extend_from_slice(value);
    out
}

/// Text value: UTF-8 (spec §3.3.4: "UTF-8 without BOM"), trailing NUL padding removed.
/// Invalid UTF-8 is replaced rather than rejected, so a damaged field still shows something.
pub fn text(value: &[u8]) -> String {
    String::from_utf8_lossy(trim_nul(value)).trim().to_owned()
}

/// The value without trailing `00` padding.
pub fn trim_nul(value: &[u8]) -> &[u8] {
    let end = value.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
    &value[..end]
}

/// True when the value is empty or all `00`.
pub fn is_blank(value: &[u8]) -> bool {
    value.iter().all(|&b| b == 0)
}

/// Length of the DER element at the start of `value` (for the zero-padded certificate DOs).
pub fn der_element_len(value: &[u8]) -> Option<usize> {
    let len_byte = *value.get(1)?;
    let (header, len) = match len_byte {
        0x00..=0x7F => (2, usize::from(len_byte)),
        0x81 => (3, usize::from(*value.get(2)?)),
        0x82 => (
            4,
            usize::from(u16::from_be_bytes([*value.get(2)?, *value.get(3)?])),
        ),
        0x83 => (
            5,
            usize::from(*value.get(2)?) << 16
                | usize::from(u16::from_be_bytes([*value.get(3)?, *value.get(4)?])),
        ),
        _ => return None,
    };
    let total = header + len;
    (total <= value.len()).then_some(total)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_length_forms_and_padding() {
        let mut ef = vec![0xC1, 0x01, 0x31];
        ef.extend(encode(0xD4, &[0x41; 200]));
        ef.extend(encode(0xD0, &[0x42; 7000]));
        ef.extend([0x00; 10]);
        let dos = parse(&ef).unwrap();
        assert_eq!(dos.len(), 3);
        assert_eq!((dos[0].tag, dos[0].value), (0xC1, &[0x31][..]));
        assert_eq!(&ef[3..6], [0xD4, 0x81, 200]);
        assert_eq!(dos[1].value.len(), 200);
        assert_eq!(&ef[206..210], [0xD0, 0x82, 0x1B, 0x58]);
        assert_eq!(dos[2].value.len(), 7000);
        assert_eq!(dos[2].offset, 206);
    }

    #[test]
    fn under_16_signature_file_and_all_zero_permission() {
        let mut df3 = vec![0xDA, 0x00, 0xDB, 0x00];
        df3.resize(1464, 0);
        let dos = parse(&df3).unwrap();
        assert_eq!(dos.len(), 2);
        assert!(dos.iter().all(|d| d.value.is_empty()));
        let mut df3 = vec![0xDA, 0x00];
        df3.resize(1464, 0);
        assert_eq!(parse(&df3).unwrap().len(), 1);
        assert!(parse(&[0u8; 122]).unwrap().is_empty());
        assert!(parse(&[]).unwrap().is_empty());
    }

    #[test]
    fn two_byte_tags() {
        let mut ef = encode(0xDFD1, &[7; 300]);
        assert_eq!(&ef[..5], [0xDF, 0xD1, 0x82, 0x01, 0x2C]);
        ef.push(0);
        let dos = parse(&ef).unwrap();
        assert_eq!(dos[0].tag, 0xDFD1);
        assert_eq!(find(&dos, 0xDFD1).unwrap().len(), 300);
        let two = parse(&[0xDF, 0x81, 0x01, 0x42]).unwrap();
        assert_eq!((two[0].tag, two[0].value), (0xDF81, &[0x42][..]));
    }

    #[test]
    fn truncation_and_bad_lengths_are_errors() {
        assert_eq!(parse(&[0xC0]), Err(TlvError::Truncated { offset: 0 }));
        assert_eq!(
            parse(&[0xC0, 0x04, 0x30]),
            Err(TlvError::Truncated { offset: 0 })
        );
        assert_eq!(
            parse(&[0xC1, 0x01, 0x31, 0xD0, 0x82, 0x1B]),
            Err(TlvError::Truncated { offset: 3 })
        );
        assert_eq!(
            parse(&[0xD0, 0x83, 0, 0, 1]),
            Err(TlvError::BadLength {
                offset: 1,
                byte: 0x83
            })
        );
        assert_eq!(
            parse(&[0xD0, 0x80]),
            Err(TlvError::BadLength {
                offset: 1,
                byte: 0x80
            })
        );
        assert_eq!(parse(&[0xDF]), Err(TlvError::Truncated { offset: 0 }));
    }

    #[test]
    fn text_and_der_helpers() {
        assert_eq!(text("東京都千代田区\0\0\0".as_bytes()), "東京都千代田区");
        assert_eq!(text(&[0xFF, 0x41, 0]), "\u{FFFD}A");
        assert!(is_blank(&[0, 0]));
        assert!(!is_blank(&[0, 1]));
        assert_eq!(trim_nul(&[1, 0, 2, 0, 0]), [1, 0, 2]);
        let mut cert = vec![0x30, 0x82, 0x01, 0x00];
        cert.extend([0xAB; 0x100]);
        cert.extend([0; 20]);
        assert_eq!(der_element_len(&cert), Some(0x104));
        assert_eq!(der_element_len(&cert[..100]), None);
        assert_eq!(der_element_len(&[0x30, 0x03, 1, 2, 3]), Some(5));
        assert_eq!(der_element_len(&[0x30]), None);
        assert_eq!(der_element_len(&[0x30, 0x84, 0, 0, 0, 1]), None);
    }
}
