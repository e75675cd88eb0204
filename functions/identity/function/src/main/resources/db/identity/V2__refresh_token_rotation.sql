-- Why a session ended early (logout, reuse of a rotated refresh token, ...).
ALTER TABLE sessions ADD COLUMN revoked_reason text;

-- Refresh tokens already rotated out, by hash: one presented again was stolen or replayed, and its session dies.
CREATE TABLE rotated_refresh_tokens (
    token_hash text        PRIMARY KEY,
    session_id uuid        NOT NULL REFERENCES sessions (id),
    rotated_at timestamptz NOT NULL
);
CREATE INDEX rotated_refresh_tokens_by_session ON rotated_refresh_tokens (session_id);
