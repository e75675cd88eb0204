-- The gateway asks every few seconds for the sessions revoked lately.
CREATE INDEX sessions_revoked ON sessions (revoked_at) WHERE revoked_at IS NOT NULL;
