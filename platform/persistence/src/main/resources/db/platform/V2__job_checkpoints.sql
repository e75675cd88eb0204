-- Where each resumable job (orphan cleaners, retention) stopped; written in the transaction of the step it records.
CREATE TABLE job_checkpoints (
    job        text PRIMARY KEY,
    position   text,
    started_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
