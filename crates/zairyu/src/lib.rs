//! Residence Card (在留カード) and Special Permanent Resident Certificate (特別永住者証明書) IC chip:
//! reading over any [`CardChannel`], decoding and verification.
//!
//! Architecture Invariant: no `web-sys`, no threads, no file system and no clock here. The crate
//! builds for `wasm32-unknown-unknown`; randomness comes from a caller-supplied
//! [`rand_core::CryptoRng`], the current time from the caller, trust anchors as bytes.
//!
//! Typical use:
//! 1. [`read_card`] with the entered [`CardNumber`] → [`CardRead`] (raw EFs, traffic figures);
//! 2. [`parse_contents`] → [`CardContents`] (decoded fields and images);
//! 3. [`verify_card`] with a [`TrustStore`] → [`Verification`] (tamper and issuer checks);
//! 4. [`images::decode`] for the front / name / address images (TIFF G4) and the face photo
//!    (JPEG 2000);
//! 5. [`CardFiles::wipe`] when the result is dismissed.

pub mod apdu;
pub mod channel;
pub mod contents;
pub mod crypto;
pub mod images;
pub mod layout;
pub mod reader;
pub mod tlv;
pub mod verify;

pub use apdu::{CommandApdu, Response, StatusWord};
pub use channel::{CardChannel, ChannelError, block_on};
pub use contents::{CardContents, ContentError, Image, ImageFormat, parse_contents};
pub use crypto::{CardNumber, InvalidCardNumber, Suite};
pub use images::{ImageError, Raster, decode_jpeg2000, decode_tiff_g4};
pub use layout::{CardFiles, CardKind, CardType, CardTypeError, Df, EfId, Generation};
pub use rand_core;
pub use reader::{
    ApduMode, CardRead, ReadError, ReadOptions, ReadStats, Step, read_card, read_card_with_progress,
};
pub use verify::{
    AnchorKind, IssuerCheck, IssuerFailure, IssuerNote, NotChecked, PINNED_CAS, SignatureScheme,
    TamperCheck, TamperFailure, TrustError, TrustStore, Verdict, Verification, verify_card,
};
