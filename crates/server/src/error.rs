//! One error shape for every `/api` answer that is not a success:
//! `{"error": <code>, "message": <Fluent id>, "errors": [FieldError…]}`.
//!
//! `error` is a stable machine code, `message` the id the page translates, `errors` the
//! field-level errors of a rejected form (the same `FieldError`s the rules return in the app).

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use madoguchi_rules::FieldError;
use serde::Serialize;
use serde::de::DeserializeOwned;
use utoipa::ToSchema;

use crate::db::DbError;

/// The body of every error answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiErrorBody {
    /// Stable machine-readable code (`validation_failed`, `unauthorized`, `rate_limited`…).
    #[schema(example = "validation_failed")]
    pub error: &'static str,
    /// Fluent message id for the page to show.
    #[schema(example = "api-error-validation")]
    pub message: &'static str,
    /// Field-level errors of a rejected form.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// What the JSON parser said about a malformed body (English, for developers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ApiErrorBody,
    /// Seconds until a rate-limited client may try again.
    pub retry_after: Option<i64>,
}

impl ApiError {
    pub fn new(status: StatusCode, error: &'static str, message: &'static str) -> Self {
        ApiError {
            status,
            body: ApiErrorBody {
                error,
                message,
                errors: Vec::new(),
                detail: None,
            },
            retry_after: None,
        }
    }

    pub fn validation(errors: Vec<FieldError>) -> Self {
        let mut error = ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
            "api-error-validation",
        );
        error.body.errors = errors;
        error
    }

    pub fn field(field: &str, message: &str) -> Self {
        ApiError::validation(vec![FieldError::new(field, message)])
    }

    pub fn bad_body(detail: String) -> Self {
        let mut error = ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_body",
            "api-error-invalid-body",
        );
        error.body.detail = Some(detail);
        error
    }

    pub fn not_found() -> Self {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", "api-error-not-found")
    }

    pub fn unauthorized() -> Self {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "api-error-unauthorized",
        )
    }

    pub fn forbidden() -> Self {
        ApiError::new(StatusCode::FORBIDDEN, "forbidden", "api-error-forbidden")
    }

    /// Another account already uses this e-mail address.
    pub fn email_in_use() -> Self {
        ApiError::new(StatusCode::CONFLICT, "email_in_use", "account-email-in-use")
    }

    pub fn link_invalid() -> Self {
        ApiError::new(StatusCode::GONE, "link_invalid", "api-error-link-invalid")
    }

    pub fn rate_limited(retry_after: i64) -> Self {
        let mut error = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            "api-error-rate-limited",
        );
        error.retry_after = Some(retry_after.max(1));
        error
    }

    pub fn internal() -> Self {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "api-error-internal",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, axum::Json(self.body)).into_response();
        if let Some(seconds) = self.retry_after
            && let Ok(value) = HeaderValue::from_str(&seconds.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}

/// Database failures are logged here and reported without detail.
impl From<DbError> for ApiError {
    fn from(error: DbError) -> Self {
        tracing::error!("database: {error}");
        ApiError::internal()
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> Self {
        ApiError::from(DbError::from(error))
    }
}

pub type ApiResult<T> = Result<T, ApiError>;

/// `Json<T>` whose rejections (bad JSON, wrong content type, too large) answer in the API's
/// error shape instead of axum's plain text.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(json_rejection(rejection)),
        }
    }
}

pub fn json_rejection(rejection: JsonRejection) -> ApiError {
    match rejection {
        JsonRejection::MissingJsonContentType(_) => ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "api-error-invalid-body",
        ),
        JsonRejection::BytesRejection(bytes) if bytes.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            too_large()
        }
        other => ApiError::bad_body(other.body_text()),
    }
}

pub fn too_large() -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        "api-error-too-large",
    )
}

/// `Query<T>` whose rejection answers in the API's error shape.
pub struct ApiQuery<T>(pub T);

impl<S, T> axum::extract::FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(value)| ApiQuery(value))
            .map_err(|rejection| ApiError::bad_body(rejection.body_text()))
    }
}
