//! Secrets and identifiers: session and link tokens (only their SHA-256 is stored, so a copy of
//! the database opens no session and follows no link), user IDs and receipt numbers.

use base64::Engine;
use rand::Rng;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};

/// 256 random bits, URL-safe base64 (43 characters).
pub fn new_token() -> String {
    let bytes: [u8; 32] = OsRng.r#gen();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database keeps of a token.
pub fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Letters and digits people read off a mail and type without confusion (no 0/O, 1/I/L).
const READABLE: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

fn readable(count: usize) -> String {
    let mut rng = OsRng;
    (0..count)
        .map(|_| char::from(READABLE[rng.gen_range(0..READABLE.len())]))
        .collect()
}

/// A user ID (利用者ID): 10 readable characters, e.g. `K7Q2M9X4TB`.
pub fn new_user_id() -> String {
    readable(10)
}

/// A user ID as typed: trimmed, upper case, full-width folded, spaces and hyphens dropped.
pub fn normalise_user_id(input: &str) -> String {
    madoguchi_rules::text::digits_as_typed(input).to_uppercase()
}

/// A receipt number: the day of receipt in Japan and 8 readable characters,
/// `20261122-7KQ2MX4T` (31^8 ≈ 8.5e11 per day; uniqueness is also enforced by the database).
pub fn new_receipt_number(today: madoguchi_rules::CivilDate) -> String {
    format!(
        "{:04}{:02}{:02}-{}",
        today.year(),
        today.month(),
        today.day(),
        readable(8)
    )
}

/// SHA-256 of a request body, hex (idempotency: the same key must carry the same body).
pub fn body_hash(body: &[u8]) -> String {
    Sha256::digest(body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash(&a).len(), 64);
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), token_hash(&b));
    }

    #[test]
    fn ids_use_readable_characters() {
        let id = new_user_id();
        assert_eq!(id.len(), 10);
        assert!(id.bytes().all(|b| READABLE.contains(&b)), "{id}");
        assert_eq!(normalise_user_id(" ｋ7q2-m9x4tb "), "K7Q2M9X4TB");
        let date = madoguchi_rules::CivilDate::new(2026, 1, 2).unwrap_or_else(|| panic!("date"));
        let receipt = new_receipt_number(date);
        assert!(receipt.starts_with("20260102-"), "{receipt}");
        assert_eq!(receipt.len(), 17);
    }
}
