-- Account security: verified email, optional password (sign-in with Google or Apple), two-factor state; a deleted
-- account keeps its row (sessions and audit point at it) but loses its email and username.
ALTER TABLE accounts
    ALTER COLUMN email DROP NOT NULL,
    ALTER COLUMN email_normalized DROP NOT NULL,
    ALTER COLUMN username DROP NOT NULL,
    ALTER COLUMN username_normalized DROP NOT NULL,
    ALTER COLUMN password_hash DROP NOT NULL,
    ADD COLUMN email_verified_at   timestamptz,
    ADD COLUMN totp_secret         text,
    ADD COLUMN totp_pending_secret text,
    ADD COLUMN totp_last_step      bigint;

-- Single-use tokens, stored as SHA-256: email verification (with the address it proves), password reset, and the
-- challenge between a correct password and its second factor (with a count of wrong codes).
CREATE TABLE account_tokens (
    token_hash text        PRIMARY KEY,
    account_id uuid        NOT NULL REFERENCES accounts (id),
    purpose    text        NOT NULL,
    email      text,
    client_address text,
    user_agent text,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    attempts   integer     NOT NULL DEFAULT 0,
    CONSTRAINT account_tokens_purpose CHECK (purpose IN ('verify_email', 'reset_password', 'sign_in_challenge'))
);
CREATE INDEX account_tokens_by_account ON account_tokens (account_id, purpose);

-- Two-factor recovery codes: ten, shown once, kept as SHA-256, each usable once.
CREATE TABLE recovery_codes (
    account_id uuid        NOT NULL REFERENCES accounts (id),
    code_hash  text        NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (account_id, code_hash)
);

-- Failed sign-ins of the last hour, for throttling: keyed by account id, or by a hash of an identifier that names
-- no account (so that unknown and known identifiers are throttled alike).
CREATE TABLE login_failures (
    throttle_key   text        NOT NULL,
    client_address text        NOT NULL,
    failed_at      timestamptz NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (throttle_key, failed_at);
CREATE INDEX login_failures_by_address ON login_failures (client_address, failed_at);

-- Usernames given up by a change or a deletion stay reserved for a while, so no one can take over a name that
-- others still know; the account that held one may take it back.
CREATE TABLE reserved_usernames (
    username_normalized text        PRIMARY KEY,
    account_id          uuid        NOT NULL,
    reserved_until      timestamptz NOT NULL
);

-- Accounts signed in through Google or Apple: the provider's subject identifier, never reassigned.
CREATE TABLE external_identities (
    provider   text        NOT NULL,
    subject    text        NOT NULL,
    account_id uuid        NOT NULL REFERENCES accounts (id),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (provider, subject)
);
CREATE INDEX external_identities_by_account ON external_identities (account_id);

-- The security audit log, which owners read as their login history.
CREATE TABLE security_events (
    id             uuid        PRIMARY KEY,
    account_id     uuid        NOT NULL REFERENCES accounts (id),
    type           text        NOT NULL,
    client_address text,
    user_agent     text,
    occurred_at    timestamptz NOT NULL
);
CREATE INDEX security_events_by_account ON security_events (account_id, id DESC);
