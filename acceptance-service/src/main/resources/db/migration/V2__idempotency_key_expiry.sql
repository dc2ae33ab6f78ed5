-- Idempotency-Key records are purged after acceptance.idempotency-keys.retention (IdempotencyKeyRetention).
create index idempotency_key_created_at on idempotency_key (created_at);
