//! `/api/*` routes.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;

use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/health", get(health))
        .route("/trust-anchors", get(trust_anchors))
        .fallback(unknown_api_route)
}

#[derive(Serialize)]
struct Health {
    status: &'static str,
    database: &'static str,
    version: &'static str,
}

async fn health(State(state): State<AppState>) -> Response {
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
async fn trust_anchors(State(state): State<AppState>) -> Json<crate::TrustAnchors> {
    Json((*state.trust).clone())
}

#[derive(Serialize)]
struct ApiError {
    error: &'static str,
}

async fn unknown_api_route() -> Response {
    (StatusCode::NOT_FOUND, Json(ApiError { error: "not_found" })).into_response()
}
