//! Local-only helpers, each behind its own switch (see `Config`):
//! - `GET /api/dev/outbox`: the mails the server wrote, newest first, so registration and reset
//!   links can be followed on one machine without an SMTP server. On by default only when no
//!   SMTP server is configured and the server listens on loopback.
//! - `POST /api/test/clock`: moves the server clock forward, for browser tests of the 3-hour
//!   session timeout, the 24-hour lockout and link expiry. Off unless `MADOGUCHI_TEST_HOOKS=1`.
//!
//! Both answer 404 when off, as if they did not exist.

use axum::extract::State;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::clock::iso_jst;
use crate::error::{ApiError, ApiErrorBody, ApiJson, ApiQuery, ApiResult};
use crate::{AppState, outbox};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/dev/outbox", get(dev_outbox))
        .route("/test/clock", post(move_clock))
}

/// One mail in the outbox.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OutboxMail {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub created_at: String,
    /// `pending`, `sent`, `local` (kept on this machine) or `failed`.
    pub status: String,
}

/// Filter of the local outbox.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OutboxFilter {
    /// Only mails to this address.
    pub to: Option<String>,
}

#[utoipa::path(get, path = "/api/dev/outbox", tag = "dev",
    params(OutboxFilter),
    responses(
        (status = 200, description = "The latest 100 mails, newest first", body = Vec<OutboxMail>),
        (status = 404, description = "Off (SMTP configured, not on loopback, or MADOGUCHI_DEV_OUTBOX=0)", body = ApiErrorBody),
    ))]
pub async fn dev_outbox(
    State(state): State<AppState>,
    ApiQuery(filter): ApiQuery<OutboxFilter>,
) -> ApiResult<Json<Vec<OutboxMail>>> {
    if !state.settings.dev_outbox {
        return Err(ApiError::not_found());
    }
    let rows = outbox::recent(&state.db, filter.to.as_deref(), 100).await?;
    Ok(Json(
        rows.into_iter()
            .map(|row| OutboxMail {
                id: row.id,
                to: row.recipient,
                subject: row.subject,
                body: row.body,
                created_at: iso_jst(row.created_at),
                status: row.status,
            })
            .collect(),
    ))
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MoveClock {
    /// Seconds to move forward (1 … 400 days).
    #[schema(example = 10800, minimum = 1, maximum = 34560000)]
    pub advance_seconds: i64,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ClockNow {
    pub now: String,
    pub unix: i64,
}

#[utoipa::path(post, path = "/api/test/clock", tag = "dev",
    request_body = MoveClock,
    responses(
        (status = 200, body = ClockNow),
        (status = 404, description = "Off (MADOGUCHI_TEST_HOOKS not set)", body = ApiErrorBody),
        (status = 422, body = ApiErrorBody),
    ))]
pub async fn move_clock(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<MoveClock>,
) -> ApiResult<Json<ClockNow>> {
    if !state.settings.test_hooks {
        return Err(ApiError::not_found());
    }
    if !(1..=400 * crate::clock::DAY).contains(&body.advance_seconds) {
        return Err(ApiError::field("advance_seconds", "rule-choice-invalid"));
    }
    state.clock.advance(body.advance_seconds);
    let now = state.clock.now();
    Ok(Json(ClockNow {
        now: iso_jst(now),
        unix: now,
    }))
}
