#![no_main]
//! Whole-card decoding and verification of arbitrary EF contents (the input is split into EFs at
//! `FF FF` separators).

use libfuzzer_sys::fuzz_target;
use madoguchi_zairyu::layout::{CardFiles, DF1_EF01, DF1_EF02, DF1_EF03, DF2_EF01, DF3_EF01, MF_EF01};
use madoguchi_zairyu::{CardType, TrustStore, parse_contents, verify_card};

fuzz_target!(|data: &[u8]| {
    let mut files = CardFiles::new();
    let ids = [MF_EF01, DF1_EF01, DF1_EF02, DF1_EF03, DF2_EF01, DF3_EF01];
    for (id, part) in ids.iter().zip(data.split(|&b| b == 0xFF)) {
        files.insert(*id, part.to_vec());
    }
    let trust = TrustStore::new();
    for t in [CardType::RESIDENCE_1, CardType::SPECIAL_1, CardType::RESIDENCE_2, CardType::SPECIAL_2] {
        let _ = parse_contents(t, &files);
        let _ = verify_card(t, &files, &trust, 1_800_000_000);
    }
});
