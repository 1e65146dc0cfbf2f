//! Load benchmark of the finished-form intake on loopback: starts the server in this process
//! on 127.0.0.1 (SQLite in a temporary folder, or the PostgreSQL database named by
//! `MADOGUCHI_BENCH_POSTGRES_URL`), posts exam My Page forms (a 30 KB photo each, a fresh
//! Idempotency-Key each) from concurrent keep-alive connections, then checks that every
//! accepted submission is in the database.
//!
//! Bounded in count and time: `intake-bench [requests=2000] [concurrency=16] [max_seconds=120]`.
//! `scripts/bench-intake.sh` runs it on both engines.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use base64::Engine;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use madoguchi_server::ratelimit::Rate;
use madoguchi_server::settings::{Limits, Settings};
use madoguchi_server::{AppFiles, AppState, Database, REQUEST_HEADER, TrustAnchors, router};

fn exam_form(photo: &str) -> String {
    serde_json::json!({
        "name": "NGUYEN VAN AN",
        "birth_date": "1998-04-01",
        "sex": "female",
        "nationality": "VNM",
        "passport_number": "C1234567",
        "residence_card": {
            "card_number": "AB12345678CD",
            "status_of_residence": "留学",
            "period_of_stay_until": "2030-03-31",
            "prefecture": 13
        },
        "email": "an@example.com",
        "photo_jpeg_base64": photo,
    })
    .to_string()
}

/// A JPEG header the photo rules accept (600 × 800, 3 components), padded to 30 KB.
fn photo() -> String {
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

fn arg(index: usize, default: u64) -> u64 {
    std::env::args()
        .nth(index)
        .and_then(|a| a.parse().ok())
        .unwrap_or(default)
}

#[tokio::main]
async fn main() {
    if let Err(error) = run().await {
        eprintln!("intake-bench: {error}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let requests = usize::try_from(arg(1, 2000)).map_err(|e| e.to_string())?;
    let concurrency = usize::try_from(arg(2, 16))
        .map_err(|e| e.to_string())?
        .max(1);
    let max_time = Duration::from_secs(arg(3, 120));

    let dir = std::env::temp_dir().join(format!("madoguchi-bench-{}", std::process::id()));
    let url = std::env::var("MADOGUCHI_BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| madoguchi_server::db::sqlite_url_for(&dir.join("bench.sqlite3")));
    let db = Database::connect(&url).await.map_err(|e| e.to_string())?;
    let engine = db.backend().name();
    let (before,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM submissions")
        .fetch_one(db.pool())
        .await
        .map_err(|e| e.to_string())?;

    let state = AppState {
        db: db.clone(),
        files: Arc::new(AppFiles::load(&dir.join("no-dist"))),
        trust: Arc::new(TrustAnchors::default()),
        clock: Arc::new(madoguchi_server::clock::ShiftableClock::default()),
        settings: Arc::new(Settings {
            // One client address sends everything here: lift the per-address limit.
            limits: Limits {
                submissions_per_ip: Rate::per(i64::MAX / 2, 60),
                ..Limits::default()
            },
            ..Settings::local("http://127.0.0.1")
        }),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let app = router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });

    let body = Bytes::from(exam_form(&photo()));
    let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(concurrency)
        .build_http();
    let next = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + max_time;
    let started = Instant::now();
    let run_id = madoguchi_server::tokens::new_user_id();
    let workers: Vec<_> = (0..concurrency)
        .map(|_| {
            let (client, next, body, run_id) =
                (client.clone(), next.clone(), body.clone(), run_id.clone());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                let mut receipts = Vec::new();
                let mut refused = 0usize;
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    if n >= requests || Instant::now() > deadline {
                        return (latencies, receipts, refused);
                    }
                    let request =
                        hyper::Request::post(format!("http://{addr}/api/forms/exam-mypage"))
                            .header("content-type", "application/json")
                            .header(REQUEST_HEADER, "1")
                            .header("idempotency-key", format!("{run_id}-{n}"))
                            .body(Full::new(body.clone()));
                    let Ok(request) = request else {
                        refused += 1;
                        continue;
                    };
                    let sent = Instant::now();
                    let outcome = match client.request(request).await {
                        Ok(response) => {
                            let status = response.status();
                            let bytes = response.into_body().collect().await.map(|b| b.to_bytes());
                            (status, bytes.ok())
                        }
                        Err(_) => (hyper::StatusCode::SERVICE_UNAVAILABLE, None),
                    };
                    latencies.push(sent.elapsed());
                    match outcome {
                        (hyper::StatusCode::CREATED, Some(bytes)) => {
                            let receipt: serde_json::Value =
                                serde_json::from_slice(&bytes).unwrap_or_default();
                            receipts.push(
                                receipt["receipt_number"]
                                    .as_str()
                                    .unwrap_or_default()
                                    .to_owned(),
                            );
                        }
                        _ => refused += 1,
                    }
                }
            })
        })
        .collect();
    let mut latencies = Vec::new();
    let mut receipts = Vec::new();
    let mut refused = 0;
    for worker in workers {
        let (l, r, f) = worker.await.map_err(|e| e.to_string())?;
        latencies.extend(l);
        receipts.extend(r);
        refused += f;
    }
    let elapsed = started.elapsed();
    latencies.sort_unstable();
    let percentile = |p: f64| -> f64 {
        if latencies.is_empty() {
            return 0.0;
        }
        let rank = ((p / 100.0) * latencies.len() as f64).ceil() as usize;
        latencies[rank.clamp(1, latencies.len()) - 1].as_secs_f64() * 1000.0
    };

    // Every accepted submission must be stored, once.
    let stored: Vec<(String,)> = sqlx::query_as("SELECT receipt_number FROM submissions")
        .fetch_all(db.pool())
        .await
        .map_err(|e| e.to_string())?;
    let stored: BTreeSet<String> = stored.into_iter().map(|(r,)| r).collect();
    let accepted: BTreeSet<&String> = receipts.iter().collect();
    let missing = receipts.iter().filter(|r| !stored.contains(*r)).count();
    let new_rows = i64::try_from(stored.len()).unwrap_or(i64::MAX) - before;
    println!(
        "| {engine} | {concurrency} | {} | {} | {refused} | {:.0} | {:.1} | {:.1} | {:.1} | {} |",
        latencies.len(),
        receipts.len(),
        receipts.len() as f64 / elapsed.as_secs_f64(),
        percentile(50.0),
        percentile(99.0),
        percentile(100.0),
        if missing == 0
            && accepted.len() == receipts.len()
            && new_rows == i64::try_from(receipts.len()).unwrap_or(-1)
        {
            "all stored".to_owned()
        } else {
            format!(
                "{missing} missing, {new_rows} rows for {} receipts",
                receipts.len()
            )
        }
    );
    let _ = std::fs::remove_dir_all(&dir);
    if missing > 0 || refused > 0 {
        return Err("some submissions were refused or not stored".to_owned());
    }
    Ok(())
}
