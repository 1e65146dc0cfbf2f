//! The office audit log: every staff access to submissions, certificates and the log itself
//! is written before the data is returned.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::clock::iso_jst;
use crate::db::{Database, DbError};

pub async fn record(
    db: &Database,
    actor: &str,
    action: &str,
    target: &str,
    client_ip: &str,
    now: i64,
) -> Result<(), DbError> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor, action, target, client_ip) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(now)
    .bind(actor)
    .bind(action)
    .bind(target)
    .bind(client_ip)
    .execute(db.pool())
    .await?;
    Ok(())
}

/// One access.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct AuditEntry {
    pub at: String,
    /// The staff member's user ID.
    pub actor: String,
    /// `submissions.list`, `submissions.view`, `submissions.export`, `coe.issue`, `coe.list`,
    /// `audit.view`.
    pub action: String,
    /// What was accessed (a receipt number, a filter, a certificate number).
    pub target: String,
    pub client_ip: String,
}

pub async fn page(
    db: &Database,
    limit: i64,
    offset: i64,
) -> Result<(i64, Vec<AuditEntry>), DbError> {
    let (total,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log")
        .fetch_one(db.pool())
        .await?;
    let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT at, actor, action, target, client_ip FROM audit_log ORDER BY id DESC \
         LIMIT $1 OFFSET $2",
    )
    .bind(limit)
    .bind(offset)
    .fetch_all(db.pool())
    .await?;
    Ok((
        total,
        rows.into_iter()
            .map(|(at, actor, action, target, client_ip)| AuditEntry {
                at: iso_jst(at),
                actor,
                action,
                target,
                client_ip,
            })
            .collect(),
    ))
}
