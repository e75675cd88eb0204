CREATE TABLE shipments (order_id text PRIMARY KEY);
