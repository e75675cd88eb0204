-- A stand-in domain's first migration, for the test that migrates as a non-superuser administrator like RDS's.
CREATE TABLE notes (
    id   bigint PRIMARY KEY,
    text text NOT NULL
);
