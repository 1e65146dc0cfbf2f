//! Server-side sessions: a random token in a cookie (`HttpOnly`, `SameSite=Strict`, `Secure`
//! unless on loopback), its SHA-256 in the `sessions` table with an expiry that every
//! authenticated request pushes 3 hours ahead (seed 001: logged out after 3 hours without
//! activity). `GET /api/session` reads the remaining time without extending it, so the page can
//! warn 10 minutes before; `POST /api/session/extend` is the warning's "OK".

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::AppState;
use crate::clock::iso_jst;
use crate::db::{Database, DbError};
use crate::error::ApiError;
use crate::settings::{SESSION_IDLE, SESSION_WARNING};
use crate::tokens::{new_token, token_hash};

pub const COOKIE: &str = "madoguchi_session";

/// Who is logged in, for handlers that need it.
#[derive(Clone, Debug)]
pub struct CurrentUser {
    pub user_id: String,
    pub role: String,
    pub latin_name: String,
    pub email: String,
    pub locale: String,
    token_hash: String,
    pub expires_at: i64,
}

impl CurrentUser {
    pub fn is_staff(&self) -> bool {
        self.role == "staff"
    }
}

/// Starts a session; returns the cookie value.
pub async fn create(db: &Database, user_id: &str, now: i64) -> Result<String, DbError> {
    let token = new_token();
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash(&token))
    .bind(user_id)
    .bind(now)
    .bind(now + SESSION_IDLE)
    .execute(db.pool())
    .await?;
    Ok(token)
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
}

/// The session of a request, if valid now; `extend` pushes its expiry 3 hours ahead.
pub async fn lookup(
    db: &Database,
    headers: &HeaderMap,
    now: i64,
    extend: bool,
) -> Result<Option<CurrentUser>, DbError> {
    let Some(token) = cookie_token(headers) else {
        return Ok(None);
    };
    let hash = token_hash(&token);
    if extend {
        sqlx::query(
            "UPDATE sessions SET expires_at = $1 WHERE token_hash = $2 AND expires_at > $3",
        )
        .bind(now + SESSION_IDLE)
        .bind(&hash)
        .bind(now)
        .execute(db.pool())
        .await?;
    }
    let row: Option<(String, String, String, String, String, i64)> = sqlx::query_as(
        "SELECT u.user_id, u.role, u.latin_name, u.email, u.locale, s.expires_at \
         FROM sessions s JOIN users u ON u.user_id = s.user_id \
         WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(&hash)
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(
        |(user_id, role, latin_name, email, locale, expires_at)| CurrentUser {
            user_id,
            role,
            latin_name,
            email,
            locale,
            token_hash: hash,
            expires_at,
        },
    ))
}

/// Ends this session.
pub async fn end(db: &Database, user: &CurrentUser) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(&user.token_hash)
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Ends every session of a user but `keep` (after a password change or reset).
pub async fn end_others(
    db: &Database,
    user_id: &str,
    keep: Option<&CurrentUser>,
) -> Result<(), DbError> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
        .bind(user_id)
        .bind(keep.map_or("", |user| user.token_hash.as_str()))
        .execute(db.pool())
        .await?;
    Ok(())
}

/// `Set-Cookie` for a new session (a browser-session cookie: the server decides expiry).
pub fn set_cookie(token: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie(secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Any authenticated request is activity: it extends the session.
impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        lookup(&state.db, &parts.headers, state.clock.now(), true)
            .await?
            .ok_or_else(ApiError::unauthorized)
    }
}

/// A logged-in member of the office staff.
#[derive(Clone, Debug)]
pub struct Staff(pub CurrentUser);

impl FromRequestParts<AppState> for Staff {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let user = CurrentUser::from_request_parts(parts, state).await?;
        if user.is_staff() {
            Ok(Staff(user))
        } else {
            Err(ApiError::forbidden())
        }
    }
}

/// The session as the page sees it.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct SessionInfo {
    #[schema(example = "K7Q2M9X4TB")]
    pub user_id: String,
    #[schema(example = "NGUYEN VAN AN")]
    pub latin_name: String,
    /// `user` or `staff`.
    pub role: String,
    /// When the session ends without activity (Japan time).
    pub expires_at: String,
    /// Seconds until then.
    pub remaining_seconds: i64,
    /// Show the "extend by 3 hours" prompt when `remaining_seconds` falls to this (600).
    pub warning_seconds: i64,
}

impl SessionInfo {
    pub fn of(user: &CurrentUser, now: i64) -> SessionInfo {
        SessionInfo {
            user_id: user.user_id.clone(),
            latin_name: user.latin_name.clone(),
            role: user.role.clone(),
            expires_at: iso_jst(user.expires_at),
            remaining_seconds: (user.expires_at - now).max(0),
            warning_seconds: SESSION_WARNING,
        }
    }
}
