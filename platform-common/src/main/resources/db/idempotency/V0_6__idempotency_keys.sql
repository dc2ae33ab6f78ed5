-- The Idempotency-Key store of platform-common's IdempotencyKeys (and IdempotencyKeyRetention's purge), for a
-- service that lists db/idempotency among its Flyway locations (reporting-service). plans- and acceptance-service
-- created this same table in their own first migrations before it moved here; those migrations have run in
-- their databases and stay as they are (a library migration sorts before them, so a new database of theirs
-- would meet the table twice).
create table idempotency_key (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    operation       varchar(100) not null,
    request_hash    varchar(64)  not null,      -- SHA-256 of the operation and the canonical request body
    resource_id     uuid,
    response_status integer,
    created_at      timestamptz  not null default now(),
    primary key (caller, idempotency_key)
);
-- The retention's purge reads by age.
create index idempotency_key_created_at on idempotency_key (created_at);
