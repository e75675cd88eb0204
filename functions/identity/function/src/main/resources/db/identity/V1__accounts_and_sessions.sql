-- Accounts: unique on the lower-cased email and username, so "Ann" and "ann" are one account.
CREATE TABLE accounts (
    id                  uuid PRIMARY KEY,
    email               text        NOT NULL,
    email_normalized    text        NOT NULL,
    username            text        NOT NULL,
    username_normalized text        NOT NULL,
    password_hash       text        NOT NULL,
    created_at          timestamptz NOT NULL,
    deleted_at          timestamptz,
    CONSTRAINT accounts_email_unique UNIQUE (email_normalized),
    CONSTRAINT accounts_username_unique UNIQUE (username_normalized),
    CONSTRAINT accounts_email_length CHECK (char_length(email) <= 254),
    CONSTRAINT accounts_username_length CHECK (char_length(username) BETWEEN 3 AND 30)
);

-- Sessions: one per sign-in; only the SHA-256 of the refresh token is kept.
CREATE TABLE sessions (
    id                 uuid PRIMARY KEY,
    account_id         uuid        NOT NULL REFERENCES accounts (id),
    refresh_token_hash text        NOT NULL,
    client_address     text,
    user_agent         text,
    created_at         timestamptz NOT NULL,
    last_used_at       timestamptz NOT NULL,
    expires_at         timestamptz NOT NULL,
    revoked_at         timestamptz,
    CONSTRAINT sessions_refresh_token_unique UNIQUE (refresh_token_hash)
);

CREATE INDEX sessions_by_account ON sessions (account_id, created_at DESC);
