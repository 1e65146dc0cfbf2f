//! The immigration online account (seed 001): registration, login and lockout, recovery,
//! session expiry, my page.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{Value, json};

use super::Env;
use crate::common::{TestApp, json, link_in, mails, post_json_request};
use madoguchi_server::REQUEST_HEADER;

pub const PASSWORD: &str = "Abcdefgh1$";

fn token_of(link: &str) -> String {
    link.rsplit('/').next().unwrap_or_default().to_owned()
}

/// The last mail to `to`: (subject, body).
pub async fn last_mail_to(app: &TestApp, to: &str) -> (String, String) {
    mails(&app.db)
        .await
        .into_iter()
        .rev()
        .find(|(recipient, _, _)| recipient == to)
        .map(|(_, subject, body)| (subject, body))
        .unwrap_or_else(|| panic!("no mail to {to}"))
}

/// Registers an account through the mailed link; returns its user ID.
pub async fn register(app: &TestApp, email: &str, name: &str) -> String {
    let start = json!({"terms_accepted": true, "email": email, "email_confirmation": email});
    let (status, body) = json(app.post_json("/api/account/registration", &start).await).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    assert_eq!(body["message"], "account-mail-sent");
    let (_, mail) = last_mail_to(app, email).await;
    let token = token_of(&link_in(&mail));
    let details = json!({
        "user_kind": "foreign_national", "latin_name": name, "phone": "09012345678",
        "password": PASSWORD, "password_confirmation": PASSWORD,
    });
    let (status, body) = json(
        app.post_json(&format!("/api/account/registration/{token}"), &details)
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["user_id"].as_str().expect("user id").to_owned()
}

/// Logs in; returns the `Cookie` header value.
pub async fn login(app: &TestApp, user_id: &str, password: &str) -> String {
    let response = app
        .post_json(
            "/api/account/login",
            &json!({"user_id": user_id, "password": password}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .expect("cookie")
        .to_owned();
    cookie.split(';').next().unwrap_or_default().to_owned()
}

async fn try_login(app: &TestApp, user_id: &str, password: &str) -> (StatusCode, Value) {
    json(
        app.post_json(
            "/api/account/login",
            &json!({"user_id": user_id, "password": password}),
        )
        .await,
    )
    .await
}

pub async fn get_as(app: &TestApp, path: &str, cookie: &str) -> (StatusCode, Value) {
    let request = Request::get(path)
        .header("cookie", cookie)
        .body(Body::empty())
        .expect("request");
    json(app.send(request).await).await
}

pub async fn post_as(app: &TestApp, path: &str, cookie: &str, body: &Value) -> (StatusCode, Value) {
    json(
        app.send(post_json_request(path, body, &[("cookie", cookie)]))
            .await,
    )
    .await
}

pub async fn registration_issues_a_user_id_by_mail(env: &Env) {
    let app = env.app().await;
    let email = "an@example.com";
    let start = json!({"terms_accepted": true, "email": email, "email_confirmation": email});
    let (status, _) = json(app.post_json("/api/account/registration", &start).await).await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let (subject, mail) = last_mail_to(&app, email).await;
    assert!(!subject.is_empty());
    let link = link_in(&mail);
    assert!(
        link.starts_with("http://127.0.0.1:8080/account/register/"),
        "{link}"
    );
    let token = token_of(&link);

    let (status, opened) = json(app.get(&format!("/api/account/registration/{token}")).await).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(opened["email"], email);
    assert_eq!(opened["expires_at"], "2026-11-23T16:38:47+09:00");

    let weak = json!({
        "user_kind": "foreign_national", "latin_name": "nguyen van an", "phone": "090-1234-5678",
        "password": "abcdefghij", "password_confirmation": "abcdefghij",
    });
    let (status, body) = json(
        app.post_json(&format!("/api/account/registration/{token}/check"), &weak)
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["errors"],
        json!([
            {"field": "phone", "message": "rule-phone-hyphen", "args": [["suggestion", "09012345678"]]},
            {"field": "password", "message": "rule-password-classes",
             "args": [["missing", "A–Z, 0–9, $%&=@_#*+-?!"], ["count", 3]]},
        ])
    );
    let good = json!({
        "user_kind": "foreign_national", "latin_name": "nguyen van an", "phone": "09012345678",
        "password": PASSWORD, "password_confirmation": PASSWORD,
    });
    let (status, preview) = json(
        app.post_json(&format!("/api/account/registration/{token}/check"), &good)
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(preview["latin_name"], "NGUYEN VAN AN");
    let (status, done) = json(
        app.post_json(&format!("/api/account/registration/{token}"), &good)
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{done}");
    let user_id = done["user_id"].as_str().expect("user id");
    assert_eq!(user_id.len(), 10);
    let (_, mail) = last_mail_to(&app, email).await;
    assert!(mail.contains(user_id), "{mail}");
    assert!(mail.contains("NGUYEN VAN AN"), "{mail}");

    // The link worked once.
    let again = app
        .post_json(&format!("/api/account/registration/{token}"), &good)
        .await;
    assert_eq!(again.status(), StatusCode::GONE);
    // Registering the same address again mails a notice, and answers the same.
    let (status, body) = json(app.post_json("/api/account/registration", &start).await).await;
    assert_eq!(
        (status, body["message"].clone()),
        (StatusCode::ACCEPTED, json!("account-mail-sent"))
    );
    let (_, notice) = last_mail_to(&app, email).await;
    assert!(!notice.contains("/account/register/"), "{notice}");

    // A link older than 24 hours is refused.
    let other = "late@example.com";
    let start = json!({"terms_accepted": true, "email": other, "email_confirmation": other});
    app.post_json("/api/account/registration", &start).await;
    let (_, mail) = last_mail_to(&app, other).await;
    app.advance(24 * 3600);
    let late = app
        .post_json(
            &format!("/api/account/registration/{}", token_of(&link_in(&mail))),
            &good,
        )
        .await;
    assert_eq!(late.status(), StatusCode::GONE);
}

pub async fn five_failures_lock_for_a_day_and_reset_unlocks(env: &Env) {
    let app = env.app().await;
    let user_id = register(&app, "lock@example.com", "LOCK TEST").await;
    for _ in 0..4 {
        let (status, body) = try_login(&app, &user_id, "Wrong-pass1").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(body["message"], "account-login-failed");
    }
    let (status, body) = try_login(&app, &user_id, "Wrong-pass1").await;
    assert_eq!(status, StatusCode::LOCKED);
    assert_eq!(body["message"], "account-locked");
    let (status, _) = try_login(&app, &user_id, PASSWORD).await;
    assert_eq!(
        status,
        StatusCode::LOCKED,
        "the right password does not open a locked account"
    );

    // An ID nobody has behaves the same: no way to tell which IDs exist.
    for _ in 0..4 {
        assert_eq!(
            try_login(&app, "NOSUCHUSER", PASSWORD).await.0,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        try_login(&app, "NOSUCHUSER", PASSWORD).await.0,
        StatusCode::LOCKED
    );

    // 24 hours later the lock is lifted.
    app.advance(24 * 3600);
    login(&app, &user_id, PASSWORD).await;

    // Locked again, then unlocked at once by a password reset.
    for _ in 0..5 {
        try_login(&app, &user_id, "Wrong-pass1").await;
    }
    assert_eq!(
        try_login(&app, &user_id, PASSWORD).await.0,
        StatusCode::LOCKED
    );
    let (status, body) = json(
        app.post_json(
            "/api/account/forgot-password",
            &json!({"user_id": user_id.to_lowercase(), "email": "lock@example.com"}),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, body["message"].clone()),
        (StatusCode::ACCEPTED, json!("account-mail-sent"))
    );
    let (_, mail) = last_mail_to(&app, "lock@example.com").await;
    let token = token_of(&link_in(&mail));
    assert_eq!(
        app.get(&format!("/api/account/password-reset/{token}"))
            .await
            .status(),
        StatusCode::OK
    );
    let new_password = "Newpass-2024";
    let (status, body) = json(
        app.post_json(
            &format!("/api/account/password-reset/{token}"),
            &json!({"password": new_password, "password_confirmation": new_password}),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(
        try_login(&app, &user_id, PASSWORD).await.0,
        StatusCode::UNAUTHORIZED
    );
    login(&app, &user_id, new_password).await;
    let reused = app
        .post_json(
            &format!("/api/account/password-reset/{token}"),
            &json!({"password": new_password, "password_confirmation": new_password}),
        )
        .await;
    assert_eq!(reused.status(), StatusCode::GONE);
}

pub async fn recovery_never_reveals_accounts(env: &Env) {
    let app = env.app().await;
    let user_id = register(&app, "who@example.com", "WHO AM I").await;
    let before = mails(&app.db).await.len();
    for body in [
        json!({"email": "who@example.com", "latin_name": "SOMEONE ELSE"}),
        json!({"email": "nobody@example.com", "latin_name": "WHO AM I"}),
    ] {
        let (status, answer) =
            json(app.post_json("/api/account/forgot-user-id", &body).await).await;
        assert_eq!(
            (status, answer["message"].clone()),
            (StatusCode::ACCEPTED, json!("account-mail-sent"))
        );
    }
    let (status, _) = json(
        app.post_json(
            "/api/account/forgot-password",
            &json!({"user_id": user_id, "email": "nobody@example.com"}),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    assert_eq!(
        mails(&app.db).await.len(),
        before,
        "no mail for details that do not match"
    );
    let (status, _) = json(
        app.post_json(
            "/api/account/forgot-user-id",
            &json!({"email": "who@example.com", "latin_name": "who am i"}),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::ACCEPTED);
    let (_, mail) = last_mail_to(&app, "who@example.com").await;
    assert!(mail.contains(&user_id), "{mail}");
}

pub async fn sessions_expire_after_three_idle_hours(env: &Env) {
    let app = env.app().await;
    let user_id = register(&app, "idle@example.com", "IDLE USER").await;
    let response = app
        .post_json(
            "/api/account/login",
            &json!({"user_id": user_id, "password": PASSWORD}),
        )
        .await;
    let set_cookie = response.headers()["set-cookie"]
        .to_str()
        .expect("cookie")
        .to_owned();
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"),
        "{set_cookie}"
    );
    assert!(
        !set_cookie.contains("Secure"),
        "plain http on loopback: {set_cookie}"
    );
    let cookie = set_cookie.split(';').next().unwrap_or_default().to_owned();

    let (status, session) = get_as(&app, "/api/session", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(session["remaining_seconds"], 3 * 3600);
    assert_eq!(session["warning_seconds"], 600);

    // Reading the status is not activity; 2 h 50 min later the warning is due.
    app.advance(2 * 3600 + 50 * 60);
    let (_, session) = get_as(&app, "/api/session", &cookie).await;
    assert_eq!(session["remaining_seconds"], 600);
    // "OK" on the warning extends by 3 hours.
    let (status, session) = post_as(&app, "/api/session/extend", &cookie, &json!({})).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(session["remaining_seconds"], 3 * 3600);
    // Any page's request is activity too.
    app.advance(2 * 3600);
    let (status, me) = get_as(&app, "/api/me", &cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["email"], "idle@example.com");
    let (_, session) = get_as(&app, "/api/session", &cookie).await;
    assert_eq!(session["remaining_seconds"], 3 * 3600);
    // Three hours without activity: logged out.
    app.advance(3 * 3600);
    let (status, body) = get_as(&app, "/api/me", &cookie).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["message"], "api-error-unauthorized");

    // Logout ends the session at once.
    let cookie = login(&app, &user_id, PASSWORD).await;
    let response = app
        .send(post_json_request(
            "/api/account/logout",
            &json!({}),
            &[("cookie", &cookie)],
        ))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["set-cookie"]
            .to_str()
            .unwrap_or_default()
            .contains("Max-Age=0")
    );
    assert_eq!(
        get_as(&app, "/api/me", &cookie).await.0,
        StatusCode::UNAUTHORIZED
    );
    // Without the CSRF header nothing changes, not even a login.
    let forged = Request::post("/api/account/login")
        .header("content-type", "application/json")
        .body(Body::from(
            json!({"user_id": user_id, "password": PASSWORD}).to_string(),
        ))
        .expect("request");
    assert_eq!(app.send(forged).await.status(), StatusCode::FORBIDDEN);
    let _ = REQUEST_HEADER;
}

pub async fn my_page_changes_are_confirmed(env: &Env) {
    let app = env.app().await;
    let user_id = register(&app, "old@example.com", "MY PAGE").await;
    let cookie = login(&app, &user_id, PASSWORD).await;
    let other_session = login(&app, &user_id, PASSWORD).await;

    let (status, me) = post_as(
        &app,
        "/api/me/phone",
        &cookie,
        &json!({"phone": "012-345-6789"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        me["errors"][0]["args"],
        json!([["suggestion", "0123456789"]])
    );
    let (status, me) = post_as(
        &app,
        "/api/me/phone",
        &cookie,
        &json!({"phone": "0123456789"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["phone"], "0123456789");
    assert!(me["previous_login_at"].is_string());

    let (status, body) = post_as(
        &app,
        "/api/me/password",
        &cookie,
        &json!({"current_password": "Wrong-pass1", "password": "Newpass-2024", "password_confirmation": "Newpass-2024"}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["errors"][0]["message"],
        "account-current-password-wrong"
    );
    let (status, _) = post_as(
        &app,
        "/api/me/password",
        &cookie,
        &json!({"current_password": PASSWORD, "password": "Newpass-2024", "password_confirmation": "Newpass-2024"}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(get_as(&app, "/api/me", &cookie).await.0, StatusCode::OK);
    assert_eq!(
        get_as(&app, "/api/me", &other_session).await.0,
        StatusCode::UNAUTHORIZED,
        "a password change ends the other sessions"
    );

    let new = "new@example.com";
    let (status, body) = post_as(
        &app,
        "/api/me/email",
        &cookie,
        &json!({"email": new, "email_confirmation": new}),
    )
    .await;
    assert_eq!(
        (status, body["message"].clone()),
        (StatusCode::ACCEPTED, json!("account-email-change-sent"))
    );
    let (_, mail) = last_mail_to(&app, new).await;
    let token = token_of(&link_in(&mail));
    let (status, _) = json(
        app.post_json(&format!("/api/account/email-change/{token}"), &json!({}))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, me) = get_as(&app, "/api/me", &cookie).await;
    assert_eq!(me["email"], new);
    let (subject, _) = last_mail_to(&app, "old@example.com").await;
    assert!(!subject.is_empty(), "the old address is told");
}

pub async fn login_attempts_are_limited_per_account(env: &Env) {
    let app = env.app().await;
    let limit = app.state.settings.limits.login_per_account;
    for _ in 0..limit.hits {
        let (status, _) = try_login(&app, "TARGETED01", "Wrong-pass1").await;
        assert!(
            matches!(status, StatusCode::UNAUTHORIZED | StatusCode::LOCKED),
            "{status}"
        );
    }
    let (status, body) = try_login(&app, "TARGETED01", "Wrong-pass1").await;
    assert_eq!(
        (status, body["error"].clone()),
        (StatusCode::TOO_MANY_REQUESTS, json!("rate_limited"))
    );
    // Another ID from the same address is still answered.
    assert_eq!(
        try_login(&app, "OTHERID001", "Wrong-pass1").await.0,
        StatusCode::UNAUTHORIZED
    );
}
