//! COE receipts (seed 001 §5) and the office side: issuing, reminders, submission review,
//! audit log.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use base64::Engine;
use serde_json::{Value, json};

use super::Env;
use super::accounts::{PASSWORD, get_as, login, post_as, register};
use crate::common::{TestApp, body_text, mails};
use madoguchi_server::accounts::staff::create_staff;
use madoguchi_server::settings::PasswordCost;

pub const PDF: &[u8] = b"%PDF-1.7\n% a certificate\n%%EOF\n";

/// A staff account, logged in: its cookie.
pub async fn staff_session(app: &TestApp) -> String {
    let staff_id = create_staff(
        &app.db,
        "office@example.go.jp",
        "OFFICE CLERK",
        PASSWORD,
        PasswordCost::TEST,
        app.now(),
    )
    .await
    .expect("staff");
    login(app, &staff_id, PASSWORD).await
}

async fn issue(app: &TestApp, staff: &str, user_id: &str, number: &str) -> (StatusCode, Value) {
    let pdf = base64::engine::general_purpose::STANDARD.encode(PDF);
    post_as(
        app,
        "/api/office/coe",
        staff,
        &json!({"user_id": user_id, "certificate_number": number, "pdf_base64": pdf}),
    )
    .await
}

pub async fn coe_receipts_page_and_register(env: &Env) {
    let app = env.app().await;
    let user_id = register(&app, "coe@example.com", "COE HOLDER").await;
    let user = login(&app, &user_id, PASSWORD).await;
    let staff = staff_session(&app).await;

    // Only staff issue certificates.
    let (status, _) = issue(&app, &user, &user_id, "Y0").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, body) = issue(&app, &staff, "NOSUCHUSER", "Y0").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["message"], "coe-user-unknown");
    let (status, body) = post_as(
        &app,
        "/api/office/coe",
        &staff,
        &json!({"user_id": user_id, "certificate_number": "Y1", "pdf_base64": "aGVsbG8="}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["message"], "coe-pdf-invalid");

    for n in 0..25 {
        let (status, item) = issue(&app, &staff, &user_id, &format!("Y250717{n:02}")).await;
        assert_eq!(status, StatusCode::CREATED, "{item}");
        assert_eq!(item["status"], "unregistered");
        app.advance(60);
    }
    let (status, _) = issue(&app, &staff, &user_id, "Y25071700").await;
    assert_eq!(status, StatusCode::CONFLICT);
    // Certificates may be far larger than other JSON bodies (64 KB): a 300 KB PDF is fine.
    let mut big = PDF.to_vec();
    big.resize(300_000, b' ');
    let big = base64::engine::general_purpose::STANDARD.encode(big);
    let (status, _) = post_as(
        &app,
        "/api/office/coe",
        &staff,
        &json!({"user_id": user_id, "certificate_number": "Y-BIG", "pdf_base64": big}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body) = post_as(
        &app,
        "/api/account/login",
        &staff,
        &json!({"user_id": "A".repeat(70_000), "password": "x"}),
    )
    .await;
    assert_eq!(
        (status, body["error"].clone()),
        (StatusCode::PAYLOAD_TOO_LARGE, json!("payload_too_large"))
    );
    let (_, mail) = mails(&app.db)
        .await
        .pop()
        .map(|(_, s, b)| (s, b))
        .expect("mail");
    assert!(mail.contains("Y-BIG"), "{mail}");

    let (status, page) = get_as(&app, "/api/coe", &user).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        (page["page"].clone(), page["page_size"].clone()),
        (json!(1), json!(20))
    );
    assert_eq!(
        (page["total"].clone(), page["total_pages"].clone()),
        (json!(26), json!(2))
    );
    assert_eq!(page["items"].as_array().map(Vec::len), Some(20));
    assert_eq!(
        page["items"][0]["certificate_number"], "Y-BIG",
        "newest first"
    );
    assert!(page["items"][0]["received_at"].is_null());
    assert!(page["items"][0].get("user_id").is_none());
    let (_, last) = get_as(&app, "/api/coe?page=2", &user).await;
    assert_eq!(last["items"].as_array().map(Vec::len), Some(6));
    let (_, all) = get_as(&app, "/api/coe?page_size=50", &user).await;
    assert_eq!(all["items"].as_array().map(Vec::len), Some(26));
    assert_eq!(
        get_as(&app, "/api/coe?page_size=7", &user).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        get_as(&app, "/api/coe?page=x", &user).await.0,
        StatusCode::BAD_REQUEST
    );

    let id = page["items"][1]["id"].as_i64().expect("id");
    let download = app
        .send(
            Request::get(format!("/api/coe/{id}/pdf"))
                .header("cookie", &user)
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(download.status(), StatusCode::OK);
    assert_eq!(download.headers()["content-type"], "application/pdf");
    assert_eq!(body_text(download).await.as_bytes(), PDF);

    let (status, item) = post_as(&app, &format!("/api/coe/{id}/receipt"), &user, &json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(item["status"], "registered");
    assert!(item["received_at"].is_string());
    let (status, body) = post_as(&app, &format!("/api/coe/{id}/receipt"), &user, &json!({})).await;
    assert_eq!(
        (status, body["message"].clone()),
        (StatusCode::CONFLICT, json!("coe-already-registered"))
    );

    // Someone else's certificate does not exist for this user.
    let other_id = register(&app, "other@example.com", "OTHER PERSON").await;
    let other = login(&app, &other_id, PASSWORD).await;
    let (status, _) = post_as(&app, &format!("/api/coe/{id}/receipt"), &other, &json!({})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, empty) = get_as(&app, "/api/coe", &other).await;
    assert_eq!(
        (empty["total"].clone(), empty["total_pages"].clone()),
        (json!(0), json!(1))
    );

    let (status, office) = get_as(&app, "/api/office/coe", &staff).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(office["total"], 26);
    assert_eq!(office["items"][1]["user_id"], user_id.as_str());
    assert_eq!(office["items"][1]["status"], "registered");
    assert_eq!(office["items"][0]["status"], "unregistered");
}

async fn reminders_to(app: &TestApp, to: &str) -> usize {
    mails(&app.db)
        .await
        .iter()
        .filter(|(recipient, _, body)| recipient == to && body.contains("7"))
        .filter(|(_, subject, _)| {
            subject.contains("受領登録をしてください") || subject.contains("register the receipt")
        })
        .count()
}

pub async fn coe_reminders_every_seven_days_for_three_months(env: &Env) {
    let app = env.app().await;
    let keeper = register(&app, "keeper@example.com", "KEEPS FORGETTING").await;
    let prompt = register(&app, "prompt@example.com", "REGISTERS LATER").await;
    let staff = staff_session(&app).await;
    issue(&app, &staff, &keeper, "Y1").await;
    issue(&app, &staff, &prompt, "Y2").await;
    let prompt_session = login(&app, &prompt, PASSWORD).await;

    // Once a day for 100 days; the second user registers receipt on day 10.
    let second = app.state.clone();
    for day in 1..=100 {
        app.advance(24 * 3600);
        madoguchi_server::jobs::housekeeping(&app.state)
            .await
            .expect("housekeeping");
        // A second instance running the same job at the same moment sends nothing twice.
        madoguchi_server::jobs::housekeeping(&second)
            .await
            .expect("housekeeping");
        if day == 6 {
            assert_eq!(reminders_to(&app, "keeper@example.com").await, 0);
        }
        if day == 7 {
            assert_eq!(reminders_to(&app, "keeper@example.com").await, 1);
            assert_eq!(reminders_to(&app, "prompt@example.com").await, 1);
        }
        if day == 10 {
            let prompt_session = login(&app, &prompt, PASSWORD).await;
            let (_, page) = get_as(&app, "/api/coe", &prompt_session).await;
            let id = page["items"][0]["id"].as_i64().expect("id");
            post_as(
                &app,
                &format!("/api/coe/{id}/receipt"),
                &prompt_session,
                &json!({}),
            )
            .await;
        }
    }
    let _ = prompt_session;
    // 2026-11-22 + 3 months = 2027-02-22 (92 days): reminders on days 7, 14, …, 91.
    assert_eq!(reminders_to(&app, "keeper@example.com").await, 13);
    assert_eq!(reminders_to(&app, "prompt@example.com").await, 1);
}

pub async fn office_review_is_staff_only_and_audited(env: &Env) {
    let app = env.app().await;
    let exam = super::intake::exam_form();
    let (status, receipt) =
        crate::common::json(app.post_json("/api/forms/exam-mypage", &exam).await).await;
    assert_eq!(status, StatusCode::CREATED);
    let receipt = receipt["receipt_number"]
        .as_str()
        .expect("receipt")
        .to_owned();
    let mut second = exam.clone();
    second["name"] = json!("MARIA SANTOS");
    second["residence_card"] = Value::Null;
    app.post_json("/api/forms/exam-mypage", &second).await;

    assert_eq!(
        app.get("/api/office/submissions").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let user_id = register(&app, "user@example.com", "NOT STAFF").await;
    let user = login(&app, &user_id, PASSWORD).await;
    assert_eq!(
        get_as(&app, "/api/office/submissions", &user).await.0,
        StatusCode::FORBIDDEN
    );

    let staff = staff_session(&app).await;
    let (status, list) = get_as(&app, "/api/office/submissions?kind=exam-mypage", &staff).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["total"], 2);
    assert_eq!(list["items"][1]["receipt_number"], receipt.as_str());
    assert_eq!(list["items"][1]["has_photo"], true);
    assert_eq!(
        get_as(&app, "/api/office/submissions?kind=visa", &staff)
            .await
            .0,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let (status, one) = get_as(&app, &format!("/api/office/submissions/{receipt}"), &staff).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(one["payload"]["name"], "NGUYEN VAN AN");
    let photo = base64::engine::general_purpose::STANDARD
        .decode(one["photo_jpeg_base64"].as_str().unwrap_or_default())
        .expect("base64");
    assert_eq!(photo.len(), 30_000);
    assert_eq!(
        get_as(&app, "/api/office/submissions/NOPE", &staff).await.0,
        StatusCode::NOT_FOUND
    );

    let (status, exported) = get_as(&app, "/api/office/submissions/export", &staff).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(exported.as_array().map(Vec::len), Some(2));
    assert!(exported[0]["photo_jpeg_base64"].is_null());
    let csv = app
        .send(
            Request::get("/api/office/submissions/export?format=csv")
                .header("cookie", &staff)
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = body_text(csv).await;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(
        lines[0].contains("\"residence_card.card_number\""),
        "{}",
        lines[0]
    );
    assert!(lines[1].contains("\"AB12345678CD\""), "{}", lines[1]);

    let (status, audit) = get_as(&app, "/api/office/audit", &staff).await;
    assert_eq!(status, StatusCode::OK);
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .map(|items| items.iter().filter_map(|i| i["action"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        actions,
        [
            "audit.view",
            "submissions.export",
            "submissions.export",
            "submissions.view",
            "submissions.view",
            "submissions.list",
        ]
    );
    // The refused filter (kind=visa) read nothing and is not logged; the unknown receipt is.
    assert_eq!(audit["items"][3]["target"], "NOPE");
    assert_eq!(audit["items"][4]["target"], receipt.as_str());
    assert_eq!(audit["items"][3]["actor"].as_str().map(str::len), Some(10));
}

/// Behind a load balancer named in `MADOGUCHI_TRUSTED_PROXIES` the audit log (and the rate
/// limits) see the client it forwards; a direct connection cannot name another address.
pub async fn audit_log_names_the_client_behind_a_trusted_proxy(env: &Env) {
    let mut app = env.app().await;
    app.state.settings = std::sync::Arc::new(madoguchi_server::Settings {
        trusted_proxies: std::sync::Arc::new(
            madoguchi_server::TrustedProxies::parse("10.0.0.0/8").expect("a valid list"),
        ),
        ..(*app.state.settings).clone()
    });
    app.app = madoguchi_server::router(app.state.clone());
    let staff = staff_session(&app).await;
    for (peer, forwarded) in [
        ("10.0.0.5:40000", "6.6.6.6, 203.0.113.9"),
        ("198.51.100.4:40000", "203.0.113.9"),
    ] {
        let mut request = Request::get("/api/office/audit")
            .header("cookie", &staff)
            .header("x-forwarded-for", forwarded)
            .body(Body::empty())
            .expect("request");
        let peer: std::net::SocketAddr = peer.parse().expect("an address");
        request
            .extensions_mut()
            .insert(axum::extract::ConnectInfo(peer));
        assert_eq!(app.send(request).await.status(), StatusCode::OK);
    }
    let (status, audit) = get_as(&app, "/api/office/audit", &staff).await;
    assert_eq!(status, StatusCode::OK);
    let clients: Vec<&str> = audit["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i["client_ip"].as_str())
                .collect()
        })
        .unwrap_or_default();
    // Newest first: this read (no socket in the test: `local`), the direct one, the forwarded.
    assert_eq!(clients, ["local", "198.51.100.4", "203.0.113.9"]);
}
