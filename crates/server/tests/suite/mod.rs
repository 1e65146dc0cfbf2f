//! Scenarios run against every engine: `sqlite.rs` runs them on a fresh SQLite file,
//! `postgres.rs` on a fresh PostgreSQL database (each scenario gets its own).
#![allow(dead_code)]

pub mod accounts;
pub mod instances;
pub mod intake;
pub mod office;
pub mod passkeys;

use crate::common::{TestApp, fake_dist};

/// Where a scenario's instances connect.
pub struct Env {
    pub url: String,
    pub dist: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl Env {
    pub async fn sqlite() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let dist = fake_dist(dir.path());
        Env {
            url: crate::common::sqlite_url(dir.path()),
            dist,
            _dir: dir,
        }
    }

    /// A new database on the test server named by `MADOGUCHI_TEST_POSTGRES_URL`.
    pub async fn postgres() -> Env {
        use sqlx::Executor;
        let base = std::env::var("MADOGUCHI_TEST_POSTGRES_URL")
            .expect("MADOGUCHI_TEST_POSTGRES_URL must point at a PostgreSQL test database");
        sqlx::any::install_default_drivers();
        let admin = sqlx::AnyPool::connect(&base)
            .await
            .expect("connect postgres");
        let name = format!(
            "t_{}",
            madoguchi_server::tokens::new_user_id().to_lowercase()
        );
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create database");
        admin.close().await;
        let url = match base.rsplit_once('/') {
            Some((server, _)) => format!("{server}/{name}"),
            None => panic!("MADOGUCHI_TEST_POSTGRES_URL has no database name"),
        };
        let dir = tempfile::tempdir().expect("temp dir");
        let dist = fake_dist(dir.path());
        Env {
            url,
            dist,
            _dir: dir,
        }
    }

    pub async fn app(&self) -> TestApp {
        TestApp::on(&self.url, &self.dist).await
    }
}

/// Runs each named scenario as a test on `$env` (an `Env` constructor); `ignored` marks them
/// as needing a PostgreSQL server (run by `scripts/test.sh`).
#[macro_export]
macro_rules! scenarios {
    ($env:expr; $($module:ident :: $name:ident),* $(,)?) => {
        $(
            #[tokio::test]
            async fn $name() {
                let env = $env.await;
                suite::$module::$name(&env).await;
            }
        )*
    };
    (ignored $env:expr; $($module:ident :: $name:ident),* $(,)?) => {
        $(
            #[tokio::test]
            #[ignore = "needs PostgreSQL: run by scripts/test.sh, which starts one"]
            async fn $name() {
                let env = $env.await;
                suite::$module::$name(&env).await;
            }
        )*
    };
}
