//! `/api/*` routes.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::ApiError;
use crate::{AppState, accounts, challenge, coe, dev, guard, intake, office, openapi, passkeys};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/health", get(health))
        .route("/trust-anchors", get(trust_anchors))
        .route("/openapi.json", get(openapi::document))
        .route("/forms/exam-mypage", post(intake::submit_exam_mypage))
        .route("/forms/mynumber-email", post(intake::submit_mynumber_email))
        .route(
            "/forms/mynumber-application",
            post(intake::submit_mynumber_application),
        )
        .route("/forms/mynumber-link/{token}", get(intake::mynumber_link))
        .route("/forms/{kind}", post(intake::unknown_kind))
        .route("/coe", get(coe::list))
        .route("/coe/{id}/receipt", post(coe::register_receipt))
        .route("/coe/{id}/pdf", get(coe::pdf))
        .route(
            "/office/coe",
            get(coe::office_list)
                .post(coe::issue)
                .layer(axum::extract::DefaultBodyLimit::max(coe::UPLOAD_BODY_LIMIT)),
        )
        .route("/office/submissions", get(office::list))
        .route("/office/submissions/export", get(office::export))
        .route("/office/submissions/{receipt_number}", get(office::view))
        .route("/office/audit", get(office::audit_log))
        .merge(challenge::routes())
        .merge(accounts::routes())
        .merge(passkeys::routes())
        .merge(dev::routes())
        .fallback(unknown_api_route)
        .layer(axum::extract::DefaultBodyLimit::max(JSON_BODY_LIMIT))
        .layer(axum::middleware::from_fn(guard::csrf))
}

/// Bodies of everything but finished forms and COE uploads (which set their own limits).
pub const JSON_BODY_LIMIT: usize = 64 * 1024;

#[derive(Serialize, ToSchema)]
pub struct Health {
    #[schema(example = "ok")]
    status: &'static str,
    #[schema(example = "sqlite")]
    database: &'static str,
    version: &'static str,
}

#[utoipa::path(get, path = "/api/health", tag = "meta",
    responses((status = 200, body = Health), (status = 503, body = Health)))]
pub async fn health(State(state): State<AppState>) -> Response {
    let database = state.db.backend().name();
    let version = env!("CARGO_PKG_VERSION");
    match state.db.ping().await {
        Ok(()) => Json(Health {
            status: "ok",
            database,
            version,
        })
        .into_response(),
        Err(error) => {
            tracing::error!("health check: {error}");
            let body = Health {
                status: "unavailable",
                database,
                version,
            };
            (StatusCode::SERVICE_UNAVAILABLE, Json(body)).into_response()
        }
    }
}

/// CA certificates for the chip issuer check; public data, no user input involved.
#[utoipa::path(get, path = "/api/trust-anchors", tag = "meta",
    responses((status = 200, body = crate::TrustAnchors)))]
pub async fn trust_anchors(State(state): State<AppState>) -> Json<crate::TrustAnchors> {
    Json((*state.trust).clone())
}

async fn unknown_api_route() -> ApiError {
    ApiError::not_found()
}
