//! Helpers shared by the server's integration tests.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response};
use http_body_util::BodyExt;
use madoguchi_server::{AppFiles, AppState, Database, TrustAnchors, router};
use tower::ServiceExt;

pub const INDEX_HTML: &str = "<!DOCTYPE html><html><head>\
<script type=\"module\">import init from '/app.js'; await init();</script>\
</head><body></body></html>";

/// A router over a fresh SQLite file and a fake `dist/` with an index page and one asset.
pub async fn sqlite_app() -> (Router, Database, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).expect("dist");
    std::fs::write(dist.join("index.html"), INDEX_HTML).expect("index");
    std::fs::write(dist.join("app-0123456789abcdef.js"), "export default 1;").expect("asset");
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("data/test.sqlite3").display()
    );
    let db = Database::connect(&url).await.expect("connect sqlite");
    let files = Arc::new(AppFiles::load(&dist));
    let trust = Arc::new(TrustAnchors {
        isa: Vec::new(),
        test: vec!["MAMBAgM=".to_owned()],
    });
    (
        router(AppState {
            db: db.clone(),
            files,
            trust,
        }),
        db,
        dir,
    )
}

pub async fn get(app: &Router, path: &str) -> Response<Body> {
    let request = Request::get(path).body(Body::empty()).expect("request");
    app.clone().oneshot(request).await.expect("response")
}

pub async fn body_text(response: Response<Body>) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}
