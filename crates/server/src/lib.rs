//! The madoguchi API server.
//!
//! Architecture invariants:
//! - It serves the app and the API from one origin, with a Content-Security-Policy that names no
//!   other origin, so the page cannot send anything elsewhere.
//! - It only ever receives finished forms; it never receives document photos for processing.
//! - Only this crate touches the database (SQLite by default, PostgreSQL via `DATABASE_URL`).

mod api;
mod config;
pub mod db;
mod security;
mod static_files;
mod trust;

use std::sync::Arc;

use axum::Router;
use tower_http::compression::CompressionLayer;

pub use config::Config;
pub use db::{Backend, Database};
pub use security::inline_script_hashes;
pub use static_files::AppFiles;
pub use trust::TrustAnchors;

/// Shared state of every request handler.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub files: Arc<AppFiles>,
    pub trust: Arc<TrustAnchors>,
}

/// The whole HTTP surface: `/api/*`, the built app, and the security headers on everything.
pub fn router(state: AppState) -> Router {
    let content_security_policy =
        security::content_security_policy(&state.files.inline_script_hashes);
    Router::new()
        .nest("/api", api::routes())
        .fallback_service(static_files::service(state.clone()))
        .with_state(state)
        .layer(axum::middleware::from_fn(move |request, next| {
            security::add_headers(content_security_policy.clone(), request, next)
        }))
        .layer(CompressionLayer::new())
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("database: {0}")]
    Database(#[from] db::DbError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: String,
        source: std::io::Error,
    },
    #[error("server stopped: {0}")]
    Io(#[from] std::io::Error),
}

/// Connects and migrates the database, then serves until Ctrl-C or SIGTERM.
pub async fn serve(config: Config) -> Result<(), ServeError> {
    let db = Database::connect(&config.database_url()).await?;
    let files = Arc::new(AppFiles::load(&config.dist_dir));
    let trust = Arc::new(TrustAnchors::load(
        config.trust_dir.as_deref(),
        config.test_trust_dir.as_deref(),
    ));
    let app = router(AppState { db, files, trust });
    let listener = tokio::net::TcpListener::bind(&config.addr)
        .await
        .map_err(|source| ServeError::Listen {
            addr: config.addr.clone(),
            source,
        })?;
    tracing::info!("madoguchi listening on http://{}", config.addr);
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
