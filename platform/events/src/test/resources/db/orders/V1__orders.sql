CREATE TABLE orders (id text PRIMARY KEY, status text NOT NULL);
