//! Finished-form intake: validation, storage, idempotency, limits, the My Number link.

use axum::http::StatusCode;
use base64::Engine;
use serde_json::{Value, json};

use super::Env;
use crate::common::{body_text, json, link_in, mails, post_json_request};

/// A JPEG header the photo rules accept (SOF0, 3 components, 600 × 800), padded to 30 KB.
pub fn jpeg_base64() -> String {
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 8];
    out.extend_from_slice(&800u16.to_be_bytes());
    out.extend_from_slice(&600u16.to_be_bytes());
    out.push(3);
    for id in 1..=3 {
        out.extend_from_slice(&[id, 0x11, 0]);
    }
    out.resize(30_000, 0x5A);
    base64::engine::general_purpose::STANDARD.encode(out)
}

pub fn exam_form() -> Value {
    json!({
        "name": "nguyen van an",
        "birth_date": "1998-04-01",
        "sex": "female",
        "nationality": "VNM",
        "passport_number": "C1234567",
        "residence_card": {
            "card_number": "AB12345678CD",
            "status_of_residence": "留学",
            "period_of_stay_until": "2027-03-31",
            "prefecture": 13
        },
        "email": "an@example.com",
        "photo_jpeg_base64": jpeg_base64(),
    })
}

async fn count(app: &crate::common::TestApp, kind: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM submissions WHERE kind = $1")
        .bind(kind)
        .fetch_one(app.db.pool())
        .await
        .expect("count");
    n
}

pub async fn exam_form_is_validated_and_stored(env: &Env) {
    let app = env.app().await;
    let (status, receipt) = json(app.post_json("/api/forms/exam-mypage", &exam_form()).await).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
    assert_eq!(receipt["kind"], "exam-mypage");
    assert!(
        receipt["received_at"]
            .as_str()
            .unwrap_or_default()
            .starts_with("2026-11-22T16:38")
    );
    let number = receipt["receipt_number"].as_str().expect("receipt");
    let (payload, photo): (String, Option<Vec<u8>>) =
        sqlx::query_as("SELECT payload, photo FROM submissions WHERE receipt_number = $1")
            .bind(number)
            .fetch_one(app.db.pool())
            .await
            .expect("stored");
    let payload: Value = serde_json::from_str(&payload).expect("payload");
    assert_eq!(payload["name"], "NGUYEN VAN AN");
    assert_eq!(payload["residence_card"]["card_number"], "AB12345678CD");
    assert!(payload.get("photo_jpeg_base64").is_none());
    assert_eq!(photo.map(|p| p.len()), Some(30_000));

    let mut bad = exam_form();
    bad["name"] = json!("José");
    bad["residence_card"]["prefecture"] = json!(0);
    let (status, body) = json(app.post_json("/api/forms/exam-mypage", &bad).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"], "validation_failed");
    assert_eq!(body["message"], "api-error-validation");
    assert_eq!(
        body["errors"],
        json!([
            {"field": "name", "message": "rule-latin-name-char-suggest",
             "args": [["char", "É"], ["position", 4], ["suggestion", "E"]]},
            {"field": "residence_card.prefecture", "message": "rule-choice-invalid"},
        ])
    );
    assert_eq!(count(&app, "exam-mypage").await, 1);
}

pub async fn malformed_requests_get_json_errors(env: &Env) {
    let app = env.app().await;
    let cases: Vec<(axum::http::Request<axum::body::Body>, StatusCode, &str)> = vec![
        (
            axum::http::Request::post("/api/forms/exam-mypage")
                .header("content-type", "application/json")
                .header(madoguchi_server::REQUEST_HEADER, "1")
                .body(axum::body::Body::from("{\"name\": [1, 2"))
                .expect("request"),
            StatusCode::BAD_REQUEST,
            "invalid_body",
        ),
        (
            post_json_request("/api/forms/exam-mypage", &json!({"name": "A"}), &[]),
            StatusCode::BAD_REQUEST,
            "invalid_body",
        ),
        (
            axum::http::Request::post("/api/forms/exam-mypage")
                .header(madoguchi_server::REQUEST_HEADER, "1")
                .body(axum::body::Body::from(exam_form().to_string()))
                .expect("request"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            axum::http::Request::post("/api/forms/exam-mypage")
                .header("content-type", "application/json")
                .body(axum::body::Body::from(exam_form().to_string()))
                .expect("request"),
            StatusCode::FORBIDDEN,
            "csrf",
        ),
        (
            post_json_request(
                "/api/forms/exam-mypage",
                &exam_form(),
                &[
                    ("origin", "https://elsewhere.example"),
                    ("host", "127.0.0.1:8080"),
                ],
            ),
            StatusCode::FORBIDDEN,
            "csrf",
        ),
        (
            post_json_request(
                "/api/forms/exam-mypage",
                &exam_form(),
                &[("idempotency-key", "")],
            ),
            StatusCode::BAD_REQUEST,
            "invalid_idempotency_key",
        ),
        (
            post_json_request("/api/forms/passport", &exam_form(), &[]),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
        (
            post_json_request(
                "/api/forms/exam-mypage",
                &json!({ "name": "A".repeat(11 * 1024 * 1024) }),
                &[],
            ),
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
        ),
    ];
    for (request, expected, code) in cases {
        let response = app.send(request).await;
        assert_eq!(response.status(), expected, "{code}");
        assert_eq!(response.headers()["content-type"], "application/json");
        let body: Value = serde_json::from_str(&body_text(response).await).expect("json");
        assert_eq!(body["error"], code);
    }
    assert_eq!(count(&app, "exam-mypage").await, 0);
}

pub async fn retried_submits_are_stored_once(env: &Env) {
    let app = env.app().await;
    let key = [("idempotency-key", "3f0c6a52-5b0e-4c39-9b56-6a1f0c1f2b11")];
    let first = app
        .send(post_json_request(
            "/api/forms/exam-mypage",
            &exam_form(),
            &key,
        ))
        .await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let first: Value = serde_json::from_str(&body_text(first).await).expect("json");
    let again = app
        .send(post_json_request(
            "/api/forms/exam-mypage",
            &exam_form(),
            &key,
        ))
        .await;
    assert_eq!(again.status(), StatusCode::OK);
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    let again: Value = serde_json::from_str(&body_text(again).await).expect("json");
    assert_eq!(again, first);

    let mut changed = exam_form();
    changed["email"] = json!("other@example.com");
    let (status, body) = json(
        app.send(post_json_request("/api/forms/exam-mypage", &changed, &key))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["errors"][0]["message"],
        "api-error-idempotency-key-reused"
    );
    assert_eq!(count(&app, "exam-mypage").await, 1);

    // Concurrent retries of one submit: one row, one receipt.
    let key = [("idempotency-key", "concurrent-1")];
    let attempts = (0..6).map(|_| {
        let app = app.app.clone();
        let request = post_json_request("/api/forms/exam-mypage", &exam_form(), &key);
        tokio::spawn(async move {
            use tower::ServiceExt;
            let response = app.oneshot(request).await.expect("response");
            (response.status(), body_text(response).await)
        })
    });
    let mut receipts = std::collections::BTreeSet::new();
    for attempt in attempts {
        let (status, body) = attempt.await.expect("task");
        assert!(
            matches!(status, StatusCode::CREATED | StatusCode::OK),
            "{status} {body}"
        );
        let body: Value = serde_json::from_str(&body).expect("json");
        receipts.insert(
            body["receipt_number"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        );
    }
    assert_eq!(receipts.len(), 1, "{receipts:?}");
    assert_eq!(count(&app, "exam-mypage").await, 2);
}

/// A new image challenge: its id and (through the test hook) its answer.
async fn challenge(app: &crate::common::TestApp) -> (String, String) {
    let created = app
        .send(post_json_request("/api/challenges", &json!({}), &[]))
        .await;
    let (status, created) = json(created).await;
    assert_eq!(status, StatusCode::CREATED);
    let id = created["id"].as_str().unwrap_or_default().to_owned();
    let (status, answer) = json(app.get(&format!("/api/test/challenges/{id}")).await).await;
    assert_eq!(status, StatusCode::OK);
    (id, answer["answer"].as_str().unwrap_or_default().to_owned())
}

/// STEP 2 of the My Number flow, its image challenge answered (in lower case, as people type).
async fn mynumber_email(app: &crate::common::TestApp) -> Value {
    let (id, answer) = challenge(app).await;
    json!({
        "age_confirmed": true,
        "terms_accepted": true,
        "application_id": "1234 5678 9012 3456 7890 123",
        "application_id_confirmation": "12345678901234567890123",
        "mail_name": "番号 太郎",
        "email": "bangou-tarou@example.co.jp",
        "email_confirmation": "bangou-tarou@example.co.jp",
        "challenge_id": id,
        "challenge_answer": answer.to_lowercase(),
    })
}

pub async fn the_image_challenge_is_served_and_used_once(env: &Env) {
    let app = env.app().await;
    let created = app
        .send(post_json_request("/api/challenges", &json!({}), &[]))
        .await;
    assert_eq!(
        created.headers()["cache-control"]
            .to_str()
            .unwrap_or_default(),
        "no-store"
    );
    let (status, created) = json(created).await;
    assert_eq!(status, StatusCode::CREATED);
    let image = app.get(created["image"].as_str().unwrap_or_default()).await;
    assert_eq!(image.status(), StatusCode::OK);
    assert_eq!(image.headers()["content-type"], "image/png");
    assert!(body_text(image).await.len() > 1000);
    let audio = app.get(created["audio"].as_str().unwrap_or_default()).await;
    assert_eq!(audio.status(), StatusCode::OK);
    assert_eq!(audio.headers()["content-type"], "audio/wav");

    // A wrong answer uses the challenge up: the same id cannot be tried again, even rightly.
    let mut form = mynumber_email(&app).await;
    let id = form["challenge_id"].as_str().unwrap_or_default().to_owned();
    let (_, answer) = json(app.get(&format!("/api/test/challenges/{id}")).await).await;
    form["challenge_answer"] = json!("WRONG");
    let (status, body) = json(app.post_json("/api/forms/mynumber-email", &form).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["field"], "challenge_answer");
    assert_eq!(body["errors"][0]["message"], "api-error-challenge-wrong");
    form["challenge_answer"] = answer["answer"].clone();
    let (status, _) = json(app.post_json("/api/forms/mynumber-email", &form).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let gone = app.get(&format!("/api/challenges/{id}/image")).await;
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    assert!(mails(&app.db).await.is_empty());

    // A right answer after the challenge expired is refused too.
    let late = mynumber_email(&app).await;
    app.advance(madoguchi_server::challenge::CHALLENGE_VALID + 1);
    let (status, _) = json(app.post_json("/api/forms/mynumber-email", &late).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // A retry of a stored form (same Idempotency-Key) replays, though its challenge is used.
    let form = mynumber_email(&app).await;
    let first = app
        .send(post_json_request(
            "/api/forms/mynumber-email",
            &form,
            &[("idempotency-key", "retry-1")],
        ))
        .await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let again = app
        .send(post_json_request(
            "/api/forms/mynumber-email",
            &form,
            &[("idempotency-key", "retry-1")],
        ))
        .await;
    assert_eq!(again.status(), StatusCode::OK);
    assert_eq!(mails(&app.db).await.len(), 1);
}

fn mynumber_application(token: &str) -> Value {
    json!({
        "link_token": token,
        "course": "new",
        "licence_record_number": null,
        "birth_date": {"calendar": "heisei", "year": "10", "month": "01", "day": "01"},
        "signature_certificate": true,
        "user_certificate": true,
        "braille": false,
        "declaration": true,
        "photo_jpeg_base64": jpeg_base64(),
        "photo_confirmations": [true, true, true],
    })
}

async fn mynumber_link(app: &crate::common::TestApp) -> String {
    let (status, _) = json(
        app.post_json("/api/forms/mynumber-email", &mynumber_email(app).await)
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let (to, subject, body) = mails(&app.db).await.pop().expect("a mail");
    assert_eq!(to, "bangou-tarou@example.co.jp");
    assert!(subject.contains("申請情報登録URL"), "{subject}");
    assert!(body.contains("番号 太郎 様"), "{body}");
    let link = link_in(&body);
    assert!(
        link.starts_with("http://127.0.0.1:8080/mynumber/application/"),
        "{link}"
    );
    link.rsplit('/').next().unwrap_or_default().to_owned()
}

pub async fn mynumber_link_is_single_use_and_expires(env: &Env) {
    let app = env.app().await;
    let token = mynumber_link(&app).await;
    let (status, info) = json(app.get(&format!("/api/forms/mynumber-link/{token}")).await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        info["application_id_masked"],
        "●●●● ●●●● ●●●● ●●●● ●●●● ●●●"
    );
    assert_eq!(info["mail_name"], "番号 太郎");
    assert_eq!(info["expires_at"], "2026-11-23T16:38:47+09:00");

    let (status, receipt) = json(
        app.post_json(
            "/api/forms/mynumber-application",
            &mynumber_application(&token),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
    let (payload,): (String,) =
        sqlx::query_as("SELECT payload FROM submissions WHERE receipt_number = $1")
            .bind(receipt["receipt_number"].as_str().unwrap_or_default())
            .fetch_one(app.db.pool())
            .await
            .expect("stored");
    let payload: Value = serde_json::from_str(&payload).expect("json");
    assert_eq!(
        payload["registration"]["application_id"],
        "12345678901234567890123"
    );
    assert_eq!(payload["application"]["birth_date"], "1998-01-01");
    let (_, subject, body) = mails(&app.db).await.pop().expect("receipt mail");
    assert!(subject.contains("受け付けました"), "{subject}");
    assert!(body.contains(receipt["receipt_number"].as_str().unwrap_or("?")));

    // Used once: the link is gone, for the page and for a second application.
    let reused = app.get(&format!("/api/forms/mynumber-link/{token}")).await;
    assert_eq!(reused.status(), StatusCode::GONE);
    let (status, body) = json(
        app.post_json(
            "/api/forms/mynumber-application",
            &mynumber_application(&token),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["errors"][0],
        json!({"field": "link_token", "message": "api-error-link-invalid"})
    );

    // A fresh link expires after a day.
    let token = mynumber_link(&app).await;
    app.advance(24 * 3600);
    let (status, _) = json(
        app.post_json(
            "/api/forms/mynumber-application",
            &mynumber_application(&token),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(count(&app, "mynumber-application").await, 1);
}

pub async fn submissions_are_rate_limited_per_address(env: &Env) {
    let app = env.app().await;
    let limit = app.state.settings.limits.submissions_per_ip.hits;
    for _ in 0..limit {
        let response = app.post_json("/api/forms/exam-mypage", &json!({})).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    }
    let refused = app.post_json("/api/forms/exam-mypage", &exam_form()).await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.headers().contains_key("retry-after"));
    app.advance(app.state.settings.limits.submissions_per_ip.window);
    let after = app.post_json("/api/forms/exam-mypage", &exam_form()).await;
    assert_eq!(after.status(), StatusCode::CREATED);
}

pub async fn mynumber_mail_is_limited_per_address(env: &Env) {
    let app = env.app().await;
    let limit = app.state.settings.limits.mail_per_address;
    for _ in 0..limit.hits {
        let response = app
            .post_json("/api/forms/mynumber-email", &mynumber_email(&app).await)
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
    }
    let refused = app
        .post_json("/api/forms/mynumber-email", &mynumber_email(&app).await)
        .await;
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let mut other = mynumber_email(&app).await;
    other["email"] = json!("other@example.co.jp");
    other["email_confirmation"] = json!("other@example.co.jp");
    let response = app.post_json("/api/forms/mynumber-email", &other).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(
        mails(&app.db).await.len(),
        usize::try_from(limit.hits + 1).unwrap_or(0)
    );
}
