-- Accounts (seed 001), sessions, lockouts, rate limits, mail links, the mail outbox, finished
-- forms with idempotency keys, COE receipts and the office audit log. Instants are Unix seconds.

CREATE TABLE users (
    user_id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    user_kind TEXT NOT NULL,
    latin_name TEXT NOT NULL,
    phone TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'user',
    locale TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_login_at BIGINT,
    previous_login_at BIGINT
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Keyed by the user ID as typed, existing or not, so a lockout says nothing about existence.
CREATE TABLE login_failures (
    login_key TEXT PRIMARY KEY NOT NULL,
    failures BIGINT NOT NULL,
    locked_until BIGINT
);

CREATE TABLE rate_limits (
    bucket TEXT PRIMARY KEY NOT NULL,
    window_start BIGINT NOT NULL,
    hits BIGINT NOT NULL
);

CREATE TABLE mail_links (
    token_hash TEXT PRIMARY KEY NOT NULL,
    purpose TEXT NOT NULL,
    email TEXT NOT NULL,
    user_id TEXT,
    data TEXT NOT NULL DEFAULT '',
    locale TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);

CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

CREATE TABLE submissions (
    id BIGSERIAL PRIMARY KEY,
    receipt_number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    photo BYTEA,
    received_at BIGINT NOT NULL
);
CREATE INDEX submissions_by_kind ON submissions (kind, received_at);

CREATE TABLE idempotency_keys (
    scope TEXT NOT NULL,
    idem_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status BIGINT NOT NULL,
    response TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (scope, idem_key)
);

CREATE TABLE coe (
    id BIGSERIAL PRIMARY KEY,
    certificate_number TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users (user_id),
    pdf BYTEA NOT NULL,
    issued_at BIGINT NOT NULL,
    issued_by TEXT NOT NULL,
    received_at BIGINT,
    reminders_until BIGINT NOT NULL,
    last_notified_at BIGINT NOT NULL
);
CREATE INDEX coe_by_user ON coe (user_id, issued_at);

CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    client_ip TEXT NOT NULL
);
