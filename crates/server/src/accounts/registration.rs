//! 利用者登録 (seed 001 §3): terms and address → mail with a link valid 24 hours → user kind,
//! Latin name, phone, password → confirmation → user ID issued and mailed.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use madoguchi_rules::account_forms::{RegistrationForm, RegistrationStartForm, ValidRegistration};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{MessageBody, invalid, mail_rate_limit, password, user_by_email};
use crate::AppState;
use crate::clock::iso_jst;
use crate::db::is_unique_violation;
use crate::error::{ApiError, ApiErrorBody, ApiJson, ApiResult};
use crate::guard::ClientIp;
use crate::links::{self, NewLink, Purpose};
use crate::mail::{self, Template};
use crate::outbox;
use crate::settings::REGISTER_LINK_VALID;
use crate::tokens::new_user_id;

#[utoipa::path(post, path = "/api/account/registration", tag = "account",
    request_body = RegistrationStartForm,
    responses(
        (status = 202, description = "A mail with a link valid 24 hours was queued (or, for an address already registered, a notice)", body = MessageBody),
        (status = 422, body = ApiErrorBody), (status = 429, body = ApiErrorBody),
    ))]
pub async fn start(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    ApiJson(form): ApiJson<RegistrationStartForm>,
) -> ApiResult<(StatusCode, Json<MessageBody>)> {
    let email = form.validate().map_err(invalid)?;
    mail_rate_limit(&state, &ip, email.as_str()).await?;
    let now = state.clock.now();
    let locale = mail::request_locale(&headers);
    let mut tx = state.db.pool().begin().await?;
    let mail = if user_by_email(&state, email.as_str()).await?.is_some() {
        mail::render(Template::RegisterExists, locale, email.as_str(), &[])
    } else {
        let token = links::create(
            &mut tx,
            &NewLink {
                purpose: Purpose::Register,
                email: email.as_str(),
                user_id: None,
                data: "",
                locale: locale.tag(),
                valid_for: REGISTER_LINK_VALID,
            },
            now,
        )
        .await?;
        mail::render(
            Template::RegisterLink,
            locale,
            email.as_str(),
            &[
                (
                    "link",
                    links::url(&state.settings.public_url, Purpose::Register, &token),
                ),
                ("expires", mail::when(locale, now + REGISTER_LINK_VALID)),
            ],
        )
    };
    outbox::enqueue(&mut tx, &mail, now).await?;
    tx.commit().await?;
    Ok((StatusCode::ACCEPTED, MessageBody::of("account-mail-sent")))
}

/// What the registration page shows once the link is opened.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RegistrationLink {
    pub email: String,
    pub expires_at: String,
}

#[utoipa::path(get, path = "/api/account/registration/{token}", tag = "account",
    params(("token" = String, Path)),
    responses((status = 200, body = RegistrationLink), (status = 410, body = ApiErrorBody)))]
pub async fn open(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> ApiResult<Json<RegistrationLink>> {
    let link = links::peek(&state.db, Purpose::Register, &token, state.clock.now())
        .await?
        .ok_or_else(ApiError::link_invalid)?;
    Ok(Json(RegistrationLink {
        email: link.email,
        expires_at: iso_jst(link.expires_at),
    }))
}

/// The details as they will be registered (利用者登録確認).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct RegistrationPreview {
    #[schema(example = "foreign_national")]
    pub user_kind: String,
    #[schema(example = "NGUYEN VAN AN")]
    pub latin_name: String,
    pub phone: String,
    pub email: String,
}

fn preview(valid: &ValidRegistration, email: &str) -> RegistrationPreview {
    RegistrationPreview {
        user_kind: valid.user_kind.key().to_owned(),
        latin_name: valid.latin_name.as_str().to_owned(),
        phone: valid.phone.as_str().to_owned(),
        email: email.to_owned(),
    }
}

#[utoipa::path(post, path = "/api/account/registration/{token}/check", tag = "account",
    params(("token" = String, Path)),
    request_body = RegistrationForm,
    responses(
        (status = 200, description = "Valid: the normalised details for the confirmation screen", body = RegistrationPreview),
        (status = 410, body = ApiErrorBody), (status = 422, body = ApiErrorBody),
    ))]
pub async fn check(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ApiJson(form): ApiJson<RegistrationForm>,
) -> ApiResult<Json<RegistrationPreview>> {
    let link = links::peek(&state.db, Purpose::Register, &token, state.clock.now())
        .await?
        .ok_or_else(ApiError::link_invalid)?;
    let valid = form.validate().map_err(invalid)?;
    Ok(Json(preview(&valid, &link.email)))
}

/// 利用者登録完了.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Registered {
    /// The new user ID (also mailed).
    #[schema(example = "K7Q2M9X4TB")]
    pub user_id: String,
    #[serde(flatten)]
    pub details: RegistrationPreview,
    #[schema(example = "account-registered")]
    pub message: String,
}

#[utoipa::path(post, path = "/api/account/registration/{token}", tag = "account",
    params(("token" = String, Path)),
    request_body = RegistrationForm,
    responses(
        (status = 201, description = "Registered; the user ID was mailed", body = Registered),
        (status = 409, description = "The address was registered meanwhile", body = ApiErrorBody),
        (status = 410, body = ApiErrorBody), (status = 422, body = ApiErrorBody),
    ))]
pub async fn complete(
    State(state): State<AppState>,
    Path(token): Path<String>,
    ApiJson(form): ApiJson<RegistrationForm>,
) -> ApiResult<(StatusCode, Json<Registered>)> {
    let valid = form.validate().map_err(invalid)?;
    let password_hash = password::hash(form.password.clone(), state.settings.password_cost).await?;
    let now = state.clock.now();
    let mut tx = state.db.pool().begin().await?;
    let link = links::consume(&mut tx, Purpose::Register, &token, now)
        .await?
        .ok_or_else(ApiError::link_invalid)?;
    let user_id = new_user_id();
    let inserted = sqlx::query(
        "INSERT INTO users (user_id, email, user_kind, latin_name, phone, password_hash, role, \
         locale, created_at) VALUES ($1, $2, $3, $4, $5, $6, 'user', $7, $8)",
    )
    .bind(&user_id)
    .bind(&link.email)
    .bind(valid.user_kind.key())
    .bind(valid.latin_name.as_str())
    .bind(valid.phone.as_str())
    .bind(&password_hash)
    .bind(&link.locale)
    .bind(now)
    .execute(&mut *tx)
    .await;
    match inserted {
        Ok(_) => {}
        Err(error) if is_unique_violation(&error) => {
            tx.rollback().await?;
            return Err(ApiError::email_in_use());
        }
        Err(error) => return Err(error.into()),
    }
    let mail = mail::render(
        Template::UserIdIssued,
        mail::stored_locale(&link.locale),
        &link.email,
        &[
            ("name", valid.latin_name.as_str().to_owned()),
            ("user_id", user_id.clone()),
        ],
    );
    outbox::enqueue(&mut tx, &mail, now).await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(Registered {
            user_id,
            details: preview(&valid, &link.email),
            message: "account-registered".to_owned(),
        }),
    ))
}
