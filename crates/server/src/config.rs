//! Server configuration from the environment.

use crate::clock::{HOUR, MINUTE};
use crate::ratelimit::Rate;
use crate::settings::Limits;
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
    /// `MADOGUCHI_PUBLIC_URL`: the origin people open, used in links sent by mail; default
    /// `http://<addr>`.
    pub public_url: Option<String>,
    /// `MADOGUCHI_SMTP_URL` (`smtps://user:pass@host:465`, `smtp://host:587?tls=required`): send
    /// mail through this server. Unset: mail stays in the local outbox.
    pub smtp_url: Option<String>,
    /// `MADOGUCHI_MAIL_FROM`, default `madoguchi <noreply@localhost>`.
    pub mail_from: String,
    /// `MADOGUCHI_DEV_OUTBOX`: `1` shows the outbox at `GET /api/dev/outbox`, `0` hides it. By
    /// default it is shown when no SMTP server is configured and the server listens on loopback.
    pub dev_outbox: Option<bool>,
    /// `MADOGUCHI_TEST_HOOKS=1` (tests only): `POST /api/test/clock` may move the clock forward
    /// and `GET /api/test/challenges/{id}` tells an image challenge's answer.
    pub test_hooks: bool,
    /// `MADOGUCHI_SECURE_COOKIES`: `1`/`0`; by default cookies are `Secure` unless the server
    /// listens on loopback (plain `http://127.0.0.1` during development and tests).
    pub secure_cookies: Option<bool>,
    /// `MADOGUCHI_MAIL_PER_IP_HOUR`: mail-sending requests one client address may make per
    /// hour (default 20). The browser tests, all from 127.0.0.1, raise it.
    pub mail_per_ip_hour: Option<i64>,
    /// `MADOGUCHI_LOGINS_PER_IP_15MIN`: login attempts (password or passkey) one client address
    /// may make per 15 minutes (default 30). The browser tests, all from 127.0.0.1, raise it.
    pub logins_per_ip_15min: Option<i64>,
    /// `MADOGUCHI_TRUSTED_PROXIES`: comma-separated addresses / CIDR ranges of load balancers
    /// whose `X-Forwarded-For` names the client. Unset: the peer address is the client.
    pub trusted_proxies: Option<String>,
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
            public_url: var("MADOGUCHI_PUBLIC_URL"),
            smtp_url: var("MADOGUCHI_SMTP_URL"),
            mail_from: var("MADOGUCHI_MAIL_FROM")
                .unwrap_or_else(|| "madoguchi <noreply@localhost>".to_owned()),
            dev_outbox: var("MADOGUCHI_DEV_OUTBOX").map(|v| flag(&v)),
            test_hooks: var("MADOGUCHI_TEST_HOOKS").is_some_and(|v| flag(&v)),
            secure_cookies: var("MADOGUCHI_SECURE_COOKIES").map(|v| flag(&v)),
            mail_per_ip_hour: positive(var("MADOGUCHI_MAIL_PER_IP_HOUR")),
            logins_per_ip_15min: positive(var("MADOGUCHI_LOGINS_PER_IP_15MIN")),
            trusted_proxies: var("MADOGUCHI_TRUSTED_PROXIES"),
        }
    }

    /// Listening on 127.0.0.0/8, ::1 or localhost.
    pub fn on_loopback(&self) -> bool {
        let host = self
            .addr
            .rsplit_once(':')
            .map_or(self.addr.as_str(), |(host, _)| host)
            .trim_start_matches('[')
            .trim_end_matches(']');
        host == "localhost"
            || host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }

    pub fn public_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.addr))
            .trim_end_matches('/')
            .to_owned()
    }

    pub fn dev_outbox(&self) -> bool {
        self.dev_outbox
            .unwrap_or(self.smtp_url.is_none() && self.on_loopback())
    }

    pub fn secure_cookies(&self) -> bool {
        self.secure_cookies.unwrap_or(!self.on_loopback())
    }

    pub fn limits(&self) -> Limits {
        let defaults = Limits::default();
        Limits {
            mail_per_ip: self
                .mail_per_ip_hour
                .map_or(defaults.mail_per_ip, |hits| Rate::per(hits, HOUR)),
            login_per_ip: self
                .logins_per_ip_15min
                .map_or(defaults.login_per_ip, |hits| Rate::per(hits, 15 * MINUTE)),
            ..defaults
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

/// A count from the environment: a positive integer, else unset.
fn positive(value: Option<String>) -> Option<i64> {
    value
        .and_then(|v| v.trim().parse().ok())
        .filter(|hits| *hits > 0)
}

fn flag(value: &str) -> bool {
    matches!(value.trim(), "1" | "true" | "yes" | "on")
}

/// `sqlite://` URL that creates the file if missing.
pub fn sqlite_url(path: &std::path::Path) -> String {
    format!("sqlite://{}?mode=rwc", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(addr: &str) -> Config {
        Config {
            addr: addr.to_owned(),
            dist_dir: PathBuf::from("dist"),
            data_dir: PathBuf::from("data"),
            database_url: None,
            trust_dir: None,
            test_trust_dir: None,
            public_url: None,
            smtp_url: None,
            mail_from: String::new(),
            dev_outbox: None,
            test_hooks: false,
            secure_cookies: None,
            mail_per_ip_hour: None,
            logins_per_ip_15min: None,
            trusted_proxies: None,
        }
    }

    #[test]
    fn loopback_decides_the_defaults() {
        for addr in [
            "127.0.0.1:8080",
            "[::1]:80",
            "localhost:8080",
            "127.1.2.3:1",
        ] {
            let c = config(addr);
            assert!(c.on_loopback(), "{addr}");
            assert!(c.dev_outbox() && !c.secure_cookies(), "{addr}");
        }
        let public = config("0.0.0.0:8080");
        assert!(!public.on_loopback());
        assert!(!public.dev_outbox() && public.secure_cookies());
        let with_smtp = Config {
            smtp_url: Some("smtp://mail".to_owned()),
            ..config("127.0.0.1:8080")
        };
        assert!(!with_smtp.dev_outbox());
        assert_eq!(
            config("127.0.0.1:8080").public_url(),
            "http://127.0.0.1:8080"
        );
    }

    #[test]
    fn limits_raised_by_the_environment_replace_only_their_own() {
        let defaults = config("127.0.0.1:8080").limits();
        let raised = Config {
            mail_per_ip_hour: Some(1000),
            logins_per_ip_15min: Some(500),
            ..config("127.0.0.1:8080")
        }
        .limits();
        assert_eq!(
            (raised.mail_per_ip.hits, raised.mail_per_ip.window),
            (1000, HOUR)
        );
        assert_eq!(
            (raised.login_per_ip.hits, raised.login_per_ip.window),
            (500, 15 * MINUTE)
        );
        assert_eq!(
            raised.login_per_account.hits,
            defaults.login_per_account.hits
        );
        assert_eq!(defaults.login_per_ip.hits, 30);
        assert_eq!(positive(Some(" 7 ".to_owned())), Some(7));
        assert_eq!(positive(Some("0".to_owned())), None);
        assert_eq!(positive(Some("many".to_owned())), None);
    }
}
