//! Server configuration from the environment.

use std::path::PathBuf;

/// Where to listen, where the built app is, where data lives.
#[derive(Clone, Debug)]
pub struct Config {
    /// `MADOGUCHI_ADDR`, default `127.0.0.1:8080`.
    pub addr: String,
    /// `MADOGUCHI_DIST`, the Trunk output folder; default `dist`.
    pub dist_dir: PathBuf,
    /// `MADOGUCHI_DATA_DIR`, holding the SQLite file; default `data`.
    pub data_dir: PathBuf,
    /// `DATABASE_URL`: `postgres://…` selects PostgreSQL, `sqlite:…` a given SQLite file.
    pub database_url: Option<String>,
    /// `MADOGUCHI_TRUST_DIR`: the ISA's CA certificates for the chip issuer check.
    pub trust_dir: Option<PathBuf>,
    /// `MADOGUCHI_TEST_TRUST_DIR`: test CAs (reported as "test CA, not the ISA").
    pub test_trust_dir: Option<PathBuf>,
}

impl Config {
    pub fn from_env() -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Config {
            addr: var("MADOGUCHI_ADDR").unwrap_or_else(|| "127.0.0.1:8080".to_owned()),
            dist_dir: var("MADOGUCHI_DIST").map_or_else(|| PathBuf::from("dist"), PathBuf::from),
            data_dir: var("MADOGUCHI_DATA_DIR")
                .map_or_else(|| PathBuf::from("data"), PathBuf::from),
            database_url: var("DATABASE_URL"),
            trust_dir: var("MADOGUCHI_TRUST_DIR").map(PathBuf::from),
            test_trust_dir: var("MADOGUCHI_TEST_TRUST_DIR").map(PathBuf::from),
        }
    }

    /// The configured URL, else an SQLite file in the data folder (created on first start).
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => sqlite_url(&self.data_dir.join("madoguchi.sqlite3")),
        }
    }
}

/// `sqlite://` URL that creates the file if missing.
pub fn sqlite_url(path: &std::path::Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}
