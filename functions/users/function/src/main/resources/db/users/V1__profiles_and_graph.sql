-- Profiles: made from identity's UserRegistered, kept in step with UsernameChanged, hidden on UserDeleted.
-- Settings live on the profile row: one read answers a profile and whether it is private.
CREATE TABLE profiles (
    user_id             uuid        PRIMARY KEY,
    username            text        NOT NULL,
    username_normalized text        NOT NULL,
    display_name        text,
    bio                 text,
    website             text,
    avatar_media_id     uuid,
    is_private          boolean     NOT NULL DEFAULT false,
    who_can_message     text        NOT NULL DEFAULT 'EVERYONE',
    who_can_mention     text        NOT NULL DEFAULT 'EVERYONE',
    who_can_tag         text        NOT NULL DEFAULT 'EVERYONE',
    notify_likes        boolean     NOT NULL DEFAULT true,
    notify_comments     boolean     NOT NULL DEFAULT true,
    notify_follows      boolean     NOT NULL DEFAULT true,
    notify_mentions     boolean     NOT NULL DEFAULT true,
    notify_messages     boolean     NOT NULL DEFAULT true,
    follower_count      bigint      NOT NULL DEFAULT 0,
    following_count     bigint      NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    deleted_at          timestamptz,
    CONSTRAINT profiles_counts_not_negative CHECK (follower_count >= 0 AND following_count >= 0),
    CONSTRAINT profiles_audiences CHECK (who_can_message IN ('EVERYONE', 'FOLLOWING', 'NOBODY')
        AND who_can_mention IN ('EVERYONE', 'FOLLOWING', 'NOBODY')
        AND who_can_tag IN ('EVERYONE', 'FOLLOWING', 'NOBODY'))
);
-- A live username is unique; a deleted profile gives its name up (identity keeps it reserved for 30 days).
CREATE UNIQUE INDEX profiles_live_username ON profiles (username_normalized) WHERE deleted_at IS NULL;

CREATE TABLE follows (
    follower_id uuid        NOT NULL,
    followee_id uuid        NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (follower_id, followee_id),
    CONSTRAINT follows_not_self CHECK (follower_id <> followee_id)
);
CREATE INDEX follows_followers_page ON follows (followee_id, created_at DESC, follower_id DESC);
CREATE INDEX follows_following_page ON follows (follower_id, created_at DESC, followee_id DESC);

CREATE TABLE follow_requests (
    requester_id uuid        NOT NULL,
    target_id    uuid        NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (requester_id, target_id)
);
CREATE INDEX follow_requests_incoming ON follow_requests (target_id, created_at DESC, requester_id DESC);

CREATE TABLE blocks (
    blocker_id uuid        NOT NULL,
    blocked_id uuid        NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);
CREATE INDEX blocks_by_blocked ON blocks (blocked_id, blocker_id);

CREATE TABLE mutes (
    muter_id      uuid        NOT NULL,
    muted_id      uuid        NOT NULL,
    notifications boolean     NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz,
    PRIMARY KEY (muter_id, muted_id)
);

-- Reports: a user (and, as content domains land, content by reference); resolved by a moderator.
CREATE TABLE reports (
    id              uuid        PRIMARY KEY,
    reporter_id     uuid        NOT NULL,
    target_type     text        NOT NULL,
    target_id       uuid        NOT NULL,
    category        text        NOT NULL,
    comment         text,
    status          text        NOT NULL DEFAULT 'OPEN',
    created_at      timestamptz NOT NULL,
    resolved_by     uuid,
    resolved_at     timestamptz,
    action          text,
    resolution_note text,
    CONSTRAINT reports_category CHECK (category IN ('SPAM', 'HARASSMENT', 'VIOLENCE', 'NUDITY', 'IMPERSONATION',
        'OTHER')),
    CONSTRAINT reports_status CHECK (status IN ('OPEN', 'RESOLVED')),
    CONSTRAINT reports_action CHECK (action IS NULL OR action IN ('DISMISS', 'WARN', 'REMOVE_CONTENT', 'SUSPEND'))
);
CREATE INDEX reports_open_queue ON reports (created_at, id) WHERE status = 'OPEN';
CREATE UNIQUE INDEX reports_one_open_per_reporter ON reports (reporter_id, target_type, target_id)
    WHERE status = 'OPEN';
