//! Passkeys: an optional second way to log in to the immigration online account, beside the
//! user ID and password. A logged-in user adds passkeys on my page (named, listed, removable);
//! anyone may then log in with one, the browser offering the passkeys it holds for this site.
//!
//! Each ceremony starts with options carrying a single-use challenge (5 minutes, in the database
//! like everything else, so any instance can finish what another started). The relying party is
//! the origin the page was opened at (`MADOGUCHI_PUBLIC_URL` when set): its host is the RP ID.
//! Browsers refuse IP addresses as RP IDs, so passkeys need the site opened by name
//! (`http://localhost:8080`, not `http://127.0.0.1:8080`): the options say so instead of failing.

pub mod software_authenticator;
pub mod webauthn;

use axum::Json;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use axum::routing::{delete, post};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use madoguchi_rules::passkey_forms::{PasskeyLoginForm, PasskeyRegistrationForm};
use rand::Rng;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::accounts::login::start_session;
use crate::accounts::{MessageBody, invalid};
use crate::clock::iso_jst;
use crate::error::{ApiError, ApiErrorBody, ApiJson, ApiResult};
use crate::guard::ClientIp;
use crate::sessions::CurrentUser;
use crate::{AppState, ratelimit};
use webauthn::{Expected, StoredKey};

/// How long a ceremony may take (the browser's own timeout is the same).
const CEREMONY_SECONDS: i64 = 5 * 60;
/// Enough for a phone, a laptop and a couple of security keys.
pub const MAX_PASSKEYS_PER_USER: i64 = 10;
const RP_NAME: &str = "madoguchi";

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/me/passkeys", axum::routing::get(list).post(register))
        .route("/me/passkeys/options", post(registration_options))
        .route("/me/passkeys/{id}", delete(remove))
        .route("/account/passkey-login/options", post(login_options))
        .route("/account/passkey-login", post(login))
}

pub fn decode_b64url(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text).ok()
}

fn encode_b64url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The origin the page runs at and its RP ID (the host without the port).
fn relying_party(state: &AppState, headers: &HeaderMap) -> ApiResult<(String, String)> {
    let origin = match &state.settings.passkey_origin {
        Some(origin) => origin.clone(),
        None => headers
            .get(header::ORIGIN)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .ok_or_else(passkeys_unavailable)?,
    };
    rp_from_origin(&origin)
}

fn passkeys_unavailable() -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "no_origin", "passkey-failed")
}

fn rejected() -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        "passkey_rejected",
        "passkey-failed",
    )
}

fn login_failed() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "passkey_login_failed",
        "passkey-login-failed",
    )
}

/// Stores a new challenge for `purpose` and returns it.
async fn new_challenge(
    state: &AppState,
    purpose: &str,
    user_id: Option<&str>,
    origin: &str,
) -> ApiResult<Vec<u8>> {
    let challenge: [u8; 32] = rand::rngs::OsRng.r#gen();
    let now = state.clock.now();
    sqlx::query("DELETE FROM passkey_challenges WHERE expires_at <= $1")
        .bind(now)
        .execute(state.db.pool())
        .await?;
    sqlx::query(
        "INSERT INTO passkey_challenges (challenge, purpose, user_id, origin, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(encode_b64url(&challenge))
    .bind(purpose)
    .bind(user_id)
    .bind(origin)
    .bind(now + CEREMONY_SECONDS)
    .execute(state.db.pool())
    .await?;
    Ok(challenge.to_vec())
}

/// Uses up a challenge: its user (for registrations) and origin, if it was live.
async fn take_challenge(
    state: &AppState,
    challenge: &str,
    purpose: &str,
) -> ApiResult<Option<(Option<String>, String)>> {
    Ok(sqlx::query_as(
        "DELETE FROM passkey_challenges WHERE challenge = $1 AND purpose = $2 AND expires_at > $3 \
         RETURNING user_id, origin",
    )
    .bind(challenge)
    .bind(purpose)
    .bind(state.clock.now())
    .fetch_optional(state.db.pool())
    .await?)
}

/// The options of `navigator.credentials.create()`; binary values are base64url.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RegistrationOptions {
    pub challenge: String,
    #[schema(example = "localhost")]
    pub rp_id: String,
    pub rp_name: String,
    /// The user handle (the user ID's bytes).
    pub user_handle: String,
    #[schema(example = "K7Q2M9X4TB")]
    pub user_name: String,
    #[schema(example = "NGUYEN VAN AN")]
    pub display_name: String,
    /// Passkeys the user already has, so the same authenticator is not added twice.
    pub exclude_credentials: Vec<String>,
    pub timeout_ms: i64,
}

/// The options of `navigator.credentials.get()`: any passkey of this site may answer.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct LoginOptions {
    pub challenge: String,
    #[schema(example = "localhost")]
    pub rp_id: String,
    pub timeout_ms: i64,
}

/// A passkey on my page.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct PasskeyInfo {
    /// The credential ID (base64url).
    pub id: String,
    #[schema(example = "Phone")]
    pub label: String,
    /// When it was added (Japan time, ISO 8601).
    pub created_at: String,
    /// Its last login, absent before the first.
    pub last_used_at: Option<String>,
}

#[derive(sqlx::FromRow)]
struct PasskeyRow {
    credential_id: String,
    label: String,
    created_at: i64,
    last_used_at: Option<i64>,
}

impl From<PasskeyRow> for PasskeyInfo {
    fn from(row: PasskeyRow) -> Self {
        PasskeyInfo {
            id: row.credential_id,
            label: row.label,
            created_at: iso_jst(row.created_at),
            last_used_at: row.last_used_at.map(iso_jst),
        }
    }
}

async fn passkeys_of(state: &AppState, user_id: &str) -> ApiResult<Vec<PasskeyInfo>> {
    let rows: Vec<PasskeyRow> = sqlx::query_as(
        "SELECT credential_id, label, created_at, last_used_at FROM passkeys \
         WHERE user_id = $1 ORDER BY created_at, credential_id",
    )
    .bind(user_id)
    .fetch_all(state.db.pool())
    .await?;
    Ok(rows.into_iter().map(PasskeyInfo::from).collect())
}

#[utoipa::path(get, path = "/api/me/passkeys", tag = "passkeys",
    responses((status = 200, body = Vec<PasskeyInfo>), (status = 401, body = ApiErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
) -> ApiResult<Json<Vec<PasskeyInfo>>> {
    Ok(Json(passkeys_of(&state, &user.user_id).await?))
}

#[utoipa::path(post, path = "/api/me/passkeys/options", tag = "passkeys",
    responses(
        (status = 200, description = "Options for `navigator.credentials.create()`", body = RegistrationOptions),
        (status = 401, body = ApiErrorBody),
        (status = 409, description = "Opened by IP address (`passkey-needs-name`) or 10 passkeys already (`passkey-too-many`)", body = ApiErrorBody),
    ))]
pub async fn registration_options(
    State(state): State<AppState>,
    headers: HeaderMap,
    user: CurrentUser,
) -> ApiResult<Json<RegistrationOptions>> {
    let (origin, rp_id) = relying_party(&state, &headers)?;
    let existing = passkeys_of(&state, &user.user_id).await?;
    if existing.len() as i64 >= MAX_PASSKEYS_PER_USER {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "too_many_passkeys",
            "passkey-too-many",
        ));
    }
    let challenge = new_challenge(&state, "register", Some(&user.user_id), &origin).await?;
    Ok(Json(RegistrationOptions {
        challenge: encode_b64url(&challenge),
        rp_id,
        rp_name: RP_NAME.to_owned(),
        user_handle: encode_b64url(user.user_id.as_bytes()),
        user_name: user.user_id.clone(),
        display_name: user.latin_name.clone(),
        exclude_credentials: existing.into_iter().map(|p| p.id).collect(),
        timeout_ms: CEREMONY_SECONDS * 1000,
    }))
}

#[utoipa::path(post, path = "/api/me/passkeys", tag = "passkeys",
    request_body = PasskeyRegistrationForm,
    responses(
        (status = 201, description = "Added; a notice is mailed", body = PasskeyInfo),
        (status = 400, description = "The browser's answer did not verify (`passkey-failed`)", body = ApiErrorBody),
        (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody),
    ))]
pub async fn register(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<PasskeyRegistrationForm>,
) -> ApiResult<(StatusCode, Json<PasskeyInfo>)> {
    let label = form.validate().map_err(invalid)?;
    let Some((Some(owner), origin)) = take_challenge(&state, &form.challenge, "register").await?
    else {
        return Err(rejected());
    };
    if owner != user.user_id {
        return Err(rejected());
    }
    let (_, rp_id) = rp_from_origin(&origin)?;
    let challenge = decode_b64url(&form.challenge).ok_or_else(rejected)?;
    let client_data = decode_b64url(&form.client_data_json).ok_or_else(rejected)?;
    let attestation = decode_b64url(&form.attestation_object).ok_or_else(rejected)?;
    let expected = Expected {
        challenge: &challenge,
        origin: &origin,
        rp_id: &rp_id,
    };
    let credential =
        webauthn::verify_registration(expected, &client_data, &attestation).map_err(|e| {
            tracing::info!("passkey registration refused: {e}");
            rejected()
        })?;
    let now = state.clock.now();
    let id = encode_b64url(&credential.id);
    let mut tx = state.db.pool().begin().await?;
    let inserted = sqlx::query(
        "INSERT INTO passkeys (credential_id, user_id, public_key, sign_count, label, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&id)
    .bind(&user.user_id)
    .bind(encode_b64url(&credential.public_key))
    .bind(i64::from(credential.sign_count))
    .bind(&label)
    .bind(now)
    .execute(&mut *tx)
    .await;
    if let Err(error) = inserted {
        return Err(if crate::db::is_unique_violation(&error) {
            ApiError::new(StatusCode::CONFLICT, "passkey_exists", "passkey-exists")
        } else {
            error.into()
        });
    }
    crate::accounts::profile::notify(&mut tx, &user, crate::mail::Template::PasskeyAdded, now)
        .await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(PasskeyInfo {
            id,
            label,
            created_at: iso_jst(now),
            last_used_at: None,
        }),
    ))
}

#[utoipa::path(delete, path = "/api/me/passkeys/{id}", tag = "passkeys",
    params(("id" = String, Path, description = "The credential ID (base64url)")),
    responses(
        (status = 200, description = "Removed; a notice is mailed", body = MessageBody),
        (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
    ))]
pub async fn remove(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> ApiResult<Json<MessageBody>> {
    let now = state.clock.now();
    let mut tx = state.db.pool().begin().await?;
    let removed = sqlx::query("DELETE FROM passkeys WHERE credential_id = $1 AND user_id = $2")
        .bind(&id)
        .bind(&user.user_id)
        .execute(&mut *tx)
        .await?;
    if removed.rows_affected() == 0 {
        return Err(ApiError::not_found());
    }
    crate::accounts::profile::notify(&mut tx, &user, crate::mail::Template::PasskeyRemoved, now)
        .await?;
    tx.commit().await?;
    Ok(MessageBody::of("passkey-removed"))
}

#[utoipa::path(post, path = "/api/account/passkey-login/options", tag = "passkeys",
    responses(
        (status = 200, description = "Options for `navigator.credentials.get()`", body = LoginOptions),
        (status = 409, description = "Opened by IP address (`passkey-needs-name`)", body = ApiErrorBody),
        (status = 429, body = ApiErrorBody),
    ))]
pub async fn login_options(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
) -> ApiResult<Json<LoginOptions>> {
    let (origin, rp_id) = relying_party(&state, &headers)?;
    ratelimit::hit(
        &state.db,
        &format!("login:ip:{ip}"),
        state.settings.limits.login_per_ip,
        state.clock.now(),
    )
    .await?;
    let challenge = new_challenge(&state, "login", None, &origin).await?;
    Ok(Json(LoginOptions {
        challenge: encode_b64url(&challenge),
        rp_id,
        timeout_ms: CEREMONY_SECONDS * 1000,
    }))
}

#[derive(sqlx::FromRow)]
struct StoredPasskey {
    user_id: String,
    public_key: String,
    sign_count: i64,
}

#[utoipa::path(post, path = "/api/account/passkey-login", tag = "passkeys",
    request_body = PasskeyLoginForm,
    responses(
        (status = 200, description = "Logged in; sets the `madoguchi_session` cookie", body = crate::sessions::SessionInfo),
        (status = 401, description = "Unknown passkey or a signature that does not verify (`passkey-login-failed`)", body = ApiErrorBody),
        (status = 422, body = ApiErrorBody),
    ))]
pub async fn login(
    State(state): State<AppState>,
    ApiJson(form): ApiJson<PasskeyLoginForm>,
) -> ApiResult<Response> {
    form.validate().map_err(invalid)?;
    let Some((_, origin)) = take_challenge(&state, &form.challenge, "login").await? else {
        return Err(login_failed());
    };
    let (_, rp_id) = rp_from_origin(&origin)?;
    let stored: Option<StoredPasskey> = sqlx::query_as(
        "SELECT user_id, public_key, sign_count FROM passkeys WHERE credential_id = $1",
    )
    .bind(&form.credential_id)
    .fetch_optional(state.db.pool())
    .await?;
    let stored = stored.ok_or_else(login_failed)?;
    let decode = |text: &str| decode_b64url(text).ok_or_else(login_failed);
    let challenge = decode(&form.challenge)?;
    let public_key = decode(&stored.public_key)?;
    let expected = Expected {
        challenge: &challenge,
        origin: &origin,
        rp_id: &rp_id,
    };
    let key = StoredKey {
        public_key: &public_key,
        sign_count: u32::try_from(stored.sign_count).unwrap_or(u32::MAX),
    };
    let counter = webauthn::verify_assertion(
        expected,
        key,
        &decode(&form.client_data_json)?,
        &decode(&form.authenticator_data)?,
        &decode(&form.signature)?,
    )
    .map_err(|e| {
        tracing::info!("passkey login refused: {e}");
        login_failed()
    })?;
    let now = state.clock.now();
    // The counter only moves forward: a concurrent login with the same count loses.
    let updated = sqlx::query(
        "UPDATE passkeys SET sign_count = $1, last_used_at = $2 \
         WHERE credential_id = $3 AND (sign_count < $1 OR $1 = 0)",
    )
    .bind(i64::from(counter))
    .bind(now)
    .bind(&form.credential_id)
    .execute(state.db.pool())
    .await?;
    if updated.rows_affected() == 0 {
        return Err(login_failed());
    }
    start_session(&state, &stored.user_id, now).await
}

/// The origin itself and its RP ID.
fn rp_from_origin(origin: &str) -> ApiResult<(String, String)> {
    let host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .ok_or_else(passkeys_unavailable)?;
    let rp_id = host_without_port(host);
    if rp_id.is_empty() || rp_id.parse::<std::net::IpAddr>().is_ok() || rp_id.starts_with('[') {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "passkey_needs_name",
            "passkey-needs-name",
        ));
    }
    Ok((origin.to_owned(), rp_id.to_owned()))
}

fn host_without_port(host: &str) -> &str {
    if host.starts_with('[') {
        return host; // an IPv6 literal, refused by the caller
    }
    host.split(':').next().unwrap_or(host)
}
