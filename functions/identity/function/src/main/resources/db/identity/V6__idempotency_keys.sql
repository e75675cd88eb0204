-- Idempotency keys of creates (a sign-up retried after a timeout answers the account the first attempt made).
-- Kept 24 hours; the fingerprint is a hash of what identifies the request, never a secret.
CREATE TABLE idempotency_keys (
    operation   text        NOT NULL,
    key         text        NOT NULL,
    fingerprint text        NOT NULL,
    account_id  uuid        NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (operation, key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
