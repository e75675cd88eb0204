CREATE TABLE items (id int PRIMARY KEY, touched int NOT NULL DEFAULT 0);
INSERT INTO items (id) SELECT g FROM generate_series(1, 1000) g;
