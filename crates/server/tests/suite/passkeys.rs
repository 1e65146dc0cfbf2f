//! Passkeys: added on my page, used to log in, listed with their last use, removed; every
//! ceremony's challenge is single use and bound to the page's origin and (for adding) the user.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use madoguchi_server::REQUEST_HEADER;
use madoguchi_server::passkeys::software_authenticator::SoftwareAuthenticator;
use serde_json::{Value, json};

use super::Env;
use super::accounts::{PASSWORD, last_mail_to, login, register};
use crate::common::{TestApp, json};

const ORIGIN: &str = "http://localhost:8080";

/// A same-origin POST from a page at `origin` (with the session cookie, if any).
async fn post_from(
    app: &TestApp,
    origin: &str,
    path: &str,
    cookie: Option<&str>,
    body: &Value,
) -> (StatusCode, Value, Option<String>) {
    let host = origin.split("://").nth(1).unwrap_or_default();
    let mut request = Request::post(path)
        .header("content-type", "application/json")
        .header(REQUEST_HEADER, "1")
        .header("origin", origin)
        .header("host", host);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = app
        .send(request.body(Body::from(body.to_string())).expect("request"))
        .await;
    let set_cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(str::to_owned);
    let (status, body) = json(response).await;
    (status, body, set_cookie)
}

async fn send_as(app: &TestApp, method: &str, path: &str, cookie: &str) -> (StatusCode, Value) {
    let request = Request::builder()
        .method(method)
        .uri(path)
        .header(REQUEST_HEADER, "1")
        .header("cookie", cookie)
        .body(Body::empty())
        .expect("request");
    json(app.send(request).await).await
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn challenge_of(options: &Value) -> Vec<u8> {
    URL_SAFE_NO_PAD
        .decode(options["challenge"].as_str().expect("challenge"))
        .expect("base64url challenge")
}

/// Options for adding a passkey to the logged-in account.
async fn registration_options(app: &TestApp, cookie: &str) -> Value {
    let path = "/api/me/passkeys/options";
    let (status, options, _) = post_from(app, ORIGIN, path, Some(cookie), &json!({})).await;
    assert_eq!(status, StatusCode::OK, "{options}");
    options
}

/// The form the page sends after `create()` answered `options` (from `origin`).
fn registration_form(
    label: &str,
    options: &Value,
    authenticator: &mut SoftwareAuthenticator,
    origin: &str,
) -> Value {
    let created = authenticator.create(origin, &challenge_of(options));
    json!({
        "label": label,
        "challenge": options["challenge"],
        "client_data_json": b64(&created.client_data_json),
        "attestation_object": b64(&created.attestation_object),
    })
}

/// Sends a registration form as the user of `cookie`: the status and answer.
async fn send_registration(app: &TestApp, cookie: &str, form: &Value) -> (StatusCode, Value) {
    let (status, body, _) = post_from(app, ORIGIN, "/api/me/passkeys", Some(cookie), form).await;
    (status, body)
}

/// Adds a passkey made by `authenticator` to the logged-in account; returns the answer.
async fn add_passkey(
    app: &TestApp,
    cookie: &str,
    authenticator: &mut SoftwareAuthenticator,
    label: &str,
) -> (StatusCode, Value) {
    let options = registration_options(app, cookie).await;
    let form = registration_form(label, &options, authenticator, ORIGIN);
    send_registration(app, cookie, &form).await
}

/// Logs in with `authenticator`'s passkey: the answer and the session cookie it set.
async fn passkey_login(
    app: &TestApp,
    authenticator: &mut SoftwareAuthenticator,
) -> (StatusCode, Value, Option<String>, Value) {
    let (status, options, _) = post_from(
        app,
        ORIGIN,
        "/api/account/passkey-login/options",
        None,
        &json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{options}");
    assert_eq!(options["rp_id"], "localhost");
    let asserted = authenticator.get(ORIGIN, &challenge_of(&options));
    let form = json!({
        "challenge": options["challenge"],
        "credential_id": b64(&asserted.credential_id),
        "client_data_json": b64(&asserted.client_data_json),
        "authenticator_data": b64(&asserted.authenticator_data),
        "signature": b64(&asserted.signature),
    });
    let (status, body, cookie) =
        post_from(app, ORIGIN, "/api/account/passkey-login", None, &form).await;
    (status, body, cookie, form)
}

pub async fn passkeys_log_in_and_can_be_removed(env: &Env) {
    let app = env.app().await;
    let email = "passkey@example.com";
    let user_id = register(&app, email, "LE THI HOA").await;
    let cookie = login(&app, &user_id, PASSWORD).await;
    let mut phone = SoftwareAuthenticator::new("localhost");

    let (status, body) = add_passkey(&app, &cookie, &mut phone, "  ").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["errors"][0]["message"], "rule-required");
    let (status, added) = add_passkey(&app, &cookie, &mut phone, " Phone ").await;
    assert_eq!(status, StatusCode::CREATED, "{added}");
    assert_eq!(added["label"], "Phone");
    assert_eq!(added["id"], b64(&phone.credential_id()));
    let (subject, _) = last_mail_to(&app, email).await;
    assert!(
        subject.contains("passkey") || subject.contains("パスキー"),
        "{subject}"
    );
    // The same authenticator again: refused by the database as well as by the browser.
    let (status, body) = add_passkey(&app, &cookie, &mut phone, "Phone again").await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["message"], "passkey-exists");

    // Options name the user and the passkeys to exclude; a page opened by IP address gets none.
    let options = registration_options(&app, &cookie).await;
    assert_eq!(options["user_name"], user_id.as_str());
    assert_eq!(
        options["exclude_credentials"],
        json!([b64(&phone.credential_id())])
    );
    let (status, body, _) = post_from(
        &app,
        "http://127.0.0.1:8080",
        "/api/me/passkeys/options",
        Some(&cookie),
        &json!({}),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["message"], "passkey-needs-name");

    // Log in with it: a session like the password's, and the passkey's last use recorded.
    app.advance(60);
    let (status, session, passkey_cookie, form) = passkey_login(&app, &mut phone).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    assert_eq!(session["user_id"], user_id.as_str());
    let passkey_cookie = passkey_cookie.expect("session cookie");
    let (status, me) = send_as(&app, "GET", "/api/me", &passkey_cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["user_id"], user_id.as_str());
    let (_, list) = send_as(&app, "GET", "/api/me/passkeys", &cookie).await;
    assert_eq!(list[0]["label"], "Phone");
    assert!(list[0]["last_used_at"].is_string(), "{list}");
    // The same answer again: its challenge is used up.
    let (status, body, _) =
        post_from(&app, ORIGIN, "/api/account/passkey-login", None, &form).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert_eq!(body["message"], "passkey-login-failed");
    // An authenticator the server has never seen.
    let mut stranger = SoftwareAuthenticator::new("localhost");
    let (status, _, cookie_set, _) = passkey_login(&app, &mut stranger).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(cookie_set.is_none());

    // Another user can neither see nor remove it.
    let other = register(&app, "other@example.com", "TRAN VAN BINH").await;
    let other_cookie = login(&app, &other, PASSWORD).await;
    let (_, others) = send_as(&app, "GET", "/api/me/passkeys", &other_cookie).await;
    assert_eq!(others, json!([]));
    let path = format!("/api/me/passkeys/{}", b64(&phone.credential_id()));
    let (status, _) = send_as(&app, "DELETE", &path, &other_cookie).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Removed: it no longer logs in, and the owner is told by mail.
    let (status, body) = send_as(&app, "DELETE", &path, &cookie).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["message"], "passkey-removed");
    let (_, list) = send_as(&app, "GET", "/api/me/passkeys", &cookie).await;
    assert_eq!(list, json!([]));
    let (status, _, _, _) = passkey_login(&app, &mut phone).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

pub async fn passkey_challenges_are_bound_and_expire(env: &Env) {
    let app = env.app().await;
    let user_id = register(&app, "bound@example.com", "KIM MIN JUN").await;
    let cookie = login(&app, &user_id, PASSWORD).await;
    let other = register(&app, "thief@example.com", "PARK SEO YEON").await;
    let other_cookie = login(&app, &other, PASSWORD).await;
    let mut key = SoftwareAuthenticator::new("localhost");

    // A challenge issued to one user cannot add a passkey to another.
    let options = registration_options(&app, &cookie).await;
    let form = registration_form("Laptop", &options, &mut key, ORIGIN);
    let (status, body) = send_registration(&app, &other_cookie, &form).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["message"], "passkey-failed");

    // A challenge older than five minutes is gone.
    let options = registration_options(&app, &cookie).await;
    app.advance(5 * 60 + 1);
    let late = registration_form("Laptop", &options, &mut key, ORIGIN);
    let (status, _) = send_registration(&app, &cookie, &late).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // The browser's answer for another site does not verify.
    let options = registration_options(&app, &cookie).await;
    let phished = registration_form("Laptop", &options, &mut key, "https://madoguchi.example");
    let (status, _) = send_registration(&app, &cookie, &phished).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // Nothing was added by any of these; a proper ceremony still works.
    let (_, list) = send_as(&app, "GET", "/api/me/passkeys", &cookie).await;
    assert_eq!(list, json!([]));
    let (status, body) = add_passkey(&app, &cookie, &mut key, "Laptop").await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
}
