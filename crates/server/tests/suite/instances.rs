//! Two instances (two routers, two connection pools) on one database, as behind a load
//! balancer: nothing an instance needs lives in its memory.

use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use serde_json::json;

use super::Env;
use super::accounts::{PASSWORD, get_as, register};
use crate::common::{body_text, post_json_request};
use madoguchi_server::outbox::{self, Mail, Mailer, SendFuture};

/// Records what it sends, slowly enough that two drainers overlap.
#[derive(Default)]
struct RecordingMailer(Mutex<Vec<Mail>>);

impl Mailer for RecordingMailer {
    fn delivered_status(&self) -> &'static str {
        "sent"
    }

    fn send<'a>(&'a self, mail: &'a Mail) -> SendFuture<'a> {
        Box::pin(async move {
            tokio::time::sleep(std::time::Duration::from_millis(2)).await;
            self.0.lock().map_err(|e| e.to_string())?.push(mail.clone());
            Ok(())
        })
    }
}

pub async fn two_instances_share_everything_through_the_database(env: &Env) {
    let a = env.app().await;
    let b = a.sibling(&env.url, &env.dist).await;

    // Registered on A, logged in on B, session used on A.
    let user_id = register(&a, "both@example.com", "TWO INSTANCES").await;
    let response = b
        .post_json(
            "/api/account/login",
            &json!({"user_id": user_id, "password": PASSWORD}),
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap_or_default()
        .split(';')
        .next()
        .unwrap_or_default()
        .to_owned();
    let (status, me) = get_as(&a, "/api/me", &cookie).await;
    assert_eq!(
        (status, me["user_id"].clone()),
        (StatusCode::OK, json!(user_id))
    );

    // A retry on the other instance replays the first receipt.
    let key = [("idempotency-key", "two-instances-1")];
    let form = super::intake::exam_form();
    let first = a
        .send(post_json_request("/api/forms/exam-mypage", &form, &key))
        .await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let first = body_text(first).await;
    let retry = b
        .send(post_json_request("/api/forms/exam-mypage", &form, &key))
        .await;
    assert_eq!(retry.status(), StatusCode::OK);
    assert_eq!(body_text(retry).await, first);

    // Lockout counters are shared: failures spread over both instances still lock.
    for attempt in 0..5 {
        let app = if attempt % 2 == 0 { &a } else { &b };
        app.post_json(
            "/api/account/login",
            &json!({"user_id": user_id, "password": "Wrong-pass1"}),
        )
        .await;
    }
    let locked = a
        .post_json(
            "/api/account/login",
            &json!({"user_id": user_id, "password": PASSWORD}),
        )
        .await;
    assert_eq!(locked.status(), StatusCode::LOCKED);

    // Both drain the outbox at once: every mail goes out exactly once.
    // (Mail requests per client address are limited on both instances together: 20 an hour.)
    let limit = a.state.settings.limits.mail_per_ip;
    a.advance(limit.window); // a fresh window after the registration above
    for n in 0..40 {
        if n == limit.hits {
            let email = "one-too-many@example.com";
            let body = json!({"terms_accepted": true, "email": email, "email_confirmation": email});
            let refused = b.post_json("/api/account/registration", &body).await;
            assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
            a.advance(limit.window);
        }
        let email = format!("reg{n}@example.com");
        let app = if n % 2 == 0 { &a } else { &b };
        let body = json!({"terms_accepted": true, "email": email, "email_confirmation": email});
        assert_eq!(
            app.post_json("/api/account/registration", &body)
                .await
                .status(),
            StatusCode::ACCEPTED
        );
    }
    let (pending,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")
        .fetch_one(a.db.pool())
        .await
        .expect("count");
    let mailer = Arc::new(RecordingMailer::default());
    let now = a.now();
    let drainers = [a.db.clone(), b.db.clone(), a.db.clone(), b.db.clone()].map(|db| {
        let mailer = mailer.clone();
        tokio::spawn(async move {
            let mut sent = 0;
            loop {
                let batch = outbox::drain(&db, mailer.as_ref(), now, 5)
                    .await
                    .expect("drain");
                if batch == 0 {
                    return sent;
                }
                sent += batch;
            }
        })
    });
    let mut total = 0;
    for drainer in drainers {
        total += drainer.await.expect("drainer");
    }
    let sent = mailer.0.lock().map(|m| m.clone()).unwrap_or_default();
    assert_eq!(i64::try_from(sent.len()).unwrap_or(-1), pending);
    assert_eq!(total, sent.len());
    let mut recipients: Vec<&str> = sent.iter().map(|m| m.to.as_str()).collect();
    recipients.sort_unstable();
    let before = recipients.len();
    recipients.dedup();
    let registration_mails = sent.iter().filter(|m| m.to.starts_with("reg")).count();
    assert_eq!(registration_mails, 40);
    assert!(before >= 40);
    let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")
        .fetch_one(b.db.pool())
        .await
        .expect("count");
    assert_eq!(left, 0);
    let (kept,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE body <> ''")
        .fetch_one(b.db.pool())
        .await
        .expect("count");
    assert_eq!(
        kept, 0,
        "sent mails keep no body (links in them stay secret)"
    );
    assert!(sent.iter().all(|m| !m.body.is_empty()));
    // A month later housekeeping (on either instance) drops delivered mail.
    a.advance(31 * 24 * 3600);
    madoguchi_server::jobs::housekeeping(&b.state)
        .await
        .expect("housekeeping");
    let (rows,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox")
        .fetch_one(a.db.pool())
        .await
        .expect("count");
    assert_eq!(rows, 0);
}
