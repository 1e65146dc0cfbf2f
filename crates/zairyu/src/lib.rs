//! Residence Card (在留カード) and Special Permanent Resident Certificate (特別永住者証明書) IC chip.
pub mod apdu;
pub mod channel;
pub mod crypto;
pub mod tlv;
