//! The immigration online account (seed 001): registration by mailed link, login with lockout,
//! forgotten user ID and password, session status and extension, my page and its changes.
//!
//! Messages never tell whether an account exists: requests that send mail always answer
//! `account-mail-sent`, and lockouts count failures per typed user ID whether or not it exists.

pub mod login;
pub mod password;
pub mod profile;
pub mod recovery;
pub mod registration;
pub mod staff;

use axum::Router;
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{ApiError, ApiResult};
use crate::{AppState, ratelimit};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/account/registration", post(registration::start))
        .route(
            "/account/registration/{token}",
            get(registration::open).post(registration::complete),
        )
        .route(
            "/account/registration/{token}/check",
            post(registration::check),
        )
        .route("/account/login", post(login::login))
        .route("/account/logout", post(login::logout))
        .route("/account/forgot-user-id", post(recovery::forgot_user_id))
        .route("/account/forgot-password", post(recovery::forgot_password))
        .route(
            "/account/password-reset/{token}",
            get(recovery::open_reset).post(recovery::reset_password),
        )
        .route(
            "/account/email-change/{token}",
            post(profile::confirm_email),
        )
        .route("/session", get(login::session))
        .route("/session/extend", post(login::extend))
        .route("/me", get(profile::me))
        .route("/me/email", post(profile::change_email))
        .route("/me/password", post(profile::change_password))
        .route("/me/phone", post(profile::change_phone))
}

/// An answer that is only a message for the page.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MessageBody {
    /// Fluent message id.
    #[schema(example = "account-mail-sent")]
    pub message: String,
}

impl MessageBody {
    pub fn of(message: &str) -> axum::Json<MessageBody> {
        axum::Json(MessageBody {
            message: message.to_owned(),
        })
    }
}

/// Requests that send mail: limited per client address and per recipient.
pub async fn mail_rate_limit(state: &AppState, ip: &str, email: &str) -> ApiResult<()> {
    let now = state.clock.now();
    let limits = state.settings.limits;
    ratelimit::hit(&state.db, &format!("mail:ip:{ip}"), limits.mail_per_ip, now).await?;
    ratelimit::hit(
        &state.db,
        &format!("mail:to:{}", email.to_lowercase()),
        limits.mail_per_address,
        now,
    )
    .await
}

/// A stored account.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UserRow {
    pub user_id: String,
    pub email: String,
    pub user_kind: String,
    pub latin_name: String,
    pub phone: String,
    pub password_hash: String,
    pub role: String,
    pub locale: String,
    pub last_login_at: Option<i64>,
    pub previous_login_at: Option<i64>,
}

const USER_COLUMNS: &str = "user_id, email, user_kind, latin_name, phone, password_hash, role, \
                            locale, last_login_at, previous_login_at";

pub async fn user_by_id(state: &AppState, user_id: &str) -> ApiResult<Option<UserRow>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE user_id = $1"
    ))
    .bind(user_id)
    .fetch_optional(state.db.pool())
    .await?)
}

pub async fn user_by_email(state: &AppState, email: &str) -> ApiResult<Option<UserRow>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {USER_COLUMNS} FROM users WHERE email = $1"
    ))
    .bind(email)
    .fetch_optional(state.db.pool())
    .await?)
}

/// Validation errors of the shared forms, as a 422.
pub fn invalid(errors: Vec<madoguchi_rules::FieldError>) -> ApiError {
    ApiError::validation(errors)
}
