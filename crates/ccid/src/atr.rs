//! Answer To Reset (ISO/IEC 7816-3 §8.2), and what PC/SC part 3 readers put in it for
//! contactless cards.

/// A parsed ATR.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Atr {
    pub raw: Vec<u8>,
    /// Protocols offered (T=0 is implied when no TD byte names another).
    pub protocols: Vec<u8>,
    pub historical: Vec<u8>,
    /// Whether TCK was present and correct (absent TCK is fine for T=0-only cards).
    pub checksum_ok: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AtrError {
    #[error("ATR too short")]
    TooShort,
    #[error("ATR starts with {0:#04x}, not 0x3B or 0x3F")]
    BadTs(u8),
    #[error("ATR ends before its announced bytes")]
    Truncated,
    #[error("ATR checksum (TCK) is wrong")]
    BadChecksum,
}

/// What a contactless reader reports about the card in the field (PC/SC part 3 §3.1.3.2.3).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub enum ContactlessCard {
    /// A memory card (MIFARE, FeliCa…), named by the PC/SC standard and card-name bytes.
    Storage { standard: u8, name: u16 },
    /// An ISO/IEC 14443-4 card (such as the Residence Card): historical bytes from ATS or ATQB.
    Iso14443_4 { historical: Vec<u8> },
}

impl Atr {
    pub fn parse(raw: &[u8]) -> Result<Atr, AtrError> {
        let (&ts, rest) = raw.split_first().ok_or(AtrError::TooShort)?;
        if ts != 0x3B && ts != 0x3F {
            return Err(AtrError::BadTs(ts));
        }
        let (&t0, _) = rest.split_first().ok_or(AtrError::TooShort)?;
        let historical_len = usize::from(t0 & 0x0F);
        let mut indicator = t0 >> 4;
        let mut position = 2;
        let mut protocols = Vec::new();
        loop {
            // TA, TB, TC present per bits 4..6 of the indicator; TD per bit 7.
            let skipped = usize::from((indicator & 0x07).count_ones() as u8);
            position += skipped;
            if indicator & 0x08 == 0 {
                break;
            }
            let td = *raw.get(position).ok_or(AtrError::Truncated)?;
            protocols.push(td & 0x0F);
            indicator = td >> 4;
            position += 1;
        }
        let historical = raw
            .get(position..position + historical_len)
            .ok_or(AtrError::Truncated)?
            .to_vec();
        position += historical_len;
        let needs_tck = protocols.iter().any(|p| *p != 0);
        let checksum_ok = if needs_tck {
            let tck_end = position + 1;
            let covered = raw.get(1..tck_end).ok_or(AtrError::Truncated)?;
            if covered.iter().fold(0u8, |x, b| x ^ b) != 0 {
                return Err(AtrError::BadChecksum);
            }
            true
        } else {
            false
        };
        if protocols.is_empty() {
            protocols.push(0);
        }
        protocols.dedup();
        Ok(Atr {
            raw: raw.to_vec(),
            protocols,
            historical,
            checksum_ok,
        })
    }

    /// The PC/SC part 3 reading of a contactless reader's ATR (`3B 8n 80 01 …`), if it is one.
    pub fn contactless(&self) -> Option<ContactlessCard> {
        if self
            .raw
            .get(..4)
            .is_none_or(|head| head[0] != 0x3B || head[2] != 0x80 || head[3] != 0x01)
        {
            return None;
        }
        let h = &self.historical;
        if h.len() >= 12
            && h[0] == 0x80
            && h[1] == 0x4F
            && h[3..8] == [0xA0, 0x00, 0x00, 0x03, 0x06]
        {
            return Some(ContactlessCard::Storage {
                standard: h[8],
                name: u16::from_be_bytes([h[9], h[10]]),
            });
        }
        Some(ContactlessCard::Iso14443_4 {
            historical: h.clone(),
        })
    }
}

/// Builds the PC/SC part 3 ATR of an ISO 14443-4 card with the given historical bytes (≤ 15).
pub fn contactless_atr(historical: &[u8]) -> Vec<u8> {
    let historical = &historical[..historical.len().min(15)];
    let count = u8::try_from(historical.len()).unwrap_or(15);
    let mut atr = vec![0x3B, 0x80 | count, 0x80, 0x01];
    atr.extend_from_slice(historical);
    let tck = atr[1..].iter().fold(0u8, |x, b| x ^ b);
    atr.push(tck);
    atr
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_measured_contactless_atrs() {
        // FeliCa on a Sony RC-S300 (measured, see shared/reference/webusb-readers.md §3.4).
        let felica = [
            0x3b, 0x8f, 0x80, 0x01, 0x80, 0x4f, 0x0c, 0xa0, 0x00, 0x00, 0x03, 0x06, 0x11, 0x00,
            0x3b, 0x00, 0x00, 0x00, 0x00, 0x42,
        ];
        let atr = Atr::parse(&felica).expect("valid");
        assert_eq!(atr.protocols, [0, 1]);
        assert!(atr.checksum_ok);
        assert_eq!(
            atr.contactless(),
            Some(ContactlessCard::Storage {
                standard: 0x11,
                name: 0x003b
            })
        );
        // An ISO 14443-4 card without historical bytes (an iPhone, measured).
        let iso = Atr::parse(&[0x3b, 0x80, 0x80, 0x01, 0x01]).expect("valid");
        assert_eq!(
            iso.contactless(),
            Some(ContactlessCard::Iso14443_4 { historical: vec![] })
        );
    }

    #[test]
    fn builds_type_b_atrs_that_parse_back() {
        let historical = [0x00, 0x00, 0x00, 0x00, 0x00, 0x81, 0x81, 0x00];
        let atr = contactless_atr(&historical);
        let parsed = Atr::parse(&atr).expect("valid");
        assert_eq!(parsed.historical, historical);
        assert_eq!(
            parsed.contactless(),
            Some(ContactlessCard::Iso14443_4 {
                historical: historical.to_vec()
            })
        );
    }

    #[test]
    fn contact_atr_without_tck() {
        // T=0 only: TS T0(K=3, TA1) TA1 + 3 historical bytes.
        let atr = Atr::parse(&[0x3B, 0x13, 0x11, 0x01, 0x02, 0x03]).expect("valid");
        assert_eq!(atr.protocols, [0]);
        assert!(!atr.checksum_ok);
        assert_eq!(atr.historical, [1, 2, 3]);
        assert_eq!(atr.contactless(), None);
    }

    #[test]
    fn rejects_bad_atrs_without_panicking() {
        assert_eq!(Atr::parse(&[]), Err(AtrError::TooShort));
        assert_eq!(Atr::parse(&[0x3B]), Err(AtrError::TooShort));
        assert_eq!(Atr::parse(&[0x12, 0x00]), Err(AtrError::BadTs(0x12)));
        assert_eq!(Atr::parse(&[0x3B, 0x8F, 0x80]), Err(AtrError::Truncated));
        assert_eq!(
            Atr::parse(&[0x3b, 0x80, 0x80, 0x01, 0x02]),
            Err(AtrError::BadChecksum)
        );
        for a in 0..=255u8 {
            for b in [0x00, 0x0F, 0xF0, 0xFF, 0x81] {
                let _ = Atr::parse(&[0x3B, a, b, b, a]);
            }
        }
    }
}
