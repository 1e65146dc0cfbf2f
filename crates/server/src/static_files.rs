//! The built app (Trunk's `dist/`): files as they are, and `index.html` for client-side routes.

use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get};
use tower_http::services::ServeDir;

use crate::AppState;
use crate::security::inline_script_hashes;

/// The app's entry page, read once at start.
pub struct AppFiles {
    pub dist_dir: PathBuf,
    pub index_html: Option<String>,
    pub inline_script_hashes: Vec<String>,
}

impl AppFiles {
    /// Reads `dist/index.html`; a missing build is reported on every page request instead of
    /// failing the server, so the API stays usable.
    pub fn load(dist_dir: &Path) -> Self {
        let index_html = std::fs::read_to_string(dist_dir.join("index.html")).ok();
        if index_html.is_none() {
            tracing::warn!(
                "{} has no index.html: build the app first",
                dist_dir.display()
            );
        }
        let inline_script_hashes = index_html
            .as_deref()
            .map(inline_script_hashes)
            .unwrap_or_default();
        AppFiles {
            dist_dir: dist_dir.to_owned(),
            index_html,
            inline_script_hashes,
        }
    }
}

pub fn service(state: AppState) -> ServeDir<MethodRouter> {
    let spa: MethodRouter = get(client_route).with_state(state.clone());
    ServeDir::new(&state.files.dist_dir)
        .append_index_html_on_directories(false)
        .fallback(spa)
}

/// Paths that aren't files: a client-side route gets the app; a missing asset gets 404.
async fn client_route(State(state): State<AppState>, request: Request) -> Response {
    let last_segment = request.uri().path().rsplit('/').next().unwrap_or_default();
    if last_segment.contains('.') {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    }
    match &state.files.index_html {
        Some(html) => Response::builder()
            .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
            .body(Body::from(html.clone()))
            .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response()),
        None => (
            StatusCode::SERVICE_UNAVAILABLE,
            "The app has not been built. Run ./scripts/run.sh to build and serve it.",
        )
            .into_response(),
    }
}
