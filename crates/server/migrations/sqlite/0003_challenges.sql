-- Image challenges of the My Number e-mail step (seed 002 STEP 2: "画像認証"), served by this
-- API rather than a third-party service. Each is answered once; answers are short-lived.

CREATE TABLE challenges (
    id TEXT PRIMARY KEY NOT NULL,
    answer TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX challenges_by_expiry ON challenges (expires_at);
