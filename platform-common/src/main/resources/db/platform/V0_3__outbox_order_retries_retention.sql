-- Outbox: per-park order under failures, retries with back-off, blocking, retention. Inbox: retention.
--
-- Library migrations use the reserved version range V0_x and services run Flyway with
-- quarkus.flyway.out-of-order=true, so this one also applies to a database whose service
-- migrations (V1, V2, ...) ran before it existed (docs/decisions.md, "Library migrations").

-- seq: the order in which a park's events must reach Kafka. Existing rows keep their creation order.
alter table outbox_event add column seq bigint;
create sequence outbox_event_seq owned by outbox_event.seq;
update outbox_event o set seq = ordered.n
from (select id, row_number() over (order by created_at, id) as n from outbox_event) ordered
where o.id = ordered.id;
select setval('outbox_event_seq', coalesce((select max(seq) from outbox_event), 0) + 1, false);
alter table outbox_event
    alter column seq set default nextval('outbox_event_seq'),
    alter column seq set not null,
    add constraint outbox_event_seq_unique unique (seq);

alter table outbox_event
    -- not sent before this time: while a send is in flight (a lease) and after a failure (back-off)
    add column next_attempt_at timestamptz,
    -- sends the broker refused (a record too large, a topic not allowed); outages do not count
    add column refusals        integer      not null default 0,
    -- set after platform.outbox.block-after-attempts refusals: not retried until an admin releases it
    add column blocked_at      timestamptz,
    add column last_error      varchar(2000);

-- Rows sent before this migration are in flight no more: due at once if still unsent.
update outbox_event set next_attempt_at = null where published_at is null;

-- The relay's questions: "the oldest unsent row of this key", "the due heads"; the purge's: "published before".
drop index outbox_event_unpublished;
drop index outbox_event_unpublished_key;
create index outbox_event_unpublished_key_seq on outbox_event (event_key, seq) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Idempotent consumer markers are purged after platform.inbox.processed-retention.
create index processed_event_processed_at on processed_event (processed_at);
