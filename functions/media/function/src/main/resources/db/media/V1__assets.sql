-- media's assets: one row per photo or video, from the upload request to READY or FAILED.
-- The bytes live in S3 under uploads/<owner_id>/<id>; the row keeps what the pipeline learns of them.
CREATE TABLE assets (
    id              uuid PRIMARY KEY,
    owner_id        uuid        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('IMAGE', 'VIDEO')),
    declared_type   text        NOT NULL,
    detected_type   text,
    byte_size       bigint      NOT NULL CHECK (byte_size > 0),
    sha256          text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    width           integer,
    height          integer,
    duration_ms     bigint,
    orientation     text CHECK (orientation IN ('PORTRAIT', 'SQUARE', 'LANDSCAPE')),
    blurhash        text,
    status          text        NOT NULL
        CHECK (status IN ('PENDING_UPLOAD', 'UPLOADED', 'PROCESSING', 'READY', 'FAILED')),
    progress        integer     NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    failure_reason  text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted_at      timestamptz,
    deleted_by      uuid,
    deletion_reason text CHECK (deletion_reason IN ('OWNER', 'MODERATOR', 'ACCOUNT_DELETED', 'ABORTED')),
    CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);

-- The same bytes from the same owner are one live asset (a FAILED one may be tried again).
CREATE UNIQUE INDEX assets_owner_sha256 ON assets (owner_id, sha256)
    WHERE deleted_at IS NULL AND status <> 'FAILED';

-- The owner's library, newest first, and the day's quota (which counts deleted assets too).
CREATE INDEX assets_owner_created ON assets (owner_id, created_at DESC, id DESC);
