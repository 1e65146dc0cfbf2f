//! Fixed-window request counters in the database, so every instance behind a load balancer
//! counts the same hits (per client IP, per account, per mail address).

use crate::db::{Database, DbError};
use crate::error::ApiError;

/// At most `hits` in `window` seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    pub hits: i64,
    pub window: i64,
}

impl Rate {
    pub const fn per(hits: i64, window: i64) -> Rate {
        Rate { hits, window }
    }
}

/// Counts one hit on `bucket` and refuses it when the window is full. The upsert is one
/// statement, so concurrent hits on any instance are all counted.
pub async fn hit(db: &Database, bucket: &str, rate: Rate, now: i64) -> Result<(), ApiError> {
    let (window_start, hits) = count(db, bucket, rate, now).await?;
    if hits > rate.hits {
        return Err(ApiError::rate_limited(window_start + rate.window - now));
    }
    Ok(())
}

async fn count(db: &Database, bucket: &str, rate: Rate, now: i64) -> Result<(i64, i64), DbError> {
    let row: (i64, i64) = sqlx::query_as(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
         ON CONFLICT (bucket) DO UPDATE SET \
           hits = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.hits + 1 END, \
           window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 \
                               ELSE rate_limits.window_start END \
         RETURNING window_start, hits",
    )
    .bind(bucket)
    .bind(now)
    .bind(now - rate.window)
    .fetch_one(db.pool())
    .await?;
    Ok(row)
}

/// Drops windows that ended long ago (the table would otherwise keep one row per client IP).
pub async fn prune(db: &Database, older_than: i64) -> Result<u64, DbError> {
    let done = sqlx::query("DELETE FROM rate_limits WHERE window_start < $1")
        .bind(older_than)
        .execute(db.pool())
        .await?;
    Ok(done.rows_affected())
}
