//! `madoguchi-server`: serves the built app and the API on one origin.

use madoguchi_server::{Config, serve};

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let config = Config::from_env();
    if let Err(error) = serve(config).await {
        tracing::error!("{error}");
        std::process::exit(1);
    }
}
