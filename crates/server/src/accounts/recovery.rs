//! 利用者IDを忘れた場合 / パスワードを忘れた場合 (seed 001 §2.4, §2.5). Both always answer
//! `account-mail-sent`; mail goes out only when the details match an account.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use madoguchi_rules::account_forms::{ForgotPasswordForm, ForgotUserIdForm, PasswordResetForm};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{MessageBody, invalid, login, mail_rate_limit, password, user_by_email, user_by_id};
use crate::AppState;
use crate::clock::iso_jst;
use crate::error::{ApiError, ApiErrorBody, ApiJson, ApiResult};
use crate::guard::ClientIp;
use crate::links::{self, Purpose};
use crate::mail::{self, Template};
use crate::settings::ACCOUNT_LINK_VALID;
use crate::tokens::normalise_user_id;
use crate::{outbox, sessions};

#[utoipa::path(post, path = "/api/account/forgot-user-id", tag = "account",
    request_body = ForgotUserIdForm,
    responses(
        (status = 202, description = "Mailed the user ID if the address and name match an account", body = MessageBody),
        (status = 422, body = ApiErrorBody), (status = 429, body = ApiErrorBody),
    ))]
pub async fn forgot_user_id(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    ApiJson(form): ApiJson<ForgotUserIdForm>,
) -> ApiResult<(StatusCode, Json<MessageBody>)> {
    let (email, name) = form.validate().map_err(invalid)?;
    mail_rate_limit(&state, &ip, email.as_str()).await?;
    let user = user_by_email(&state, email.as_str()).await?;
    if let Some(user) = user.filter(|u| u.latin_name == name.as_str()) {
        let now = state.clock.now();
        let mail = mail::render(
            Template::ForgotUserId,
            mail::stored_locale(&user.locale),
            &user.email,
            &[
                ("name", user.latin_name.clone()),
                ("user_id", user.user_id.clone()),
            ],
        );
        let mut tx = state.db.pool().begin().await?;
        outbox::enqueue(&mut tx, &mail, now).await?;
        tx.commit().await?;
    }
    Ok((StatusCode::ACCEPTED, MessageBody::of("account-mail-sent")))
}

#[utoipa::path(post, path = "/api/account/forgot-password", tag = "account",
    request_body = ForgotPasswordForm,
    responses(
        (status = 202, description = "Mailed a reset link if the user ID and address match", body = MessageBody),
        (status = 422, body = ApiErrorBody), (status = 429, body = ApiErrorBody),
    ))]
pub async fn forgot_password(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    ApiJson(form): ApiJson<ForgotPasswordForm>,
) -> ApiResult<(StatusCode, Json<MessageBody>)> {
    let email = form.validate().map_err(invalid)?;
    mail_rate_limit(&state, &ip, email.as_str()).await?;
    let user = user_by_id(&state, &normalise_user_id(&form.user_id)).await?;
    if let Some(user) = user.filter(|u| u.email == email.as_str()) {
        let now = state.clock.now();
        let locale = mail::request_locale(&headers);
        let mut tx = state.db.pool().begin().await?;
        let token = links::replace_for_user(
            &mut tx,
            Purpose::PasswordReset,
            &user.user_id,
            &user.email,
            locale.tag(),
            now,
        )
        .await?;
        let mail = mail::render(
            Template::PasswordReset,
            locale,
            &user.email,
            &[
                (
                    "link",
                    links::url(&state.settings.public_url, Purpose::PasswordReset, &token),
                ),
                ("expires", mail::when(locale, now + ACCOUNT_LINK_VALID)),
            ],
        );
        outbox::enqueue(&mut tx, &mail, now).await?;
        tx.commit().await?;
    }
    Ok((StatusCode::ACCEPTED, MessageBody::of("account-mail-sent")))
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ResetLink {
    pub expires_at: String,
}

#[utoipa::path(get, path = "/api/account/password-reset/{token}", tag = "account",
    params(("token" = String, Path)),
    responses((status = 200, body = ResetLink), (status = 410, body = ApiErrorBody)))]
pub async fn open_reset(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> ApiResult<Json<ResetLink>> {
    let link = links::peek(&state.db, Purpose::PasswordReset, &token, state.clock.now())
        .await?
        .ok_or_else(ApiError::link_invalid)?;
    Ok(Json(ResetLink {
        expires_at: iso_jst(link.expires_at),
    }))
}

#[utoipa::path(post, path = "/api/account/password-reset/{token}", tag = "account",
    params(("token" = String, Path)),
    request_body = PasswordResetForm,
    responses(
        (status = 200, description = "New password set; the account is unlocked and its other sessions ended", body = MessageBody),
        (status = 410, body = ApiErrorBody), (status = 422, body = ApiErrorBody),
    ))]
pub async fn reset_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ApiJson(form): ApiJson<PasswordResetForm>,
) -> ApiResult<Json<MessageBody>> {
    form.validate().map_err(invalid)?;
    let hash = password::hash(form.password, state.settings.password_cost).await?;
    let now = state.clock.now();
    let mut tx = state.db.pool().begin().await?;
    let link = links::consume(&mut tx, Purpose::PasswordReset, &token, now)
        .await?
        .ok_or_else(ApiError::link_invalid)?;
    let user_id = link.user_id.unwrap_or_default();
    sqlx::query("UPDATE users SET password_hash = $1 WHERE user_id = $2")
        .bind(&hash)
        .bind(&user_id)
        .execute(&mut *tx)
        .await?;
    let user = sqlx::query_as::<_, (String,)>("SELECT latin_name FROM users WHERE user_id = $1")
        .bind(&user_id)
        .fetch_optional(&mut *tx)
        .await?;
    let mail = mail::render(
        Template::PasswordChanged,
        mail::stored_locale(&link.locale),
        &link.email,
        &[("name", user.map(|(name,)| name).unwrap_or_default())],
    );
    outbox::enqueue(&mut tx, &mail, now).await?;
    tx.commit().await?;
    login::unlock(&state.db, &user_id).await?;
    sessions::end_others(&state.db, &user_id, None).await?;
    Ok(MessageBody::of("account-password-reset"))
}
