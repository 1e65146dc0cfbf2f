//! Property-style loops: random, truncated and bit-flipped card bytes never panic the parsers.
//! (The same entry points are cargo-fuzz targets in `crates/zairyu/fuzz`.)

#![allow(clippy::unwrap_used)]

use madoguchi_zairyu::layout::{
    CardFiles, DF1_EF01, DF1_EF02, DF1_EF03, DF1_EF04, DF2_EF01, DF2_EF02, DF2_EF03, DF2_EF04,
    DF3_EF01, MF_EF01, MF_EF02,
};
use madoguchi_zairyu::{
    CardType, CommandApdu, Response, Suite, TrustStore, crypto, parse_contents, tlv, verify_card,
};

/// xorshift64*: deterministic test data, not for cryptography.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let len = self.below(max + 1);
        (0..len).map(|_| self.next() as u8).collect()
    }
    /// Bytes biased towards TLV-looking structure: known tags and length prefixes.
    fn tlvish(&mut self, max: usize) -> Vec<u8> {
        let mut out = Vec::new();
        while out.len() < max {
            match self.below(6) {
                0 => out.push(0x00),
                1 => out.extend([0xDF, 0xD1]),
                2 => {
                    out.push([0xC0, 0xC1, 0xD0, 0xD1, 0xDA, 0xDB, 0xDC, 0xDD, 0x86][self.below(9)])
                }
                3 => out.extend([0x81, self.next() as u8]),
                4 => out.extend([0x82, self.next() as u8, self.next() as u8]),
                _ => out.extend(self.bytes(8)),
            }
            if self.below(8) == 0 {
                break;
            }
        }
        out
    }
}

const ALL_TYPES: [CardType; 4] = [
    CardType::RESIDENCE_1,
    CardType::SPECIAL_1,
    CardType::RESIDENCE_2,
    CardType::SPECIAL_2,
];
const ALL_EFS: [madoguchi_zairyu::EfId; 12] = [
    MF_EF01, MF_EF02, DF1_EF01, DF1_EF02, DF1_EF03, DF1_EF04, DF2_EF01, DF2_EF02, DF2_EF03,
    DF2_EF04, DF3_EF01, DF3_EF01,
];

#[test]
fn tlv_parser_never_panics_and_values_stay_in_bounds() {
    let mut g = Gen(0x1234_5678_9ABC_DEF1);
    for i in 0..20_000 {
        let data = if i % 2 == 0 {
            g.bytes(300)
        } else {
            g.tlvish(300)
        };
        if let Ok(objects) = tlv::parse(&data) {
            for o in &objects {
                assert!(o.offset < data.len());
                assert!(o.value.len() <= data.len() - o.offset);
            }
        }
        // Every prefix of a valid encoding is either valid or an error, never a panic.
        let encoded = tlv::encode(0xD0, &data);
        for cut in 0..encoded.len() {
            let r = tlv::parse(&encoded[..cut]);
            assert!(r.is_err() || cut == 0, "cut {cut} of {}", encoded.len());
        }
        assert_eq!(tlv::parse(&encoded).unwrap()[0].value, data.as_slice());
        let _ = tlv::der_element_len(&data);
        let _ = CardType::from_ef(&data);
    }
}

#[test]
fn apdu_and_response_parsers_never_panic() {
    let mut g = Gen(42);
    for _ in 0..20_000 {
        let data = g.bytes(300);
        if let Ok(apdu) = CommandApdu::parse(&data) {
            assert!(apdu.data.len() <= data.len());
        }
        match Response::from_raw(&data) {
            Ok(r) => assert_eq!(r.to_bytes(), data),
            Err(_) => assert!(data.len() < 2),
        }
        for suite in [Suite::Tdes, Suite::Aes] {
            let _ = crypto::sm_unwrap(suite, &[7; 16], &data);
            let mut sm = vec![0x86];
            sm.extend(g.tlvish(40));
            let _ = crypto::sm_unwrap(suite, &[7; 16], &sm);
            let _ = suite.decrypt_padded(&[7; 16], &data);
            let _ = crypto::terminal_open_card_response(suite, &[7; 16], &data, &[0; 8], &[0; 8]);
            let _ = crypto::card_open_terminal_request(suite, &[7; 16], &data, &[0; 8]);
        }
    }
}

#[test]
fn contents_and_verification_never_panic_on_garbage_files() {
    let mut g = Gen(7);
    let trust = TrustStore::new();
    for _ in 0..3_000 {
        let mut files = CardFiles::new();
        for ef in ALL_EFS {
            if g.below(3) > 0 {
                let mut bytes = g.tlvish(200);
                // Sometimes a plausible signature file: DA/DC with a real-size value.
                if ef == DF3_EF01 && g.below(2) == 0 {
                    bytes = tlv::encode(0xDA, &g.bytes(256));
                    bytes.extend(tlv::encode(0xDB, &[0x30, 0x82, 0x01, 0x00]));
                    bytes.extend(g.bytes(100));
                }
                files.insert(ef, bytes);
            }
        }
        for t in ALL_TYPES {
            let _ = parse_contents(t, &files);
            let _ = verify_card(t, &files, &trust, 1_800_000_000);
        }
    }
}
