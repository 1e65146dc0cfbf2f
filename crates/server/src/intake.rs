//! Finished-form intake: `POST /api/forms/{kind}`.
//!
//! The body is parsed and validated with the same `madoguchi_rules::forms` code the app ran
//! (field errors → 422), then stored with a receipt number in one transaction together with what
//! it causes (a single-use link and its mail for the My Number e-mail step; the use of that link
//! and a receipt mail for the application). An `Idempotency-Key` makes a retried submit answer
//! with the first receipt instead of storing the form twice: the key is inserted first in the
//! transaction, so a concurrent retry on any instance waits for it and then replays.

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use madoguchi_rules::forms::{
    ExamMyPageForm, FormKind, MyNumberApplicationForm, MyNumberEmailForm, ValidMyNumberEmail,
};
use madoguchi_rules::{CivilDate, FieldError};
use serde::{Deserialize, Serialize};
use sqlx::{Any, Transaction};
use utoipa::ToSchema;

use crate::clock::{iso_jst, jst_date};
use crate::db::{Database, is_unique_violation};
use crate::error::{ApiError, ApiErrorBody, ApiResult, too_large};
use crate::guard::ClientIp;
use crate::links::{self, NewLink, Purpose};
use crate::mail::{self, Template};
use crate::settings::MYNUMBER_LINK_VALID;
use crate::{AppState, challenge, outbox, ratelimit, tokens};

/// Largest form body: a 7,000,000-byte photo is 9,333,336 characters of base64, plus fields.
pub const FORM_BODY_LIMIT: usize = 10 * 1024 * 1024;
/// Longest accepted `Idempotency-Key`.
pub const IDEMPOTENCY_KEY_MAX: usize = 255;

/// What the server answers when it has stored a form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Receipt {
    /// Quote this number in any enquiry (`20261122-7KQ2MX4T`).
    #[schema(example = "20261122-7KQ2MX4T")]
    pub receipt_number: String,
    pub kind: FormKind,
    /// When it was stored, Japan time (`2026-11-22T16:38:05+09:00`).
    #[schema(example = "2026-11-22T16:38:05+09:00")]
    pub received_at: String,
}

/// A validated form, ready to store.
#[derive(Debug)]
pub struct Prepared {
    pub kind: FormKind,
    /// Normalised fields as JSON (no photo).
    pub payload: serde_json::Value,
    pub photo: Option<Vec<u8>>,
    pub effect: Effect,
}

/// What storing the form also does.
#[derive(Debug)]
pub enum Effect {
    None,
    /// Use up the image challenge, then mail a single-use link to the application page.
    MyNumberLink {
        valid: ValidMyNumberEmail,
        challenge_id: String,
        challenge_answer: String,
    },
    /// Use the mailed link (its token).
    MyNumberApplication {
        link_token: String,
    },
}

/// Parses and validates a body. Never panics, whatever the bytes (fuzzed in `fuzz/`).
pub fn prepare(kind: FormKind, body: &[u8], today: CivilDate) -> Result<Prepared, ApiError> {
    fn json<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
        serde_json::from_slice(body).map_err(|e| ApiError::bad_body(e.to_string()))
    }
    fn payload<T: Serialize>(valid: &T) -> Result<serde_json::Value, ApiError> {
        serde_json::to_value(valid).map_err(|_| ApiError::internal())
    }
    match kind {
        FormKind::ExamMypage => {
            let valid = json::<ExamMyPageForm>(body)?
                .validate(today)
                .map_err(ApiError::validation)?;
            Ok(Prepared {
                kind,
                payload: payload(&valid)?,
                photo: Some(valid.photo),
                effect: Effect::None,
            })
        }
        FormKind::MynumberEmail => {
            let form = json::<MyNumberEmailForm>(body)?;
            let valid = form.validate().map_err(ApiError::validation)?;
            Ok(Prepared {
                kind,
                payload: payload(&valid)?,
                photo: None,
                effect: Effect::MyNumberLink {
                    valid,
                    challenge_id: form.challenge_id,
                    challenge_answer: form.challenge_answer,
                },
            })
        }
        FormKind::MynumberApplication => {
            let form = json::<MyNumberApplicationForm>(body)?;
            let valid = form.validate(today).map_err(ApiError::validation)?;
            Ok(Prepared {
                kind,
                payload: payload(&valid)?,
                photo: valid.photo,
                effect: Effect::MyNumberApplication {
                    link_token: form.link_token,
                },
            })
        }
    }
}

#[utoipa::path(
    post, path = "/api/forms/exam-mypage", tag = "forms",
    request_body = ExamMyPageForm,
    params(IdempotencyHeader),
    responses(
        (status = 201, description = "Stored", body = Receipt),
        (status = 200, description = "Replay of an earlier submit with the same Idempotency-Key", body = Receipt),
        (status = 400, description = "Malformed JSON or header", body = ApiErrorBody),
        (status = 413, description = "Body over 10 MiB", body = ApiErrorBody),
        (status = 415, description = "Not application/json", body = ApiErrorBody),
        (status = 422, description = "Field errors (or the key was used with another body)", body = ApiErrorBody),
        (status = 429, description = "Too many submissions from this address", body = ApiErrorBody),
    )
)]
pub async fn submit_exam_mypage(
    state: State<AppState>,
    ip: ClientIp,
    headers: HeaderMap,
    body: Body,
) -> Response {
    submit(state, ip, headers, body, FormKind::ExamMypage).await
}

#[utoipa::path(
    post, path = "/api/forms/mynumber-email", tag = "forms",
    request_body = MyNumberEmailForm,
    params(IdempotencyHeader),
    responses(
        (status = 201, description = "Stored; a mail with a single-use link to the application page was queued", body = Receipt),
        (status = 200, description = "Replay", body = Receipt),
        (status = 400, body = ApiErrorBody), (status = 413, body = ApiErrorBody),
        (status = 415, body = ApiErrorBody), (status = 422, body = ApiErrorBody),
        (status = 429, body = ApiErrorBody),
    )
)]
pub async fn submit_mynumber_email(
    state: State<AppState>,
    ip: ClientIp,
    headers: HeaderMap,
    body: Body,
) -> Response {
    submit(state, ip, headers, body, FormKind::MynumberEmail).await
}

#[utoipa::path(
    post, path = "/api/forms/mynumber-application", tag = "forms",
    request_body = MyNumberApplicationForm,
    params(IdempotencyHeader),
    responses(
        (status = 201, description = "Stored; the link is used up; a receipt mail was queued", body = Receipt),
        (status = 200, description = "Replay", body = Receipt),
        (status = 400, body = ApiErrorBody), (status = 413, body = ApiErrorBody),
        (status = 415, body = ApiErrorBody),
        (status = 422, description = "Field errors; `link_token` → `api-error-link-invalid` when the link expired or was used", body = ApiErrorBody),
        (status = 429, body = ApiErrorBody),
    )
)]
pub async fn submit_mynumber_application(
    state: State<AppState>,
    ip: ClientIp,
    headers: HeaderMap,
    body: Body,
) -> Response {
    submit(state, ip, headers, body, FormKind::MynumberApplication).await
}

/// `Idempotency-Key` request header.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
#[allow(dead_code)]
pub struct IdempotencyHeader {
    /// Any 1–255 visible ASCII characters, new for each form the person submits and the same
    /// for retries of it (a UUID works).
    #[param(rename = "Idempotency-Key")]
    idempotency_key: Option<String>,
}

async fn submit(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    body: Body,
    kind: FormKind,
) -> Response {
    match submit_inner(&state, &ip, &headers, body, kind).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

async fn submit_inner(
    state: &AppState,
    ip: &str,
    headers: &HeaderMap,
    body: Body,
    kind: FormKind,
) -> ApiResult<Response> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim_start().starts_with("application/json"));
    if !is_json {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "api-error-invalid-body",
        ));
    }
    let key = idempotency_key(headers)?;
    let now = state.clock.now();
    ratelimit::hit(
        &state.db,
        &format!("submit:ip:{ip}"),
        state.settings.limits.submissions_per_ip,
        now,
    )
    .await?;
    let bytes: Bytes = axum::body::to_bytes(body, FORM_BODY_LIMIT)
        .await
        .map_err(|_| too_large())?;
    let prepared = prepare(kind, &bytes, jst_date(now))?;
    if let Effect::MyNumberLink { valid, .. } = &prepared.effect {
        // It sends mail: the same limits as the account's mail requests.
        crate::accounts::mail_rate_limit(state, ip, &valid.email).await?;
    }
    let request_hash = tokens::body_hash(&bytes);
    let locale = mail::request_locale(headers);
    store(state, prepared, key.as_deref(), &request_hash, locale, now).await
}

fn idempotency_key(headers: &HeaderMap) -> ApiResult<Option<String>> {
    let Some(value) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let key = value.to_str().unwrap_or_default();
    let valid = !key.is_empty()
        && key.len() <= IDEMPOTENCY_KEY_MAX
        && key.bytes().all(|b| b.is_ascii_graphic());
    if valid {
        Ok(Some(key.to_owned()))
    } else {
        Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_idempotency_key",
            "api-error-invalid-body",
        ))
    }
}

async fn store(
    state: &AppState,
    prepared: Prepared,
    key: Option<&str>,
    request_hash: &str,
    locale: madoguchi_l10n::Locale,
    now: i64,
) -> ApiResult<Response> {
    let kind = prepared.kind;
    let mut tx = state.db.pool().begin().await?;
    if let Some(key) = key {
        let placeholder = sqlx::query(
            "INSERT INTO idempotency_keys (scope, idem_key, request_hash, status, response, \
             created_at) VALUES ($1, $2, $3, 0, '', $4)",
        )
        .bind(kind.key())
        .bind(key)
        .bind(request_hash)
        .bind(now)
        .execute(&mut *tx)
        .await;
        match placeholder {
            Ok(_) => {}
            Err(error) if is_unique_violation(&error) => {
                tx.rollback().await?;
                return replay(&state.db, kind, key, request_hash).await;
            }
            Err(error) => return Err(error.into()),
        }
    }
    let receipt = Receipt {
        receipt_number: tokens::new_receipt_number(jst_date(now)),
        kind,
        received_at: iso_jst(now),
    };
    let payload = match &prepared.effect {
        Effect::MyNumberApplication { link_token } => {
            let Some(link) = links::consume(&mut tx, Purpose::MyNumber, link_token, now).await?
            else {
                tx.rollback().await?;
                return Err(ApiError::field("link_token", "api-error-link-invalid"));
            };
            let registration: serde_json::Value =
                serde_json::from_str(&link.data).unwrap_or_default();
            let mail_name = registration["mail_name"].as_str().unwrap_or_default();
            let mail = mail::render(
                Template::MyNumberReceived,
                mail::stored_locale(&link.locale),
                &link.email,
                &[
                    ("name", mail_name.to_owned()),
                    ("receipt", receipt.receipt_number.clone()),
                ],
            );
            outbox::enqueue(&mut tx, &mail, now).await?;
            serde_json::json!({ "registration": registration, "application": prepared.payload })
        }
        Effect::MyNumberLink {
            valid,
            challenge_id,
            challenge_answer,
        } => {
            if !challenge::consume(&mut tx, challenge_id, challenge_answer, now).await? {
                // The challenge stays used (no second guess on it), the form is not stored.
                if let Some(key) = key {
                    sqlx::query("DELETE FROM idempotency_keys WHERE scope = $1 AND idem_key = $2")
                        .bind(kind.key())
                        .bind(key)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                return Err(ApiError::field(
                    "challenge_answer",
                    "api-error-challenge-wrong",
                ));
            }
            let data = serde_json::json!({
                "receipt_number": receipt.receipt_number,
                "application_id": valid.application_id,
                "mail_name": valid.mail_name,
            })
            .to_string();
            let token = links::create(
                &mut tx,
                &NewLink {
                    purpose: Purpose::MyNumber,
                    email: &valid.email,
                    user_id: None,
                    data: &data,
                    locale: locale.tag(),
                    valid_for: MYNUMBER_LINK_VALID,
                },
                now,
            )
            .await?;
            let mail = mail::render(
                Template::MyNumberLink,
                locale,
                &valid.email,
                &[
                    ("name", valid.mail_name.clone()),
                    (
                        "link",
                        links::url(&state.settings.public_url, Purpose::MyNumber, &token),
                    ),
                    ("expires", mail::when(locale, now + MYNUMBER_LINK_VALID)),
                ],
            );
            outbox::enqueue(&mut tx, &mail, now).await?;
            prepared.payload
        }
        Effect::None => prepared.payload,
    };
    insert_submission(&mut tx, &receipt, &payload, prepared.photo.as_deref(), now).await?;
    let response = serde_json::to_string(&receipt).map_err(|_| ApiError::internal())?;
    if let Some(key) = key {
        sqlx::query(
            "UPDATE idempotency_keys SET status = 201, response = $1 \
             WHERE scope = $2 AND idem_key = $3",
        )
        .bind(&response)
        .bind(kind.key())
        .bind(key)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(json_response(StatusCode::CREATED, response, false))
}

async fn insert_submission(
    tx: &mut Transaction<'_, Any>,
    receipt: &Receipt,
    payload: &serde_json::Value,
    photo: Option<&[u8]>,
    now: i64,
) -> ApiResult<()> {
    sqlx::query(
        "INSERT INTO submissions (receipt_number, kind, payload, photo, received_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&receipt.receipt_number)
    .bind(receipt.kind.key())
    .bind(payload.to_string())
    .bind(photo.map(<[u8]>::to_vec))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Answers a retry with what the first submit got.
async fn replay(
    db: &Database,
    kind: FormKind,
    key: &str,
    request_hash: &str,
) -> ApiResult<Response> {
    let row: Option<(String, i64, String)> = sqlx::query_as(
        "SELECT request_hash, status, response FROM idempotency_keys \
         WHERE scope = $1 AND idem_key = $2",
    )
    .bind(kind.key())
    .bind(key)
    .fetch_optional(db.pool())
    .await?;
    match row {
        Some((hash, status, response)) if hash == request_hash && status != 0 => {
            Ok(json_response(StatusCode::OK, response, true))
        }
        Some((hash, _, _)) if hash != request_hash => {
            Err(ApiError::validation(vec![FieldError::new(
                "Idempotency-Key",
                "api-error-idempotency-key-reused",
            )]))
        }
        // Committed placeholders always carry their answer; anything else is a server fault.
        _ => Err(ApiError::internal()),
    }
}

fn json_response(status: StatusCode, body: String, replayed: bool) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if replayed {
        headers.insert("idempotent-replayed", HeaderValue::from_static("true"));
    }
    response
}

/// What the application page shows about the registration its link belongs to.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MyNumberLinkInfo {
    /// The application ID masked as on the official screens (`●●●● … ●●●`).
    pub application_id_masked: String,
    /// Addressee (`番号 太郎` → "番号 太郎 様").
    pub mail_name: String,
    pub email: String,
    pub expires_at: String,
}

#[utoipa::path(
    get, path = "/api/forms/mynumber-link/{token}", tag = "forms",
    params(("token" = String, Path, description = "Token from the mailed link")),
    responses(
        (status = 200, body = MyNumberLinkInfo),
        (status = 410, description = "Unknown, expired or used link", body = ApiErrorBody),
    )
)]
pub async fn mynumber_link(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> ApiResult<Json<MyNumberLinkInfo>> {
    let now = state.clock.now();
    let link = links::peek(&state.db, Purpose::MyNumber, &token, now)
        .await?
        .ok_or_else(ApiError::link_invalid)?;
    let data: serde_json::Value = serde_json::from_str(&link.data).unwrap_or_default();
    let id = data["application_id"].as_str().unwrap_or_default();
    Ok(Json(MyNumberLinkInfo {
        application_id_masked: madoguchi_rules::application_id::mask_digits(id),
        mail_name: data["mail_name"].as_str().unwrap_or_default().to_owned(),
        email: link.email,
        expires_at: iso_jst(link.expires_at),
    }))
}

/// Unknown form kinds.
pub async fn unknown_kind() -> ApiError {
    ApiError::not_found()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    /// The fuzz target's property, run on every `cargo test` with seeded random inputs: bodies
    /// made of JSON fragments, truncated and mutated valid forms, and raw bytes never panic.
    #[test]
    fn prepare_never_panics() {
        let today = CivilDate::new(2026, 11, 22).unwrap_or_else(|| unreachable!());
        let fragments: [&[u8]; 16] = [
            b"{",
            b"}",
            b"[",
            b"]",
            b"\"",
            b":",
            b",",
            b"null",
            b"true",
            b"-1e999",
            b"\"\\ud800\"",
            b"\"residence_card\"",
            b"\"photo_jpeg_base64\"",
            b"\"/9j/\"",
            "\"令和\"".as_bytes(),
            b"{\"birth_date\":{\"calendar\":\"reiwa\"}}",
        ];
        let valid = br#"{"name":"A","birth_date":"2000-01-01","sex":"male","nationality":"PHL","passport_number":"P1","residence_card":null,"email":"a@example.jp","photo_jpeg_base64":"/9j/4AAQ"}"#;
        let mut rng = rand::rngs::StdRng::seed_from_u64(8);
        for round in 0..3000 {
            let mut body: Vec<u8> = match round % 3 {
                0 => (0..rng.gen_range(0..12))
                    .flat_map(|_| fragments[rng.gen_range(0..fragments.len())].to_vec())
                    .collect(),
                1 => {
                    let mut body = valid.to_vec();
                    body.truncate(rng.gen_range(0..=body.len()));
                    body
                }
                _ => (0..rng.gen_range(0..64)).map(|_| rng.r#gen()).collect(),
            };
            if round % 5 == 0 && !body.is_empty() {
                let at = rng.gen_range(0..body.len());
                body[at] = rng.r#gen();
            }
            for kind in FormKind::ALL {
                let _ = prepare(kind, &body, today);
            }
        }
    }
}
