//! Any bytes as a browser's passkey answers: registration and login checks return errors,
//! never panic. The first byte picks the ceremony; the rest is split into the answer's parts.
#![no_main]

use libfuzzer_sys::fuzz_target;
use coset::{CborSerializable, CoseKeyBuilder, iana};
use madoguchi_server::passkeys::webauthn::{Expected, StoredKey, verify_assertion, verify_registration};

/// A valid P-256 point (the generator), so assertions reach the signature check.
const GENERATOR: [u8; 65] = [
    0x04, 0x6b, 0x17, 0xd1, 0xf2, 0xe1, 0x2c, 0x42, 0x47, 0xf8, 0xbc, 0xe6, 0xe5, 0x63, 0xa4,
    0x40, 0xf2, 0x77, 0x03, 0x7d, 0x81, 0x2d, 0xeb, 0x33, 0xa0, 0xf4, 0xa1, 0x39, 0x45, 0xd8,
    0x98, 0xc2, 0x96, 0x4f, 0xe3, 0x42, 0xe2, 0xfe, 0x1a, 0x7f, 0x9b, 0x8e, 0xe7, 0xeb, 0x4a,
    0x7c, 0x0f, 0x9e, 0x16, 0x2b, 0xce, 0x33, 0x57, 0x6b, 0x31, 0x5e, 0xce, 0xcb, 0xb6, 0x40,
    0x68, 0x37, 0xbf, 0x51, 0xf5,
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let expected = Expected {
        challenge: b"0123456789abcdef0123456789abcdef",
        origin: "http://localhost:8080",
        rp_id: "localhost",
    };
    let third = rest.len() / 3;
    let (client_data, tail) = rest.split_at(third);
    let (first, second) = tail.split_at(third);
    if selector % 2 == 0 {
        let _ = verify_registration(expected, client_data, tail);
    } else {
        let key = CoseKeyBuilder::new_ec2_pub_key(
            iana::EllipticCurve::P_256,
            GENERATOR[1..33].to_vec(),
            GENERATOR[33..].to_vec(),
        )
        .algorithm(iana::Algorithm::ES256)
        .build()
        .to_vec()
        .unwrap_or_default();
        let stored = StoredKey {
            public_key: &key,
            sign_count: u32::from(selector),
        };
        let _ = verify_assertion(expected, stored, client_data, first, second);
    }
});
