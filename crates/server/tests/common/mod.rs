//! Helpers shared by the server's integration tests.
#![allow(dead_code)]

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response, StatusCode};
use http_body_util::BodyExt;
use madoguchi_server::clock::ManualClock;
use madoguchi_server::settings::{PasswordCost, Settings};
use madoguchi_server::{AppFiles, AppState, Clock, Database, REQUEST_HEADER, TrustAnchors, router};
use tower::ServiceExt;

pub const INDEX_HTML: &str = "<!DOCTYPE html><html><head>\
<script type=\"module\">import init from '/app.js'; await init();</script>\
</head><body></body></html>";

/// 2026-11-22 16:38:47 in Japan.
pub const START: i64 = 1_795_333_127;

/// One instance of the app over a database, with a hand-moved clock.
pub struct TestApp {
    pub app: Router,
    pub db: Database,
    pub clock: Arc<ManualClock>,
    pub state: AppState,
}

impl TestApp {
    /// An instance over `url` with its own pool (two of these on one URL are two instances).
    pub async fn on(url: &str, dist: &std::path::Path) -> TestApp {
        let db = Database::connect(url).await.expect("connect");
        let clock = Arc::new(ManualClock::at(START));
        let state = AppState {
            db: db.clone(),
            files: Arc::new(AppFiles::load(dist)),
            trust: Arc::new(TrustAnchors {
                isa: Vec::new(),
                test: vec!["MAMBAgM=".to_owned()],
            }),
            clock: clock.clone(),
            settings: Arc::new(Settings {
                password_cost: PasswordCost::TEST,
                test_hooks: true,
                ..Settings::local("http://127.0.0.1:8080")
            }),
        };
        TestApp {
            app: router(state.clone()),
            db,
            clock,
            state,
        }
    }

    /// Another instance on the same database sharing this one's clock.
    pub async fn sibling(&self, url: &str, dist: &std::path::Path) -> TestApp {
        let mut other = TestApp::on(url, dist).await;
        other.clock = self.clock.clone();
        other.state.clock = self.clock.clone();
        other.app = router(other.state.clone());
        other
    }

    pub fn advance(&self, seconds: i64) {
        self.clock.advance(seconds);
    }

    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    pub async fn get(&self, path: &str) -> Response<Body> {
        get(&self.app, path).await
    }

    pub async fn send(&self, request: Request<Body>) -> Response<Body> {
        self.app.clone().oneshot(request).await.expect("response")
    }

    /// A same-origin JSON POST (with the CSRF header).
    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> Response<Body> {
        self.send(post_json_request(path, body, &[])).await
    }
}

pub fn post_json_request(
    path: &str,
    body: &serde_json::Value,
    headers: &[(&str, &str)],
) -> Request<Body> {
    let mut builder = Request::post(path)
        .header("content-type", "application/json")
        .header(REQUEST_HEADER, "1");
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Body::from(body.to_string())).expect("request")
}

/// A fake `dist/` with an index page and one asset.
pub fn fake_dist(dir: &std::path::Path) -> std::path::PathBuf {
    let dist = dir.join("dist");
    std::fs::create_dir_all(&dist).expect("dist");
    std::fs::write(dist.join("index.html"), INDEX_HTML).expect("index");
    std::fs::write(dist.join("app-0123456789abcdef.js"), "export default 1;").expect("asset");
    dist
}

pub fn sqlite_url(dir: &std::path::Path) -> String {
    format!(
        "sqlite://{}?mode=rwc",
        dir.join("data/test.sqlite3").display()
    )
}

/// An instance over a fresh SQLite file.
pub async fn sqlite_test_app() -> (TestApp, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let dist = fake_dist(dir.path());
    (TestApp::on(&sqlite_url(dir.path()), &dist).await, dir)
}

/// A router over a fresh SQLite file and a fake `dist/` with an index page and one asset.
pub async fn sqlite_app() -> (Router, Database, tempfile::TempDir) {
    let (test, dir) = sqlite_test_app().await;
    (test.app, test.db, dir)
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

pub async fn json(response: Response<Body>) -> (StatusCode, serde_json::Value) {
    let status = response.status();
    let text = body_text(response).await;
    let value = serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}"));
    (status, value)
}

/// The mails in the outbox, oldest first: (to, subject, body).
pub async fn mails(db: &Database) -> Vec<(String, String, String)> {
    sqlx::query_as("SELECT recipient, subject, body FROM outbox ORDER BY id")
        .fetch_all(db.pool())
        .await
        .expect("outbox")
}

/// The first `http://127.0.0.1:8080/…` link in a mail body.
pub fn link_in(body: &str) -> String {
    let start = body
        .find("http://127.0.0.1:8080")
        .expect("a link in the mail");
    body[start..]
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned()
}
