-- Platform tables every service gets (shipped by platform-common, run before the service's own V1+).

-- Transactional outbox: a state change and the event announcing it commit together.
-- A row is sent right after commit; published_at stays null until the broker acknowledged it,
-- so the sweeper can resend whatever a broker outage left behind.
create table outbox_event (
    id              uuid primary key,             -- CloudEvents ce_id, the consumers' deduplication key
    topic           varchar(200) not null,
    event_key       varchar(200) not null,        -- Kafka record key: the park id, so one park's events stay in order
    event_type      varchar(200) not null,
    source          varchar(200) not null,
    subject         varchar(200),
    occurred_at     timestamptz  not null,
    actor           varchar(200) not null,
    correlation_id  varchar(200),
    payload         text         not null,        -- JSON data of the event
    created_at      timestamptz  not null default now(),
    last_attempt_at timestamptz,
    attempts        integer      not null default 0,
    published_at    timestamptz
);
create index outbox_event_unpublished on outbox_event (created_at) where published_at is null;
create index outbox_event_unpublished_key on outbox_event (event_key) where published_at is null;

-- Idempotent consumer: one row per (consumer, event) applied, written in the same transaction as the effect.
create table processed_event (
    consumer     varchar(200) not null,
    event_id     uuid         not null,
    event_type   varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
