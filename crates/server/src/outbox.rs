//! The mail outbox: every mail is a row written in the same transaction as what caused it, then
//! delivered by a drainer that any instance may run.
//!
//! Draining claims due rows so that two instances never send the same mail: on PostgreSQL with
//! `SELECT … FOR UPDATE SKIP LOCKED` inside a transaction held until the rows are marked; on
//! SQLite (one writer at a time) with a single `UPDATE … RETURNING` that sets a claim deadline.
//! Without SMTP ([`LocalMailer`]) mails are marked `local` and stay readable in the outbox
//! (`GET /api/dev/outbox`, see `dev.rs`), so every flow works on one machine.

use std::future::Future;
use std::pin::Pin;

use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::{Any, Transaction};

use crate::db::{Backend, Database, DbError};

/// A mail to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// Writes a mail into the outbox as part of `tx`.
pub async fn enqueue(tx: &mut Transaction<'_, Any>, mail: &Mail, now: i64) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO outbox (recipient, subject, body, created_at, status, next_attempt_at) \
         VALUES ($1, $2, $3, $4, 'pending', $4)",
    )
    .bind(&mail.to)
    .bind(&mail.subject)
    .bind(&mail.body)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A row as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
    pub status: String,
    pub attempts: i64,
}

pub type SendFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

/// Where drained mail goes.
pub trait Mailer: Send + Sync {
    /// The status a delivered row gets (`sent`, or `local` when nothing leaves the machine).
    fn delivered_status(&self) -> &'static str;
    fn send<'a>(&'a self, mail: &'a Mail) -> SendFuture<'a>;
}

/// No SMTP configured: mail stays in the outbox, readable on this machine.
pub struct LocalMailer;

impl Mailer for LocalMailer {
    fn delivered_status(&self) -> &'static str {
        "local"
    }

    fn send<'a>(&'a self, _mail: &'a Mail) -> SendFuture<'a> {
        Box::pin(async { Ok(()) })
    }
}

/// SMTP through `lettre` (`MADOGUCHI_SMTP_URL`).
pub struct SmtpMailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl SmtpMailer {
    pub fn from_url(url: &str, from: &str) -> Result<SmtpMailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("MADOGUCHI_SMTP_URL: {e}"))?
            .build();
        let from = from
            .parse()
            .map_err(|e| format!("MADOGUCHI_MAIL_FROM: {e}"))?;
        Ok(SmtpMailer { transport, from })
    }
}

impl Mailer for SmtpMailer {
    fn delivered_status(&self) -> &'static str {
        "sent"
    }

    fn send<'a>(&'a self, mail: &'a Mail) -> SendFuture<'a> {
        Box::pin(async move {
            let to: Mailbox = mail.to.parse().map_err(|e| format!("recipient: {e}"))?;
            let message = Message::builder()
                .from(self.from.clone())
                .to(to)
                .subject(mail.subject.clone())
                .header(ContentType::TEXT_PLAIN)
                .body(mail.body.clone())
                .map_err(|e| format!("message: {e}"))?;
            self.transport
                .send(message)
                .await
                .map(drop)
                .map_err(|e| e.to_string())
        })
    }
}

/// Attempts before a mail is given up (`failed`); retries back off 1, 2, 4 … minutes.
pub const MAX_ATTEMPTS: i64 = 8;
/// How long a SQLite claim holds before another drainer may take the row again.
const CLAIM_SECONDS: i64 = 300;

/// Delivers up to `batch` due mails; returns how many were delivered.
pub async fn drain(
    db: &Database,
    mailer: &dyn Mailer,
    now: i64,
    batch: i64,
) -> Result<usize, DbError> {
    match db.backend() {
        Backend::Postgres => drain_postgres(db, mailer, now, batch).await,
        Backend::Sqlite => drain_sqlite(db, mailer, now, batch).await,
    }
}

const COLUMNS: &str = "id, recipient, subject, body, created_at, status, attempts";

async fn drain_postgres(
    db: &Database,
    mailer: &dyn Mailer,
    now: i64,
    batch: i64,
) -> Result<usize, DbError> {
    let mut tx = db.pool().begin().await?;
    let rows: Vec<OutboxRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1 \
         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED"
    ))
    .bind(now)
    .bind(batch)
    .fetch_all(&mut *tx)
    .await?;
    let mut delivered = 0;
    for row in rows {
        let outcome = mailer.send(&mail_of(&row)).await;
        delivered += usize::from(outcome.is_ok());
        record(&mut tx, mailer, &row, outcome, now).await?;
    }
    tx.commit().await?;
    Ok(delivered)
}

async fn drain_sqlite(
    db: &Database,
    mailer: &dyn Mailer,
    now: i64,
    batch: i64,
) -> Result<usize, DbError> {
    let rows: Vec<OutboxRow> = sqlx::query_as(&format!(
        "UPDATE outbox SET claimed_until = $1 WHERE id IN ( \
           SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $2 \
             AND (claimed_until IS NULL OR claimed_until < $2) ORDER BY id LIMIT $3) \
         RETURNING {COLUMNS}"
    ))
    .bind(now + CLAIM_SECONDS)
    .bind(now)
    .bind(batch)
    .fetch_all(db.pool())
    .await?;
    let mut delivered = 0;
    for row in rows {
        let outcome = mailer.send(&mail_of(&row)).await;
        delivered += usize::from(outcome.is_ok());
        let mut tx = db.pool().begin().await?;
        record(&mut tx, mailer, &row, outcome, now).await?;
        tx.commit().await?;
    }
    Ok(delivered)
}

fn mail_of(row: &OutboxRow) -> Mail {
    Mail {
        to: row.recipient.clone(),
        subject: row.subject.clone(),
        body: row.body.clone(),
    }
}

async fn record(
    tx: &mut Transaction<'_, Any>,
    mailer: &dyn Mailer,
    row: &OutboxRow,
    outcome: Result<(), String>,
    now: i64,
) -> Result<(), DbError> {
    let attempts = row.attempts + 1;
    let query = match &outcome {
        // A sent mail's body (it may hold a live link) is not kept; local mail stays readable.
        Ok(()) => sqlx::query(
            "UPDATE outbox SET status = $1, attempts = $2, sent_at = $3, claimed_until = NULL, \
             last_error = NULL, body = CASE WHEN $1 = 'sent' THEN '' ELSE body END WHERE id = $4",
        )
        .bind(mailer.delivered_status())
        .bind(attempts)
        .bind(now)
        .bind(row.id),
        Err(error) => {
            tracing::warn!("mail {} to the outbox recipient failed: {error}", row.id);
            let status = if attempts >= MAX_ATTEMPTS {
                "failed"
            } else {
                "pending"
            };
            let backoff = 60 * (1_i64 << (attempts - 1).clamp(0, 10));
            sqlx::query(
                "UPDATE outbox SET status = $1, attempts = $2, next_attempt_at = $3, \
                 claimed_until = NULL, last_error = $4 WHERE id = $5",
            )
            .bind(status)
            .bind(attempts)
            .bind(now + backoff)
            .bind(error.clone())
            .bind(row.id)
        }
    };
    query.execute(&mut **tx).await?;
    Ok(())
}

/// The newest mails first (to one recipient, if given), for the local outbox page.
pub async fn recent(
    db: &Database,
    to: Option<&str>,
    limit: i64,
) -> Result<Vec<OutboxRow>, DbError> {
    let rows = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM outbox WHERE ($1 = '' OR recipient = $1) ORDER BY id DESC LIMIT $2"
    ))
    .bind(to.unwrap_or_default())
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    Ok(rows)
}
