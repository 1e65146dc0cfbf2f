#![no_main]
//! BER-TLV parsing, card type detection and DER length sniffing of arbitrary EF bytes.

use libfuzzer_sys::fuzz_target;
use madoguchi_zairyu::{CardType, tlv};

fuzz_target!(|data: &[u8]| {
    if let Ok(objects) = tlv::parse(data) {
        for o in objects {
            assert!(o.value.len() <= data.len());
        }
    }
    let _ = CardType::from_ef(data);
    let _ = tlv::der_element_len(data);
});
