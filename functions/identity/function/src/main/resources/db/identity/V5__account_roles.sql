-- Staff roles an account holds, carried in its access tokens. Granted by an operator (docs/runbooks/roles.md).
ALTER TABLE accounts ADD COLUMN roles text[] NOT NULL DEFAULT '{}';
ALTER TABLE accounts ADD CONSTRAINT accounts_known_roles CHECK (roles <@ ARRAY['moderator']::text[]);
