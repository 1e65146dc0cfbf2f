//! Background work every instance runs: draining the outbox, COE reminders, pruning expired
//! rows. Each step is safe to run on several instances at once (claims, conditional updates),
//! so there is no leader to elect.

use std::sync::Arc;
use std::time::Duration;

use crate::clock::DAY;
use crate::db::DbError;
use crate::outbox::{self, Mailer};
use crate::{AppState, ratelimit};

/// How often the outbox is drained.
const DRAIN_EVERY: Duration = Duration::from_secs(2);
/// How often reminders are looked for and old rows pruned.
const HOUSEKEEPING_EVERY: Duration = Duration::from_secs(5 * 60);

pub fn spawn(state: AppState, mailer: Arc<dyn Mailer>) {
    let drain_state = state.clone();
    tokio::spawn(async move {
        loop {
            let now = drain_state.clock.now();
            if let Err(error) = outbox::drain(&drain_state.db, mailer.as_ref(), now, 20).await {
                tracing::error!("outbox: {error}");
            }
            tokio::time::sleep(DRAIN_EVERY).await;
        }
    });
    tokio::spawn(async move {
        loop {
            if let Err(error) = housekeeping(&state).await {
                tracing::error!("housekeeping: {error}");
            }
            tokio::time::sleep(HOUSEKEEPING_EVERY).await;
        }
    });
}

/// Reminders due now, then pruning. Public so tests run it with a moved clock.
pub async fn housekeeping(state: &AppState) -> Result<(), DbError> {
    let now = state.clock.now();
    crate::coe::send_due_reminders(state, now).await?;
    ratelimit::prune(&state.db, now - DAY).await?;
    let pool = state.db.pool();
    sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
        .bind(now)
        .execute(pool)
        .await?;
    sqlx::query("DELETE FROM idempotency_keys WHERE created_at < $1")
        .bind(now - 7 * DAY)
        .execute(pool)
        .await?;
    sqlx::query("DELETE FROM outbox WHERE status <> 'pending' AND created_at < $1")
        .bind(now - 30 * DAY)
        .execute(pool)
        .await?;
    sqlx::query("DELETE FROM challenges WHERE expires_at < $1")
        .bind(now)
        .execute(pool)
        .await?;
    sqlx::query("DELETE FROM mail_links WHERE expires_at < $1")
        .bind(now - 30 * DAY)
        .execute(pool)
        .await?;
    Ok(())
}
