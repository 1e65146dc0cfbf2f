//! Office review of finished forms (staff only): list, view, export as JSON or CSV, and the
//! audit log. Every access is logged before the data leaves the server.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::AppState;
use crate::audit::{self, AuditEntry};
use crate::clock::iso_jst;
use crate::error::{ApiError, ApiErrorBody, ApiQuery, ApiResult};
use crate::guard::ClientIp;
use crate::paging::{PageInfo, PageQuery};
use crate::sessions::Staff;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SubmissionFilter {
    /// Only this form kind (`exam-mypage`, `mynumber-email`, `mynumber-application`).
    pub kind: Option<String>,
    pub page: Option<i64>,
    pub page_size: Option<i64>,
}

impl SubmissionFilter {
    fn kind(&self) -> Result<Option<&'static str>, ApiError> {
        match self.kind.as_deref() {
            None | Some("") => Ok(None),
            Some(key) => madoguchi_rules::forms::FormKind::from_key(key)
                .map(|kind| Some(kind.key()))
                .ok_or_else(|| ApiError::field("kind", "rule-choice-invalid")),
        }
    }
}

/// A stored form in a list.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SubmissionSummary {
    pub receipt_number: String,
    pub kind: String,
    pub received_at: String,
    pub has_photo: bool,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct SubmissionPage {
    #[serde(flatten)]
    pub page: PageInfo,
    pub items: Vec<SubmissionSummary>,
}

#[utoipa::path(get, path = "/api/office/submissions", tag = "office",
    params(SubmissionFilter),
    responses(
        (status = 200, description = "Newest first", body = SubmissionPage),
        (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody),
    ))]
pub async fn list(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Staff(staff): Staff,
    ApiQuery(filter): ApiQuery<SubmissionFilter>,
) -> ApiResult<Json<SubmissionPage>> {
    let kind = filter.kind()?;
    let (page, size, offset) = PageQuery {
        page: filter.page,
        page_size: filter.page_size,
    }
    .limits()?;
    let target = format!("kind={} page={page}", kind.unwrap_or("*"));
    audit::record(
        &state.db,
        &staff.user_id,
        "submissions.list",
        &target,
        &ip,
        state.clock.now(),
    )
    .await?;
    let kind = kind.unwrap_or("");
    let (total,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM submissions WHERE ($1 = '' OR kind = $1)")
            .bind(kind)
            .fetch_one(state.db.pool())
            .await?;
    let rows: Vec<(String, String, i64, i64)> = sqlx::query_as(
        "SELECT receipt_number, kind, received_at, \
                CASE WHEN photo IS NULL THEN 0 ELSE 1 END \
         FROM submissions WHERE ($1 = '' OR kind = $1) \
         ORDER BY received_at DESC, id DESC LIMIT $2 OFFSET $3",
    )
    .bind(kind)
    .bind(size)
    .bind(offset)
    .fetch_all(state.db.pool())
    .await?;
    Ok(Json(SubmissionPage {
        page: PageInfo::new(page, size, total),
        items: rows
            .into_iter()
            .map(|(receipt_number, kind, at, photo)| SubmissionSummary {
                receipt_number,
                kind,
                received_at: iso_jst(at),
                has_photo: photo == 1,
            })
            .collect(),
    }))
}

/// receipt number, kind, received at, payload, photo.
type StoredRow = (String, String, i64, String, Option<Vec<u8>>);

/// A stored form in full.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct Submission {
    pub receipt_number: String,
    pub kind: String,
    pub received_at: String,
    /// The normalised fields as validated on receipt.
    #[schema(value_type = Object)]
    pub payload: serde_json::Value,
    /// The face photo (JPEG, base64), when the form has one.
    pub photo_jpeg_base64: Option<String>,
}

#[utoipa::path(get, path = "/api/office/submissions/{receipt_number}", tag = "office",
    params(("receipt_number" = String, Path)),
    responses(
        (status = 200, body = Submission),
        (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 404, body = ApiErrorBody),
    ))]
pub async fn view(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Staff(staff): Staff,
    Path(receipt_number): Path<String>,
) -> ApiResult<Json<Submission>> {
    audit::record(
        &state.db,
        &staff.user_id,
        "submissions.view",
        &receipt_number,
        &ip,
        state.clock.now(),
    )
    .await?;
    let row: Option<StoredRow> = sqlx::query_as(
        "SELECT receipt_number, kind, received_at, payload, photo FROM submissions \
         WHERE receipt_number = $1",
    )
    .bind(&receipt_number)
    .fetch_optional(state.db.pool())
    .await?;
    let (receipt_number, kind, at, payload, photo) = row.ok_or_else(ApiError::not_found)?;
    Ok(Json(Submission {
        receipt_number,
        kind,
        received_at: iso_jst(at),
        payload: serde_json::from_str(&payload).unwrap_or_default(),
        photo_jpeg_base64: photo.map(|p| base64::engine::general_purpose::STANDARD.encode(p)),
    }))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// `json` (default) or `csv`.
    pub format: Option<String>,
    /// Only this form kind.
    pub kind: Option<String>,
}

#[utoipa::path(get, path = "/api/office/submissions/export", tag = "office",
    params(ExportQuery),
    responses(
        (status = 200, description = "Every stored form without photos, oldest first: a JSON array of `Submission`, or CSV with one column per field (dotted paths)", body = Vec<Submission>),
        (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
        (status = 422, body = ApiErrorBody),
    ))]
pub async fn export(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Staff(staff): Staff,
    ApiQuery(query): ApiQuery<ExportQuery>,
) -> ApiResult<Response> {
    let csv = match query.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(_) => return Err(ApiError::field("format", "rule-choice-invalid")),
    };
    let kind = SubmissionFilter {
        kind: query.kind.clone(),
        page: None,
        page_size: None,
    }
    .kind()?
    .unwrap_or("");
    let target = format!("format={} kind={}", if csv { "csv" } else { "json" }, kind);
    audit::record(
        &state.db,
        &staff.user_id,
        "submissions.export",
        &target,
        &ip,
        state.clock.now(),
    )
    .await?;
    let rows: Vec<(String, String, i64, String)> = sqlx::query_as(
        "SELECT receipt_number, kind, received_at, payload FROM submissions \
         WHERE ($1 = '' OR kind = $1) ORDER BY received_at, id",
    )
    .bind(kind)
    .fetch_all(state.db.pool())
    .await?;
    let submissions: Vec<Submission> = rows
        .into_iter()
        .map(|(receipt_number, kind, at, payload)| Submission {
            receipt_number,
            kind,
            received_at: iso_jst(at),
            payload: serde_json::from_str(&payload).unwrap_or_default(),
            photo_jpeg_base64: None,
        })
        .collect();
    if !csv {
        return Ok(Json(submissions).into_response());
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"submissions.csv\"",
            ),
        ],
        to_csv(&submissions),
    )
        .into_response())
}

/// Flattens each payload into dotted paths; the columns are the union over all rows, in order
/// of first appearance.
fn to_csv(submissions: &[Submission]) -> String {
    fn flatten(prefix: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    let path = if prefix.is_empty() {
                        key.clone()
                    } else {
                        format!("{prefix}.{key}")
                    };
                    flatten(&path, value, out);
                }
            }
            serde_json::Value::String(text) => out.push((prefix.to_owned(), text.clone())),
            serde_json::Value::Null => out.push((prefix.to_owned(), String::new())),
            other => out.push((prefix.to_owned(), other.to_string())),
        }
    }
    let rows: Vec<Vec<(String, String)>> = submissions
        .iter()
        .map(|s| {
            let mut fields = Vec::new();
            flatten("", &s.payload, &mut fields);
            fields
        })
        .collect();
    let mut columns: Vec<String> = Vec::new();
    for (name, _) in rows.iter().flatten() {
        if !columns.contains(name) {
            columns.push(name.clone());
        }
    }
    let mut out = String::new();
    let header: Vec<String> = ["receipt_number", "kind", "received_at"]
        .iter()
        .map(|s| (*s).to_owned())
        .chain(columns.iter().cloned())
        .collect();
    push_record(&mut out, &header);
    for (submission, fields) in submissions.iter().zip(&rows) {
        let mut record = vec![
            submission.receipt_number.clone(),
            submission.kind.clone(),
            submission.received_at.clone(),
        ];
        for column in &columns {
            record.push(
                fields
                    .iter()
                    .find(|(name, _)| name == column)
                    .map(|(_, value)| value.clone())
                    .unwrap_or_default(),
            );
        }
        push_record(&mut out, &record);
    }
    out
}

/// RFC 4180: quote every field, double the quotes; a leading `=`, `+`, `-` or `@` gets a `'`
/// so a spreadsheet never runs a typed value as a formula.
fn push_record(out: &mut String, fields: &[String]) {
    let quoted: Vec<String> = fields
        .iter()
        .map(|field| {
            let guarded = if field.starts_with(['=', '+', '-', '@']) {
                format!("'{field}")
            } else {
                field.clone()
            };
            format!("\"{}\"", guarded.replace('"', "\"\""))
        })
        .collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AuditPage {
    #[serde(flatten)]
    pub page: PageInfo,
    pub items: Vec<AuditEntry>,
}

#[utoipa::path(get, path = "/api/office/audit", tag = "office",
    params(PageQuery),
    responses(
        (status = 200, description = "Newest first", body = AuditPage),
        (status = 401, body = ApiErrorBody), (status = 403, body = ApiErrorBody),
    ))]
pub async fn audit_log(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Staff(staff): Staff,
    ApiQuery(query): ApiQuery<PageQuery>,
) -> ApiResult<Json<AuditPage>> {
    let (page, size, offset) = query.limits()?;
    audit::record(
        &state.db,
        &staff.user_id,
        "audit.view",
        &format!("page {page}"),
        &ip,
        state.clock.now(),
    )
    .await?;
    let (total, items) = audit::page(&state.db, size, offset).await?;
    Ok(Json(AuditPage {
        page: PageInfo::new(page, size, total),
        items,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_flattens_quotes_and_defuses_formulas() {
        let submissions = vec![
            Submission {
                receipt_number: "R1".to_owned(),
                kind: "exam-mypage".to_owned(),
                received_at: "t".to_owned(),
                payload: serde_json::json!({"name": "A \"B\"", "card": {"number": "X1"}}),
                photo_jpeg_base64: None,
            },
            Submission {
                receipt_number: "R2".to_owned(),
                kind: "exam-mypage".to_owned(),
                received_at: "t".to_owned(),
                payload: serde_json::json!({"name": "=HYPERLINK(1)", "card": null}),
                photo_jpeg_base64: None,
            },
        ];
        assert_eq!(
            to_csv(&submissions),
            "\"receipt_number\",\"kind\",\"received_at\",\"card.number\",\"name\",\"card\"\r\n\
             \"R1\",\"exam-mypage\",\"t\",\"X1\",\"A \"\"B\"\"\",\"\"\r\n\
             \"R2\",\"exam-mypage\",\"t\",\"\",\"'=HYPERLINK(1)\",\"\"\r\n"
        );
    }
}
