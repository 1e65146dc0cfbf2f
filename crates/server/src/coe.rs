//! Certificates of Eligibility sent by mail and their receipt registration (seed 001 §5).
//!
//! The office issues a COE to a user (the PDF is stored); the user sees the list
//! (受領登録状況 未登録/受領登録済, 受領登録依頼日時, 受領登録日時), pages through it and
//! registers receipt. Until then a reminder is mailed every 7 days, for 3 months after issue.

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::clock::{DAY, add_months_jst, iso_jst};
use crate::db::{DbError, is_unique_violation};
use crate::error::{ApiError, ApiErrorBody, ApiJson, ApiQuery, ApiResult};
use crate::guard::ClientIp;
use crate::mail::{self, Template};
use crate::paging::{PageInfo, PageQuery};
use crate::sessions::{CurrentUser, Staff};
use crate::{AppState, audit, outbox};

/// Reminders every 7 days …
pub const REMINDER_EVERY: i64 = 7 * DAY;
/// … until 3 months after issue.
pub const REMINDER_MONTHS: u8 = 3;
/// Largest certificate PDF accepted.
pub const PDF_MAX_BYTES: usize = 10 * 1024 * 1024;
/// Body limit of the upload (base64 of the largest PDF, plus fields).
pub const UPLOAD_BODY_LIMIT: usize = PDF_MAX_BYTES / 3 * 4 + 64 * 1024;

/// One certificate as listed.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct CoeItem {
    pub id: i64,
    /// 在留資格認定証明書番号.
    #[schema(example = "Y25071798")]
    pub certificate_number: String,
    /// 受領登録依頼日時: when it was sent.
    pub requested_at: String,
    /// 受領登録日時, `null` while 未登録.
    pub received_at: Option<String>,
    /// `unregistered` (未登録) or `registered` (受領登録済).
    #[schema(example = "unregistered")]
    pub status: String,
    /// The user it was issued to (office lists only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
}

type CoeRow = (i64, String, i64, Option<i64>, String);

fn item(
    (id, certificate_number, issued_at, received_at, user_id): CoeRow,
    with_user: bool,
) -> CoeItem {
    CoeItem {
        id,
        certificate_number,
        requested_at: iso_jst(issued_at),
        received_at: received_at.map(iso_jst),
        status: if received_at.is_some() {
            "registered"
        } else {
            "unregistered"
        }
        .to_owned(),
        user_id: with_user.then_some(user_id),
    }
}

/// 受領登録一覧.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct CoePage {
    /// "… 現在": the time the list was read.
    pub as_of: String,
    #[serde(flatten)]
    pub page: PageInfo,
    pub items: Vec<CoeItem>,
}

const COE_COLUMNS: &str = "id, certificate_number, issued_at, received_at, user_id";

#[utoipa::path(get, path = "/api/coe", tag = "coe",
    params(PageQuery),
    responses(
        (status = 200, description = "The user's certificates, newest first", body = CoePage),
        (status = 401, body = ApiErrorBody), (status = 422, body = ApiErrorBody),
    ))]
pub async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> ApiResult<Json<CoePage>> {
    let (page, size, offset) = query.limits()?;
    let (total,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM coe WHERE user_id = $1")
        .bind(&user.user_id)
        .fetch_one(state.db.pool())
        .await?;
    let rows: Vec<CoeRow> = sqlx::query_as(&format!(
        "SELECT {COE_COLUMNS} FROM coe WHERE user_id = $1 ORDER BY issued_at DESC, id DESC \
         LIMIT $2 OFFSET $3"
    ))
    .bind(&user.user_id)
    .bind(size)
    .bind(offset)
    .fetch_all(state.db.pool())
    .await?;
    Ok(Json(CoePage {
        as_of: iso_jst(state.clock.now()),
        page: PageInfo::new(page, size, total),
        items: rows.into_iter().map(|row| item(row, false)).collect(),
    }))
}

async fn own(state: &AppState, user: &CurrentUser, id: i64) -> ApiResult<CoeRow> {
    sqlx::query_as(&format!(
        "SELECT {COE_COLUMNS} FROM coe WHERE id = $1 AND user_id = $2"
    ))
    .bind(id)
    .bind(&user.user_id)
    .fetch_optional(state.db.pool())
    .await?
    .ok_or_else(ApiError::not_found)
}

#[utoipa::path(post, path = "/api/coe/{id}/receipt", tag = "coe",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "受領登録済", body = CoeItem),
        (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
        (status = 409, description = "Already registered (`coe-already-registered`)", body = ApiErrorBody),
    ))]
pub async fn register_receipt(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> ApiResult<Json<CoeItem>> {
    let now = state.clock.now();
    let done = sqlx::query(
        "UPDATE coe SET received_at = $1 WHERE id = $2 AND user_id = $3 AND received_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .bind(&user.user_id)
    .execute(state.db.pool())
    .await?;
    let row = own(&state, &user, id).await?;
    if done.rows_affected() == 0 {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "already_registered",
            "coe-already-registered",
        ));
    }
    Ok(Json(item(row, false)))
}

#[utoipa::path(get, path = "/api/coe/{id}/pdf", tag = "coe",
    params(("id" = i64, Path)),
    responses(
        (status = 200, description = "The certificate", content_type = "application/pdf", body = Vec<u8>),
        (status = 401, body = ApiErrorBody), (status = 404, body = ApiErrorBody),
    ))]
pub async fn pdf(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> ApiResult<Response> {
    let (number, pdf): (String, Vec<u8>) =
        sqlx::query_as("SELECT certificate_number, pdf FROM coe WHERE id = $1 AND user_id = $2")
            .bind(id)
            .bind(&user.user_id)
            .fetch_optional(state.db.pool())
            .await?
            .ok_or_else(ApiError::not_found)?;
    let file: String = number.chars().filter(char::is_ascii_alphanumeric).collect();
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"coe-{file}.pdf\""),
            ),
        ],
        Body::from(pdf),
    )
        .into_response())
}

/// A certificate the office issues.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IssueCoe {
    #[schema(example = "K7Q2M9X4TB")]
    pub user_id: String,
    /// 1–32 letters, digits or hyphens.
    #[schema(example = "Y25071798")]
    pub certificate_number: String,
    /// The PDF, base64 (at most 10 MiB decoded).
    pub pdf_base64: String,
}

#[utoipa::path(post, path = "/api/office/coe", tag = "office",
    request_body = IssueCoe,
    responses(
        (status = 201, description = "Stored and mailed to the user", body = CoeItem),
        (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 409, description = "The certificate number exists", body = ApiErrorBody),
        (status = 413, body = ApiErrorBody), (status = 422, body = ApiErrorBody),
    ))]
pub async fn issue(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Staff(staff): Staff,
    ApiJson(form): ApiJson<IssueCoe>,
) -> ApiResult<(StatusCode, Json<CoeItem>)> {
    let mut errors = Vec::new();
    let number = form.certificate_number.trim();
    let number_ok = (1..=32).contains(&number.len())
        && number
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if !number_ok {
        errors.push(madoguchi_rules::FieldError::new(
            "certificate_number",
            "rule-choice-invalid",
        ));
    }
    let pdf = base64::engine::general_purpose::STANDARD
        .decode(form.pdf_base64.trim())
        .ok()
        .filter(|pdf| pdf.starts_with(b"%PDF-") && pdf.len() <= PDF_MAX_BYTES);
    if pdf.is_none() {
        errors.push(madoguchi_rules::FieldError::new(
            "pdf_base64",
            "coe-pdf-invalid",
        ));
    }
    let user_id = crate::tokens::normalise_user_id(&form.user_id);
    let user = crate::accounts::user_by_id(&state, &user_id).await?;
    if user.is_none() {
        errors.push(madoguchi_rules::FieldError::new(
            "user_id",
            "coe-user-unknown",
        ));
    }
    let (Some(pdf), Some(user), true) = (pdf, user, errors.is_empty()) else {
        return Err(ApiError::validation(errors));
    };
    let now = state.clock.now();
    audit::record(&state.db, &staff.user_id, "coe.issue", number, &ip, now).await?;
    let mut tx = state.db.pool().begin().await?;
    let inserted: Result<(i64,), sqlx::Error> = sqlx::query_as(
        "INSERT INTO coe (certificate_number, user_id, pdf, issued_at, issued_by, \
         reminders_until, last_notified_at) VALUES ($1, $2, $3, $4, $5, $6, $4) RETURNING id",
    )
    .bind(number)
    .bind(&user.user_id)
    .bind(pdf)
    .bind(now)
    .bind(&staff.user_id)
    .bind(add_months_jst(now, REMINDER_MONTHS))
    .fetch_one(&mut *tx)
    .await;
    let id = match inserted {
        Ok((id,)) => id,
        Err(error) if is_unique_violation(&error) => {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "duplicate",
                "coe-number-exists",
            ));
        }
        Err(error) => return Err(error.into()),
    };
    let mail = mail::render(
        Template::CoeIssued,
        mail::stored_locale(&user.locale),
        &user.email,
        &[
            ("name", user.latin_name.clone()),
            ("number", number.to_owned()),
            ("link", format!("{}/account/coe", state.settings.public_url)),
        ],
    );
    outbox::enqueue(&mut tx, &mail, now).await?;
    tx.commit().await?;
    Ok((
        StatusCode::CREATED,
        Json(item((id, number.to_owned(), now, None, user.user_id), true)),
    ))
}

#[utoipa::path(get, path = "/api/office/coe", tag = "office",
    params(PageQuery),
    responses(
        (status = 200, description = "Every certificate with its status, newest first", body = CoePage),
        (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
    ))]
pub async fn office_list(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Staff(staff): Staff,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> ApiResult<Json<CoePage>> {
    let (page, size, offset) = query.limits()?;
    let now = state.clock.now();
    audit::record(
        &state.db,
        &staff.user_id,
        "coe.list",
        &format!("page {page}"),
        &ip,
        now,
    )
    .await?;
    let (total,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM coe")
        .fetch_one(state.db.pool())
        .await?;
    let rows: Vec<CoeRow> = sqlx::query_as(&format!(
        "SELECT {COE_COLUMNS} FROM coe ORDER BY issued_at DESC, id DESC LIMIT $1 OFFSET $2"
    ))
    .bind(size)
    .bind(offset)
    .fetch_all(state.db.pool())
    .await?;
    Ok(Json(CoePage {
        as_of: iso_jst(now),
        page: PageInfo::new(page, size, total),
        items: rows.into_iter().map(|row| item(row, true)).collect(),
    }))
}

/// Mails the reminders due at `now`; returns how many. Each reminder is claimed by a
/// conditional update of `last_notified_at`, so instances running this together send each
/// one once.
pub async fn send_due_reminders(state: &AppState, now: i64) -> Result<usize, DbError> {
    let due: Vec<(i64, i64, String, i64, String, String, String)> = sqlx::query_as(
        "SELECT c.id, c.last_notified_at, c.certificate_number, c.reminders_until, \
                u.email, u.latin_name, u.locale \
         FROM coe c JOIN users u ON u.user_id = c.user_id \
         WHERE c.received_at IS NULL AND c.last_notified_at <= $1 AND c.reminders_until > $2",
    )
    .bind(now - REMINDER_EVERY)
    .bind(now)
    .fetch_all(state.db.pool())
    .await?;
    let mut sent = 0;
    for (id, last, number, until, email, name, locale) in due {
        let mut tx = state.db.pool().begin().await?;
        let claimed = sqlx::query(
            "UPDATE coe SET last_notified_at = $1 \
             WHERE id = $2 AND last_notified_at = $3 AND received_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .bind(last)
        .execute(&mut *tx)
        .await?;
        if claimed.rows_affected() == 1 {
            let locale = mail::stored_locale(&locale);
            let mail = mail::render(
                Template::CoeReminder,
                locale,
                &email,
                &[
                    ("name", name),
                    ("number", number),
                    ("link", format!("{}/account/coe", state.settings.public_url)),
                    ("until", mail::when(locale, until)),
                ],
            );
            outbox::enqueue(&mut tx, &mail, now).await?;
            sent += 1;
        }
        tx.commit().await?;
    }
    Ok(sent)
}
