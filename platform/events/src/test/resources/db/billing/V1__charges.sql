-- Deliberately without a unique constraint: a second effect of one event would show as a second row.
CREATE TABLE charges (order_id text NOT NULL, items integer NOT NULL);
