#![no_main]
//! Response APDUs, command APDUs (card side), SM objects and authentication answers.

use libfuzzer_sys::fuzz_target;
use madoguchi_zairyu::{CommandApdu, Response, Suite, crypto};

fuzz_target!(|data: &[u8]| {
    let _ = Response::from_raw(data);
    let _ = CommandApdu::parse(data);
    for suite in [Suite::Tdes, Suite::Aes] {
        let _ = crypto::sm_unwrap(suite, &[0x11; 16], data);
        let _ = crypto::terminal_open_card_response(suite, &[0x11; 16], data, &[0; 8], &[0; 8]);
    }
});
