//! 利用者ログイン / ログアウト and the session's remaining time (seed 001 §2.2, §2.3, §2.6).
//!
//! Five consecutive wrong passwords lock the typed user ID for 24 hours; a password reset
//! unlocks it. Failures are counted per typed ID (`login_failures`) whether or not the account
//! exists, so "locked" reveals nothing about existence.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use madoguchi_rules::account_forms::LoginForm;

use super::{MessageBody, invalid, password, user_by_id};
use crate::AppState;
use crate::db::Database;
use crate::error::{ApiError, ApiErrorBody, ApiJson, ApiResult};
use crate::guard::ClientIp;
use crate::ratelimit;
use crate::sessions::{self, CurrentUser, SessionInfo};
use crate::settings::{LOCK_AFTER_FAILURES, LOCK_DURATION};
use crate::tokens::normalise_user_id;

fn locked() -> ApiError {
    ApiError::new(StatusCode::LOCKED, "locked", "account-locked")
}

#[utoipa::path(post, path = "/api/account/login", tag = "account",
    request_body = LoginForm,
    responses(
        (status = 200, description = "Logged in; sets the `madoguchi_session` cookie", body = SessionInfo),
        (status = 401, description = "Wrong user ID or password (`account-login-failed`)", body = ApiErrorBody),
        (status = 423, description = "Locked after 5 failures (`account-locked`)", body = ApiErrorBody),
        (status = 422, body = ApiErrorBody), (status = 429, body = ApiErrorBody),
    ))]
pub async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(form): ApiJson<LoginForm>,
) -> ApiResult<Response> {
    form.validate().map_err(invalid)?;
    let now = state.clock.now();
    ratelimit::hit(
        &state.db,
        &format!("login:ip:{ip}"),
        state.settings.limits.login_per_ip,
        now,
    )
    .await?;
    let key = normalise_user_id(&form.user_id);
    ratelimit::hit(
        &state.db,
        &format!("login:account:{key}"),
        state.settings.limits.login_per_account,
        now,
    )
    .await?;
    if locked_until(&state.db, &key)
        .await?
        .is_some_and(|until| until > now)
    {
        return Err(locked());
    }
    let user = user_by_id(&state, &key).await?;
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let matches = password::verify(form.password, stored, state.settings.password_cost).await?;
    let Some(user) = user.filter(|_| matches) else {
        return Err(if record_failure(&state.db, &key, now).await? {
            locked()
        } else {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                "login_failed",
                "account-login-failed",
            )
        });
    };
    sqlx::query("DELETE FROM login_failures WHERE login_key = $1")
        .bind(&key)
        .execute(state.db.pool())
        .await?;
    start_session(&state, &user.user_id, now).await
}

/// Records the login and answers with the new session's cookie (password or passkey login).
pub async fn start_session(state: &AppState, user_id: &str, now: i64) -> ApiResult<Response> {
    sqlx::query(
        "UPDATE users SET previous_login_at = last_login_at, last_login_at = $1 WHERE user_id = $2",
    )
    .bind(now)
    .bind(user_id)
    .execute(state.db.pool())
    .await?;
    let token = sessions::create(&state.db, user_id, now).await?;
    let current = sessions::lookup(&state.db, &cookie_headers(&token), now, false)
        .await?
        .ok_or_else(ApiError::internal)?;
    let mut response = Json(SessionInfo::of(&current, now)).into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        sessions::set_cookie(&token, state.settings.secure_cookies),
    );
    Ok(response)
}

fn cookie_headers(token: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    if let Ok(value) = format!("{}={token}", sessions::COOKIE).parse() {
        headers.insert(header::COOKIE, value);
    }
    headers
}

async fn locked_until(db: &Database, key: &str) -> ApiResult<Option<i64>> {
    let row: Option<(Option<i64>,)> =
        sqlx::query_as("SELECT locked_until FROM login_failures WHERE login_key = $1")
            .bind(key)
            .fetch_optional(db.pool())
            .await?;
    Ok(row.and_then(|(until,)| until))
}

/// Counts a failure; on the fifth in a row the ID is locked (and the count starts again, so the
/// next 24 hours later also get five tries). Returns whether this failure locked it.
async fn record_failure(db: &Database, key: &str, now: i64) -> ApiResult<bool> {
    let (failures,): (i64,) = sqlx::query_as(
        "INSERT INTO login_failures (login_key, failures, locked_until) VALUES ($1, 1, NULL) \
         ON CONFLICT (login_key) DO UPDATE SET failures = login_failures.failures + 1 \
         RETURNING failures",
    )
    .bind(key)
    .fetch_one(db.pool())
    .await?;
    if failures < LOCK_AFTER_FAILURES {
        return Ok(false);
    }
    sqlx::query("UPDATE login_failures SET failures = 0, locked_until = $1 WHERE login_key = $2")
        .bind(now + LOCK_DURATION)
        .bind(key)
        .execute(db.pool())
        .await?;
    Ok(true)
}

/// Lifts a lockout (password reset, seed 001 §2.2: "ロックをすぐに解除したい場合").
pub async fn unlock(db: &Database, user_id: &str) -> ApiResult<()> {
    sqlx::query("DELETE FROM login_failures WHERE login_key = $1")
        .bind(user_id)
        .execute(db.pool())
        .await?;
    Ok(())
}

#[utoipa::path(post, path = "/api/account/logout", tag = "account",
    responses(
        (status = 200, description = "Logged out; the cookie is removed", body = MessageBody),
        (status = 401, body = ApiErrorBody),
    ))]
pub async fn logout(State(state): State<AppState>, user: CurrentUser) -> ApiResult<Response> {
    sessions::end(&state.db, &user).await?;
    let mut response = MessageBody::of("account-logged-out").into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        sessions::clear_cookie(state.settings.secure_cookies),
    );
    Ok(response)
}

#[utoipa::path(get, path = "/api/session", tag = "account",
    responses(
        (status = 200, description = "The session and its remaining time; does not extend it", body = SessionInfo),
        (status = 401, body = ApiErrorBody),
    ))]
pub async fn session(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> ApiResult<Json<SessionInfo>> {
    let now = state.clock.now();
    let user = sessions::lookup(&state.db, &headers, now, false)
        .await?
        .ok_or_else(ApiError::unauthorized)?;
    Ok(Json(SessionInfo::of(&user, now)))
}

#[utoipa::path(post, path = "/api/session/extend", tag = "account",
    responses(
        (status = 200, description = "Extended to 3 hours from now", body = SessionInfo),
        (status = 401, body = ApiErrorBody),
    ))]
pub async fn extend(State(state): State<AppState>, user: CurrentUser) -> Json<SessionInfo> {
    Json(SessionInfo::of(&user, state.clock.now()))
}
