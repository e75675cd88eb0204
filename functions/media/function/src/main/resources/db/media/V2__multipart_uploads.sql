-- A large video goes up in parts: the id S3 gave its multipart upload, until completion or abort.
ALTER TABLE assets ADD COLUMN multipart_upload_id text;
