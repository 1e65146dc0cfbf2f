-- Passkeys (WebAuthn, ES256): an optional way to log in beside the password. Keys are public
-- (SEC1 points, base64url); the counter only moves forward.

CREATE TABLE passkeys (
    credential_id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    public_key TEXT NOT NULL,
    sign_count BIGINT NOT NULL,
    label TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX passkeys_by_user ON passkeys (user_id);

-- A ceremony's challenge: single use, 5 minutes, bound to the page's origin (and the user,
-- for a registration).
CREATE TABLE passkey_challenges (
    challenge TEXT PRIMARY KEY NOT NULL,
    purpose TEXT NOT NULL,
    user_id TEXT,
    origin TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX passkey_challenges_by_expiry ON passkey_challenges (expires_at);
