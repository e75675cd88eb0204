-- Platform tables every domain schema gets, migrated with their own history (flyway_platform_history).

-- Events written in the same transaction as the change that caused them; the relay publishes and prunes them.
CREATE TABLE outbox (
    id              uuid PRIMARY KEY,
    event_type      text        NOT NULL,
    aggregate_type  text        NOT NULL,
    aggregate_id    text        NOT NULL,
    sequence        bigint      NOT NULL,
    occurred_at     timestamptz NOT NULL,
    correlation_id  text,
    payload         jsonb       NOT NULL,
    published_at    timestamptz,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    parked_at       timestamptz,
    CONSTRAINT outbox_sequence_unique UNIQUE (aggregate_type, aggregate_id, sequence)
);

-- What the sweeper claims: unpublished, not parked, due.
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE published_at IS NULL AND parked_at IS NULL;
-- What the pruner deletes.
CREATE INDEX outbox_published ON outbox (published_at) WHERE published_at IS NOT NULL;

-- The last sequence given to each aggregate: survives the pruning of its events.
CREATE TABLE outbox_sequences (
    aggregate_type text   NOT NULL,
    aggregate_id   text   NOT NULL,
    last_sequence  bigint NOT NULL,
    PRIMARY KEY (aggregate_type, aggregate_id)
);

-- Events a consumer of this domain has processed, written in the same transaction as their effect.
CREATE TABLE inbox (
    event_id     uuid        NOT NULL,
    consumer     text        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (event_id, consumer)
);
CREATE INDEX inbox_processed ON inbox (processed_at);
