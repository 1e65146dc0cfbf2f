//! マイページ / 利用者詳細 and its changes (seed 001 §6): e-mail address (confirmed by a link
//! sent to the new address), password, phone number. Each change is confirmed by mail.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use madoguchi_rules::account_forms::{EmailChangeForm, PasswordChangeForm, PhoneChangeForm};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{MessageBody, UserRow, invalid, mail_rate_limit, password, user_by_id};
use crate::AppState;
use crate::clock::iso_jst;
use crate::db::is_unique_violation;
use crate::error::{ApiError, ApiErrorBody, ApiJson, ApiResult};
use crate::guard::ClientIp;
use crate::links::{self, Purpose};
use crate::mail::{self, Template};
use crate::sessions::{self, CurrentUser};
use crate::settings::ACCOUNT_LINK_VALID;
use crate::{outbox, ratelimit};

/// 利用者詳細.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct UserDetails {
    #[schema(example = "foreign_national")]
    pub user_kind: String,
    #[schema(example = "K7Q2M9X4TB")]
    pub user_id: String,
    #[schema(example = "NGUYEN VAN AN")]
    pub latin_name: String,
    pub phone: String,
    pub email: String,
    /// `user` or `staff`.
    pub role: String,
    /// 前回ログイン日時 (Japan time), absent on the first login.
    pub previous_login_at: Option<String>,
}

impl From<UserRow> for UserDetails {
    fn from(user: UserRow) -> Self {
        UserDetails {
            user_kind: user.user_kind,
            user_id: user.user_id,
            latin_name: user.latin_name,
            phone: user.phone,
            email: user.email,
            role: user.role,
            previous_login_at: user.previous_login_at.map(iso_jst),
        }
    }
}

async fn details(state: &AppState, user: &CurrentUser) -> ApiResult<UserDetails> {
    user_by_id(state, &user.user_id)
        .await?
        .map(UserDetails::from)
        .ok_or_else(ApiError::unauthorized)
}

#[utoipa::path(get, path = "/api/me", tag = "account",
    responses((status = 200, body = UserDetails), (status = 401, body = ApiErrorBody)))]
pub async fn me(State(state): State<AppState>, user: CurrentUser) -> ApiResult<Json<UserDetails>> {
    Ok(Json(details(&state, &user).await?))
}

#[utoipa::path(post, path = "/api/me/email", tag = "account",
    request_body = EmailChangeForm,
    responses(
        (status = 202, description = "A confirmation link was mailed to the new address", body = MessageBody),
        (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody),
        (status = 429, body = ApiErrorBody),
    ))]
pub async fn change_email(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    user: CurrentUser,
    ApiJson(form): ApiJson<EmailChangeForm>,
) -> ApiResult<(StatusCode, Json<MessageBody>)> {
    let email = form.validate().map_err(invalid)?;
    mail_rate_limit(&state, &ip, email.as_str()).await?;
    let now = state.clock.now();
    let locale = mail::request_locale(&headers);
    let mut tx = state.db.pool().begin().await?;
    let token = links::replace_for_user(
        &mut tx,
        Purpose::EmailChange,
        &user.user_id,
        email.as_str(),
        locale.tag(),
        now,
    )
    .await?;
    let mail = mail::render(
        Template::EmailChangeLink,
        locale,
        email.as_str(),
        &[
            (
                "link",
                links::url(&state.settings.public_url, Purpose::EmailChange, &token),
            ),
            ("expires", mail::when(locale, now + ACCOUNT_LINK_VALID)),
        ],
    );
    outbox::enqueue(&mut tx, &mail, now).await?;
    tx.commit().await?;
    Ok((
        StatusCode::ACCEPTED,
        MessageBody::of("account-email-change-sent"),
    ))
}

#[utoipa::path(post, path = "/api/account/email-change/{token}", tag = "account",
    params(("token" = String, Path)),
    responses(
        (status = 200, description = "The address is changed; a notice went to the old one", body = MessageBody),
        (status = 409, description = "Another account uses the address", body = ApiErrorBody),
        (status = 410, body = ApiErrorBody),
    ))]
pub async fn confirm_email(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> ApiResult<Json<MessageBody>> {
    let now = state.clock.now();
    let mut tx = state.db.pool().begin().await?;
    let link = links::consume(&mut tx, Purpose::EmailChange, &token, now)
        .await?
        .ok_or_else(ApiError::link_invalid)?;
    let user_id = link.user_id.unwrap_or_default();
    let old: Option<(String, String, String)> =
        sqlx::query_as("SELECT email, latin_name, locale FROM users WHERE user_id = $1")
            .bind(&user_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((old_email, name, locale)) = old else {
        return Err(ApiError::link_invalid());
    };
    let updated = sqlx::query("UPDATE users SET email = $1 WHERE user_id = $2")
        .bind(&link.email)
        .bind(&user_id)
        .execute(&mut *tx)
        .await;
    match updated {
        Ok(_) => {}
        Err(error) if is_unique_violation(&error) => {
            tx.rollback().await?;
            return Err(ApiError::email_in_use());
        }
        Err(error) => return Err(error.into()),
    }
    let mail = mail::render(
        Template::EmailChanged,
        mail::stored_locale(&locale),
        &old_email,
        &[("name", name)],
    );
    outbox::enqueue(&mut tx, &mail, now).await?;
    tx.commit().await?;
    Ok(MessageBody::of("account-email-changed"))
}

#[utoipa::path(post, path = "/api/me/password", tag = "account",
    request_body = PasswordChangeForm,
    responses(
        (status = 200, description = "Changed; other sessions ended; a notice was mailed", body = MessageBody),
        (status = 401, body = ApiErrorBody),
        (status = 422, description = "Field errors, or `current_password` → `account-current-password-wrong`", body = ApiErrorBody),
        (status = 429, body = ApiErrorBody),
    ))]
pub async fn change_password(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<PasswordChangeForm>,
) -> ApiResult<Json<MessageBody>> {
    form.validate().map_err(invalid)?;
    let now = state.clock.now();
    // Guessing the current password from a stolen session is limited like logins are.
    ratelimit::hit(
        &state.db,
        &format!("password:user:{}", user.user_id),
        state.settings.limits.login_per_account,
        now,
    )
    .await?;
    let stored = user_by_id(&state, &user.user_id)
        .await?
        .map(|u| u.password_hash);
    let cost = state.settings.password_cost;
    if !password::verify(form.current_password, stored, cost).await? {
        return Err(ApiError::field(
            "current_password",
            "account-current-password-wrong",
        ));
    }
    let hash = password::hash(form.password, cost).await?;
    let mut tx = state.db.pool().begin().await?;
    sqlx::query("UPDATE users SET password_hash = $1 WHERE user_id = $2")
        .bind(&hash)
        .bind(&user.user_id)
        .execute(&mut *tx)
        .await?;
    notify(&mut tx, &user, Template::PasswordChanged, now).await?;
    tx.commit().await?;
    sessions::end_others(&state.db, &user.user_id, Some(&user)).await?;
    Ok(MessageBody::of("account-password-changed"))
}

#[utoipa::path(post, path = "/api/me/phone", tag = "account",
    request_body = PhoneChangeForm,
    responses(
        (status = 200, description = "Changed; a notice was mailed", body = UserDetails),
        (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody),
    ))]
pub async fn change_phone(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiJson(form): ApiJson<PhoneChangeForm>,
) -> ApiResult<Json<UserDetails>> {
    let phone = form.validate().map_err(invalid)?;
    let now = state.clock.now();
    let mut tx = state.db.pool().begin().await?;
    sqlx::query("UPDATE users SET phone = $1 WHERE user_id = $2")
        .bind(phone.as_str())
        .bind(&user.user_id)
        .execute(&mut *tx)
        .await?;
    notify(&mut tx, &user, Template::PhoneChanged, now).await?;
    tx.commit().await?;
    Ok(Json(details(&state, &user).await?))
}

pub(crate) async fn notify(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    user: &CurrentUser,
    template: Template,
    now: i64,
) -> ApiResult<()> {
    let mail = mail::render(
        template,
        mail::stored_locale(&user.locale),
        &user.email,
        &[("name", user.latin_name.clone())],
    );
    outbox::enqueue(tx, &mail, now).await?;
    Ok(())
}
