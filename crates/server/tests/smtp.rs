//! The SMTP mailer (lettre) delivers drained outbox mail to a real SMTP dialogue: a minimal
//! SMTP server on a loopback port records what it receives.

mod common;

use madoguchi_server::outbox::{self, SmtpMailer};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// Accepts connections and answers the commands lettre sends; returns each DATA payload.
async fn fake_smtp() -> (u16, tokio::sync::mpsc::UnboundedReceiver<String>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let sender = sender.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 fake ESMTP\r\n").await;
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(body) = data.as_mut() {
                        if line == "." {
                            let _ = sender.send(data.take().unwrap_or_default());
                            let _ = write.write_all(b"250 queued\r\n").await;
                        } else {
                            body.push_str(&line);
                            body.push('\n');
                        }
                        continue;
                    }
                    let command = line.to_ascii_uppercase();
                    let reply: &[u8] = if command.starts_with("EHLO") {
                        b"250-fake\r\n250 8BITMIME\r\n"
                    } else if command.starts_with("DATA") {
                        data = Some(String::new());
                        b"354 go ahead\r\n"
                    } else if command.starts_with("QUIT") {
                        let _ = write.write_all(b"221 bye\r\n").await;
                        return;
                    } else {
                        b"250 ok\r\n"
                    };
                    let _ = write.write_all(reply).await;
                }
            });
        }
    });
    (port, receiver)
}

#[tokio::test]
async fn drained_mail_goes_out_over_smtp() {
    let (app, _dir) = common::sqlite_test_app().await;
    let email = "smtp@example.com";
    let body =
        serde_json::json!({"terms_accepted": true, "email": email, "email_confirmation": email});
    app.post_json("/api/account/registration", &body).await;

    let (port, mut received) = fake_smtp().await;
    let mailer = SmtpMailer::from_url(
        &format!("smtp://127.0.0.1:{port}"),
        "madoguchi <noreply@example.jp>",
    )
    .expect("mailer");
    let sent = outbox::drain(&app.db, &mailer, app.now(), 10)
        .await
        .expect("drain");
    assert_eq!(sent, 1);
    let message = tokio::time::timeout(std::time::Duration::from_secs(10), received.recv())
        .await
        .expect("in time")
        .expect("a message");
    assert!(message.contains("To: smtp@example.com"), "{message}");
    assert!(
        message.contains("From: madoguchi <noreply@example.jp>"),
        "{message}"
    );
    // Japanese text travels base64-encoded; the link is in the decoded body.
    let encoded: String = message
        .split_once("\n\n")
        .map(|(_, body)| body.split_whitespace().collect())
        .unwrap_or_default();
    let decoded = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, encoded)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    assert!(decoded.contains("/account/register/"), "{decoded}");
    let (status, body): (String, String) = sqlx::query_as("SELECT status, body FROM outbox")
        .fetch_one(app.db.pool())
        .await
        .expect("row");
    assert_eq!((status.as_str(), body.as_str()), ("sent", ""));

    // A server that refuses: the mail stays pending with a later retry.
    let email = "again@example.com";
    let body =
        serde_json::json!({"terms_accepted": true, "email": email, "email_confirmation": email});
    app.post_json("/api/account/registration", &body).await;
    let refusing = SmtpMailer::from_url("smtp://127.0.0.1:1", "madoguchi <noreply@example.jp>")
        .expect("mailer");
    let sent = outbox::drain(&app.db, &refusing, app.now(), 10)
        .await
        .expect("drain");
    assert_eq!(sent, 0);
    let (status, attempts, next): (String, i64, i64) =
        sqlx::query_as("SELECT status, attempts, next_attempt_at FROM outbox WHERE recipient = $1")
            .bind(email)
            .fetch_one(app.db.pool())
            .await
            .expect("row");
    assert_eq!((status.as_str(), attempts), ("pending", 1));
    assert_eq!(next, app.now() + 60);
}
