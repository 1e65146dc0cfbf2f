//! The HTTP surface against SQLite: health, app serving, security headers, migrations.

mod common;

use axum::http::StatusCode;
use common::{INDEX_HTML, body_text, get, sqlite_app};
use madoguchi_server::{Backend, Database, inline_script_hashes};

#[tokio::test]
async fn health_reports_the_database() {
    let (app, _db, _dir) = sqlite_app().await;
    let response = get(&app, "/api/health").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let body: serde_json::Value = serde_json::from_str(&body_text(response).await).expect("json");
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], "sqlite");
}

#[tokio::test]
async fn trust_anchors_are_served_to_the_app() {
    let (app, _db, _dir) = sqlite_app().await;
    let response = get(&app, "/api/trust-anchors").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        body_text(response).await,
        r#"{"isa":[],"test":["MAMBAgM="]}"#
    );
}

#[tokio::test]
async fn unknown_api_routes_are_json_404s() {
    let (app, _db, _dir) = sqlite_app().await;
    let response = get(&app, "/api/nope").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        body_text(response).await,
        r#"{"error":"not_found","message":"api-error-not-found"}"#
    );
}

#[tokio::test]
async fn client_routes_get_the_app_and_missing_assets_get_404() {
    let (app, _db, _dir) = sqlite_app().await;
    for path in ["/", "/card-reader", "/flows/exam/step-2"] {
        let response = get(&app, path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache");
        assert_eq!(body_text(response).await, INDEX_HTML, "{path}");
    }
    assert_eq!(
        get(&app, "/missing.wasm").await.status(),
        StatusCode::NOT_FOUND
    );
    let asset = get(&app, "/app-0123456789abcdef.js").await;
    assert_eq!(asset.status(), StatusCode::OK);
    assert_eq!(
        asset.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn every_response_carries_strict_security_headers() {
    let (app, _db, _dir) = sqlite_app().await;
    let hash = inline_script_hashes(INDEX_HTML).remove(0);
    for path in ["/", "/api/health", "/api/nope", "/missing.wasm"] {
        let response = get(&app, path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().expect("ascii");
        assert!(
            csp.contains(&format!("script-src 'self' 'wasm-unsafe-eval' {hash}")),
            "{csp}"
        );
        assert!(csp.contains("default-src 'self'"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert!(!csp.contains("http:") && !csp.contains("https:"), "{csp}");
        assert_eq!(headers["referrer-policy"], "no-referrer");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["x-frame-options"], "DENY");
        let permissions = headers["permissions-policy"].to_str().expect("ascii");
        assert!(permissions.starts_with("camera=(self), usb=(self), microphone=()"));
    }
}

#[tokio::test]
async fn migrations_are_idempotent_and_data_survives_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("nested/db.sqlite3").display()
    );
    let first = Database::connect(&url).await.expect("first start");
    assert_eq!(first.backend(), Backend::Sqlite);
    first
        .set_meta("greeting", "こんにちは", 1_700_000_000)
        .await
        .expect("write");
    first
        .set_meta("greeting", "hello", 1_700_000_001)
        .await
        .expect("overwrite");
    let migrations = first.applied_migrations().await.expect("migrations");
    drop(first);
    let second = Database::connect(&url).await.expect("second start");
    assert_eq!(
        second.applied_migrations().await.expect("migrations"),
        migrations
    );
    assert_eq!(
        second.meta("greeting").await.expect("read"),
        Some(("hello".to_owned(), 1_700_000_001))
    );
    assert_eq!(second.meta("absent").await.expect("read"), None);
}

#[tokio::test]
async fn rejects_unknown_database_urls() {
    assert!(Database::connect("mysql://localhost/db").await.is_err());
}

#[tokio::test]
async fn openapi_document_lists_every_endpoint() {
    let (app, _dir) = common::sqlite_test_app().await;
    let (status, doc) = common::json(app.get("/api/openapi.json").await).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        doc["openapi"]
            .as_str()
            .unwrap_or_default()
            .starts_with("3.")
    );
    let paths = doc["paths"].as_object().expect("paths");
    for path in [
        "/api/forms/exam-mypage",
        "/api/forms/mynumber-email",
        "/api/forms/mynumber-application",
        "/api/account/registration",
        "/api/account/login",
        "/api/session/extend",
        "/api/me/email",
        "/api/coe",
        "/api/coe/{id}/receipt",
        "/api/office/coe",
        "/api/office/submissions/export",
        "/api/dev/outbox",
        "/api/test/clock",
    ] {
        assert!(paths.contains_key(path), "{path} missing");
    }
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    for schema in [
        "ExamMyPageForm",
        "FieldError",
        "ApiErrorBody",
        "Receipt",
        "SessionInfo",
    ] {
        assert!(schemas.contains_key(schema), "{schema} missing");
    }
}

#[tokio::test]
async fn dev_outbox_and_test_hooks_answer_only_when_enabled() {
    use madoguchi_server::Settings;
    use std::sync::Arc;

    let (app, _dir) = common::sqlite_test_app().await;
    let email = "dev@example.com";
    let body =
        serde_json::json!({"terms_accepted": true, "email": email, "email_confirmation": email});
    app.post_json("/api/account/registration", &body).await;
    let (status, mails) = common::json(app.get("/api/dev/outbox").await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(mails[0]["to"], email);
    assert_eq!(mails[0]["status"], "pending");
    assert!(
        mails[0]["body"]
            .as_str()
            .unwrap_or_default()
            .contains("/account/register/")
    );

    let before = app.now();
    let (status, moved) = common::json(
        app.post_json(
            "/api/test/clock",
            &serde_json::json!({"advance_seconds": 10_800}),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(moved["unix"], before + 10_800);
    let refused = app
        .post_json(
            "/api/test/clock",
            &serde_json::json!({"advance_seconds": -5}),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let mut off = app.state.clone();
    off.settings = Arc::new(Settings {
        dev_outbox: false,
        test_hooks: false,
        ..(*app.state.settings).clone()
    });
    let off = madoguchi_server::router(off);
    assert_eq!(
        get(&off, "/api/dev/outbox").await.status(),
        StatusCode::NOT_FOUND
    );
    let request = common::post_json_request(
        "/api/test/clock",
        &serde_json::json!({"advance_seconds": 60}),
        &[],
    );
    let response = tower::ServiceExt::oneshot(off, request)
        .await
        .expect("response");
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.now(), before + 10_800, "the clock did not move");
}
