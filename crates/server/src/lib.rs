//! The madoguchi API server.
//!
//! Architecture invariants:
//! - It serves the app and the API from one origin, with a Content-Security-Policy that names no
//!   other origin, so the page cannot send anything elsewhere.
//! - It only ever receives finished forms; it never receives document photos for processing.
//! - Only this crate touches the database (SQLite by default, PostgreSQL via `DATABASE_URL`).
//! - Instances keep no state of their own: sessions, counters, idempotency keys, links and the
//!   mail outbox live in the database, so several instances can share one PostgreSQL.

pub mod accounts;
mod api;
pub mod audit;
pub mod challenge;
pub mod clock;
pub mod coe;
mod config;
pub mod db;
mod dev;
pub mod error;
mod guard;
pub mod intake;
pub mod jobs;
pub mod links;
pub mod mail;
mod office;
mod openapi;
pub mod outbox;
pub mod paging;
pub mod passkeys;
pub mod ratelimit;
mod security;
pub mod sessions;
pub mod settings;
mod static_files;
pub mod tokens;
pub use openapi::ApiDoc;
mod trust;

use std::sync::Arc;

use axum::Router;
use tower_http::compression::CompressionLayer;

pub use clock::Clock;
pub use config::Config;
pub use db::{Backend, Database};
pub use guard::{REQUEST_HEADER, TrustedProxies};
pub use security::inline_script_hashes;
pub use settings::Settings;
pub use static_files::AppFiles;
pub use trust::TrustAnchors;

/// Shared state of every request handler.
#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub files: Arc<AppFiles>,
    pub trust: Arc<TrustAnchors>,
    pub clock: Arc<dyn Clock>,
    pub settings: Arc<Settings>,
}

/// The whole HTTP surface: `/api/*`, the built app, and the security headers on everything.
pub fn router(state: AppState) -> Router {
    let content_security_policy =
        security::content_security_policy(&state.files.inline_script_hashes);
    Router::new()
        .nest("/api", api::routes())
        .fallback_service(static_files::service(state.clone()))
        .layer(axum::Extension(state.settings.trusted_proxies.clone()))
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
    #[error("mail: {0}")]
    Mail(String),
    #[error("{0}")]
    Config(String),
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
    let settings = Settings {
        public_url: config.public_url(),
        secure_cookies: config.secure_cookies(),
        dev_outbox: config.dev_outbox(),
        test_hooks: config.test_hooks,
        limits: config.limits(),
        trusted_proxies: Arc::new(
            guard::TrustedProxies::parse(config.trusted_proxies.as_deref().unwrap_or(""))
                .map_err(ServeError::Config)?,
        ),
        passkey_origin: config
            .public_url
            .as_ref()
            .map(|url| url.trim_end_matches('/').to_owned()),
        ..Settings::local(&config.public_url())
    };
    if settings.test_hooks {
        tracing::warn!("MADOGUCHI_TEST_HOOKS is on: time can be moved, challenge answers read");
    }
    let mailer: Arc<dyn outbox::Mailer> = match &config.smtp_url {
        Some(url) => Arc::new(
            outbox::SmtpMailer::from_url(url, &config.mail_from).map_err(ServeError::Mail)?,
        ),
        None => {
            tracing::info!("no MADOGUCHI_SMTP_URL: mail stays in the local outbox");
            Arc::new(outbox::LocalMailer)
        }
    };
    let state = AppState {
        db,
        files,
        trust,
        clock: Arc::new(clock::ShiftableClock::default()),
        settings: Arc::new(settings),
    };
    jobs::spawn(state.clone(), mailer);
    let app = router(state);
    let listener = tokio::net::TcpListener::bind(&config.addr)
        .await
        .map_err(|source| ServeError::Listen {
            addr: config.addr.clone(),
            source,
        })?;
    tracing::info!("madoguchi listening on http://{}", config.addr);
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
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
