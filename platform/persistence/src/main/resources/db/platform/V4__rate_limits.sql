-- Token buckets for per-user and per-address write limits (RateLimit, JdbcRateLimiter): one row per bucket,
-- taken and refilled in one statement. Buckets idle long enough to be full again carry no information and are
-- deleted by the retention job.
CREATE TABLE rate_limits (
    bucket     text             PRIMARY KEY,
    tokens     double precision NOT NULL,
    updated_at timestamptz      NOT NULL,
    allowed    boolean          NOT NULL
);
CREATE INDEX rate_limits_updated_at ON rate_limits (updated_at);
