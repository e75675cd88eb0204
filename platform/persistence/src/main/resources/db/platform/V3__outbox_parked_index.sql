-- What operators list and replay: parked events, oldest parked first (OutboxMaintenance.parked).
CREATE INDEX outbox_parked ON outbox (parked_at, id) WHERE parked_at IS NOT NULL AND published_at IS NULL;
