-- Sessions signed in before a password change or a disabling end at once.
ALTER TABLE app_user ADD COLUMN credentials_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE app_user SET credentials_changed_at = created_at;
ALTER TABLE app_user ALTER COLUMN credentials_changed_at SET NOT NULL;

-- Bearer tokens for scripts, partners and gate devices: only the SHA-256 of a token is stored.
CREATE TABLE api_token (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    username    VARCHAR(32)  NOT NULL REFERENCES app_user (username),
    name        VARCHAR(100) NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CHECK (expires_at > created_at)
);
CREATE INDEX api_token_by_account ON api_token (username, created_at);
