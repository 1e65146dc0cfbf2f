//! argon2id password hashes (PHC strings, so the cost travels with each hash and can be raised
//! later). Hashing runs on the blocking pool: it is deliberately slow.

use std::sync::OnceLock;

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::ApiError;
use crate::settings::PasswordCost;

fn hasher(cost: PasswordCost) -> Result<Argon2<'static>, ApiError> {
    let params = Params::new(cost.memory_kib, cost.iterations, cost.lanes, None)
        .map_err(|_| ApiError::internal())?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash_now(password: &str, cost: PasswordCost) -> Result<String, ApiError> {
    let salt = SaltString::generate(&mut OsRng);
    hasher(cost)?
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|_| ApiError::internal())
}

pub async fn hash(password: String, cost: PasswordCost) -> Result<String, ApiError> {
    tokio::task::spawn_blocking(move || hash_now(&password, cost))
        .await
        .map_err(|_| ApiError::internal())?
}

/// Checks `password` against a stored hash; `None` (no such user) is checked against a dummy
/// hash of the same cost, so the answer takes as long whether the user exists or not.
pub async fn verify(
    password: String,
    stored: Option<String>,
    cost: PasswordCost,
) -> Result<bool, ApiError> {
    tokio::task::spawn_blocking(move || {
        let exists = stored.is_some();
        let stored = match stored {
            Some(stored) => stored,
            None => dummy_hash(cost)?,
        };
        let parsed = PasswordHash::new(&stored).map_err(|_| ApiError::internal())?;
        let matches = Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(exists && matches)
    })
    .await
    .map_err(|_| ApiError::internal())?
}

fn dummy_hash(cost: PasswordCost) -> Result<String, ApiError> {
    static DUMMY: OnceLock<(PasswordCost, String)> = OnceLock::new();
    if let Some((dummy_cost, hash)) = DUMMY.get()
        && *dummy_cost == cost
    {
        return Ok(hash.clone());
    }
    let hash = hash_now("not a password anyone has", cost)?;
    let _ = DUMMY.set((cost, hash.clone()));
    Ok(hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_and_verify() {
        let cost = PasswordCost::TEST;
        let stored = hash("Abcdefgh1$".to_owned(), cost).await.expect("hash");
        assert!(
            stored.starts_with("$argon2id$v=19$m=1024,t=1,p=1$"),
            "{stored}"
        );
        assert!(
            verify("Abcdefgh1$".to_owned(), Some(stored.clone()), cost)
                .await
                .expect("verify")
        );
        assert!(
            !verify("Abcdefgh1!".to_owned(), Some(stored), cost)
                .await
                .expect("verify")
        );
        assert!(
            !verify("not a password anyone has".to_owned(), None, cost)
                .await
                .expect("verify")
        );
    }
}
