//! Single-use links sent by mail (registration, password reset, e-mail change, the My Number
//! application page). Only the token's hash is stored; a link works until it expires or is used
//! once, and "used" is set by a conditional `UPDATE`, so two clicks racing on two instances
//! cannot both succeed.

use sqlx::{Any, Transaction};

use crate::db::{Database, DbError};
use crate::settings::ACCOUNT_LINK_VALID;
use crate::tokens::{new_token, token_hash};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Register,
    PasswordReset,
    EmailChange,
    MyNumber,
}

impl Purpose {
    fn key(self) -> &'static str {
        match self {
            Purpose::Register => "register",
            Purpose::PasswordReset => "password_reset",
            Purpose::EmailChange => "email_change",
            Purpose::MyNumber => "mynumber",
        }
    }

    /// The page of the app a link opens (the app reads the token from the path).
    pub fn page(self) -> &'static str {
        match self {
            Purpose::Register => "/account/register",
            Purpose::PasswordReset => "/account/password-reset",
            Purpose::EmailChange => "/account/email-change",
            Purpose::MyNumber => "/mynumber/application",
        }
    }
}

/// What a link was made for.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Link {
    pub email: String,
    pub user_id: Option<String>,
    pub data: String,
    pub locale: String,
    pub expires_at: i64,
}

pub struct NewLink<'a> {
    pub purpose: Purpose,
    pub email: &'a str,
    pub user_id: Option<&'a str>,
    pub data: &'a str,
    pub locale: &'a str,
    pub valid_for: i64,
}

/// Stores a link in `tx`; returns the token for the mail.
pub async fn create(
    tx: &mut Transaction<'_, Any>,
    link: &NewLink<'_>,
    now: i64,
) -> Result<String, DbError> {
    let token = new_token();
    sqlx::query(
        "INSERT INTO mail_links \
         (token_hash, purpose, email, user_id, data, locale, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(token_hash(&token))
    .bind(link.purpose.key())
    .bind(link.email)
    .bind(link.user_id)
    .bind(link.data)
    .bind(link.locale)
    .bind(now)
    .bind(now + link.valid_for)
    .execute(&mut **tx)
    .await?;
    Ok(token)
}

/// The link if it is valid now, without using it (for the page that opens it).
pub async fn peek(
    db: &Database,
    purpose: Purpose,
    token: &str,
    now: i64,
) -> Result<Option<Link>, DbError> {
    let link = sqlx::query_as(
        "SELECT email, user_id, data, locale, expires_at FROM mail_links \
         WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(token_hash(token))
    .bind(purpose.key())
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    Ok(link)
}

/// Uses the link inside `tx`: `None` if it is unknown, expired or already used. Starts with a
/// write, so on SQLite the transaction takes the write lock before reading anything.
pub async fn consume(
    tx: &mut Transaction<'_, Any>,
    purpose: Purpose,
    token: &str,
    now: i64,
) -> Result<Option<Link>, DbError> {
    let link = sqlx::query_as(
        "UPDATE mail_links SET used_at = $1 \
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 \
         RETURNING email, user_id, data, locale, expires_at",
    )
    .bind(now)
    .bind(token_hash(token))
    .bind(purpose.key())
    .fetch_optional(&mut **tx)
    .await?;
    Ok(link)
}

/// Makes every unused link of `purpose` for `user_id` unusable (a newer one replaces them).
/// A fresh account link (password reset, e-mail change) for `user_id`, valid for a day, that
/// voids the user's earlier links of the same purpose; returns the token for the mail.
pub async fn replace_for_user(
    tx: &mut Transaction<'_, Any>,
    purpose: Purpose,
    user_id: &str,
    email: &str,
    locale: &str,
    now: i64,
) -> Result<String, DbError> {
    revoke_for_user(tx, purpose, user_id, now).await?;
    create(
        tx,
        &NewLink {
            purpose,
            email,
            user_id: Some(user_id),
            data: "",
            locale,
            valid_for: ACCOUNT_LINK_VALID,
        },
        now,
    )
    .await
}

pub async fn revoke_for_user(
    tx: &mut Transaction<'_, Any>,
    purpose: Purpose,
    user_id: &str,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE mail_links SET used_at = $1 \
         WHERE purpose = $2 AND user_id = $3 AND used_at IS NULL",
    )
    .bind(now)
    .bind(purpose.key())
    .bind(user_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The full URL for a mail.
pub fn url(public_url: &str, purpose: Purpose, token: &str) -> String {
    format!("{public_url}{}/{token}", purpose.page())
}
