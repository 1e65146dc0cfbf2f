//! Behaviour switches and limits every handler reads, fixed at start.

use crate::clock::{DAY, HOUR, MINUTE};
use std::sync::Arc;

use crate::guard::TrustedProxies;
use crate::ratelimit::Rate;

#[derive(Clone, Debug)]
pub struct Settings {
    /// Origin used in links sent by mail (`http://127.0.0.1:8080`).
    pub public_url: String,
    /// `Secure` on the session cookie.
    pub secure_cookies: bool,
    /// `GET /api/dev/outbox` answers.
    pub dev_outbox: bool,
    /// The test-only endpoints answer: `POST /api/test/clock`, `GET /api/test/challenges/{id}`.
    pub test_hooks: bool,
    /// argon2id cost.
    pub password_cost: PasswordCost,
    pub limits: Limits,
    /// Load balancers whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Arc<TrustedProxies>,
    /// The passkeys' origin when `MADOGUCHI_PUBLIC_URL` names it; otherwise the page's own.
    pub passkey_origin: Option<String>,
}

/// argon2id parameters: memory in KiB, iterations, lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PasswordCost {
    pub memory_kib: u32,
    pub iterations: u32,
    pub lanes: u32,
}

impl PasswordCost {
    /// OWASP's argon2id recommendation (19 MiB, 2 passes, 1 lane).
    pub const PRODUCTION: PasswordCost = PasswordCost {
        memory_kib: 19 * 1024,
        iterations: 2,
        lanes: 1,
    };
    /// Cheap hashes for tests (still argon2id, still verified the same way).
    pub const TEST: PasswordCost = PasswordCost {
        memory_kib: 1024,
        iterations: 1,
        lanes: 1,
    };
}

/// Rate limits. Counters live in the database (`ratelimit.rs`).
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Login attempts from one client address …
    pub login_per_ip: Rate,
    /// … and on one user ID (besides the lockout after 5 consecutive failures).
    pub login_per_account: Rate,
    /// Requests that send mail (registration, forgotten ID or password, e-mail change, the
    /// My Number e-mail step) from one client address …
    pub mail_per_ip: Rate,
    /// … and to one address, so nobody can flood someone's mailbox.
    pub mail_per_address: Rate,
    /// Finished forms from one client address.
    pub submissions_per_ip: Rate,
    /// New image challenges from one client address.
    pub challenges_per_ip: Rate,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            login_per_ip: Rate::per(30, 15 * MINUTE),
            login_per_account: Rate::per(20, HOUR),
            mail_per_ip: Rate::per(20, HOUR),
            mail_per_address: Rate::per(5, HOUR),
            submissions_per_ip: Rate::per(60, 10 * MINUTE),
            challenges_per_ip: Rate::per(60, 10 * MINUTE),
        }
    }
}

/// Session inactivity limit (seed 001 §1.3: 3 hours without activity logs out).
pub const SESSION_IDLE: i64 = 3 * HOUR;
/// The page warns this long before the session ends (seed 001 §2.6: 10 minutes).
pub const SESSION_WARNING: i64 = 10 * MINUTE;
/// Consecutive failed logins that lock an account (seed 001 §2.2) …
pub const LOCK_AFTER_FAILURES: i64 = 5;
/// … for this long.
pub const LOCK_DURATION: i64 = DAY;
/// Registration links are valid 24 hours (seed 001 §3 step 5).
pub const REGISTER_LINK_VALID: i64 = DAY;
/// Password reset and e-mail change links (the manual gives no duration; we use a day too).
pub const ACCOUNT_LINK_VALID: i64 = DAY;
/// The My Number application link: the seed shows an expiry in the mail but not the duration;
/// we allow a day.
pub const MYNUMBER_LINK_VALID: i64 = DAY;

impl Settings {
    /// Defaults for a server on loopback without SMTP, with production password hashing.
    pub fn local(public_url: &str) -> Settings {
        Settings {
            public_url: public_url.trim_end_matches('/').to_owned(),
            secure_cookies: false,
            dev_outbox: true,
            test_hooks: false,
            password_cost: PasswordCost::PRODUCTION,
            limits: Limits::default(),
            trusted_proxies: Arc::default(),
            passkey_origin: None,
        }
    }
}
