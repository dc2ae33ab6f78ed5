-- The audit trail made provable (issue 9, item 6; docs/decisions.md 41). Every entry of event_log gets
-- its place in the chain (seq: 1, 2, 3 ... without gaps, in the order the entries were appended), the hash
-- of the entry before it (prev_hash; 64 zeros for the first) and its own hash: SHA-256, in lowercase hex,
-- of the entry's canonical text below. GET /api/v1/events/verify recomputes the chain in Java
-- (eventlog.HashChain, the same canonical text) and names the first entry that does not fit.
--
-- The canonical text of an entry, version 1 (UTF-8): the line 'circular-parks event_log v1', then for each
-- column in this order a line "\n<column> <value>", where <value> is '-' for null, otherwise the number
-- of UTF-8 bytes of the text, ':', and the text itself (so no text can pose as the next field). Texts:
-- numbers in decimal, ids as PostgreSQL and java.util.UUID print them, times in UTC as
-- YYYY-MM-DDTHH:MI:SS.ffffffZ (microseconds, what timestamptz holds), data as PostgreSQL prints the jsonb
-- (its normal form: keys ordered, no duplicates, ", " and ": " between items), so that no second JSON
-- canonicaliser has to agree with the database.

alter table event_log
    add column seq       bigint,
    add column prev_hash varchar(64),
    add column hash      varchar(64);

create function event_log_field(name text, value text) returns text
    language sql stable strict parallel safe as $$
    select E'\n' || name || ' ' || octet_length(convert_to(value, 'UTF8'))::text || ':' || value
$$;

create function event_log_instant(t timestamptz) returns text
    language sql stable parallel safe as $$
    select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

create function event_log_canonical(e event_log) returns text
    language sql stable parallel safe as $$
    select 'circular-parks event_log v1'
        || coalesce(event_log_field('seq', e.seq::text), E'\nseq -')
        || coalesce(event_log_field('event_id', e.event_id::text), E'\nevent_id -')
        || coalesce(event_log_field('topic', e.topic), E'\ntopic -')
        || coalesce(event_log_field('kafka_partition', e.kafka_partition::text), E'\nkafka_partition -')
        || coalesce(event_log_field('kafka_offset', e.kafka_offset::text), E'\nkafka_offset -')
        || coalesce(event_log_field('event_type', e.event_type), E'\nevent_type -')
        || coalesce(event_log_field('source', e.source), E'\nsource -')
        || coalesce(event_log_field('subject', e.subject), E'\nsubject -')
        || coalesce(event_log_field('occurred_at', event_log_instant(e.occurred_at)), E'\noccurred_at -')
        || coalesce(event_log_field('actor', e.actor), E'\nactor -')
        || coalesce(event_log_field('correlation_id', e.correlation_id), E'\ncorrelation_id -')
        || coalesce(event_log_field('data', e.data::text), E'\ndata -')
        || coalesce(event_log_field('received_at', event_log_instant(e.received_at)), E'\nreceived_at -')
        || coalesce(event_log_field('received_seq', e.received_seq::text), E'\nreceived_seq -')
        || coalesce(event_log_field('prev_hash', e.prev_hash), E'\nprev_hash -')
$$;

-- sha256() is built into PostgreSQL (11 and later): no extension needed.
create function event_log_hash(e event_log) returns varchar(64)
    language sql stable parallel safe as $$
    select encode(sha256(convert_to(event_log_canonical(e), 'UTF8')), 'hex')
$$;

-- Entries already logged are chained in the order they were appended (received_seq). The append-only
-- trigger is set aside for this one transaction: Flyway applies the migration in one, so either every
-- entry is chained or none.
alter table event_log disable trigger event_log_append_only;

update event_log l
set seq = o.seq
from (select event_id, row_number() over (order by received_seq) as seq from event_log) o
where l.event_id = o.event_id;

do $$
declare
    entry event_log;
    previous varchar(64) := repeat('0', 64);
begin
    for entry in select * from event_log order by seq loop
        entry.prev_hash := previous;
        previous := event_log_hash(entry);
        update event_log set prev_hash = entry.prev_hash, hash = previous where event_id = entry.event_id;
    end loop;
end;
$$;

alter table event_log enable trigger event_log_append_only;

alter table event_log
    alter column seq set not null,
    alter column prev_hash set not null,
    alter column hash set not null,
    add constraint event_log_seq_positive check (seq >= 1),
    add constraint event_log_prev_hash_hex check (prev_hash ~ '^[0-9a-f]{64}$'),
    add constraint event_log_hash_hex check (hash ~ '^[0-9a-f]{64}$');
create unique index event_log_seq on event_log (seq);

-- Every insert is chained by the database, whoever inserts: the next seq after the last entry, that entry's
-- hash, and the new entry's own hash. Appends are serialised by a transaction-level advisory lock, held
-- until the appending transaction ends, so entry n+1 is assigned only after entry n has committed (or rolled
-- back, and n is assigned again): the committed entries are always 1..n without a hole, which is what makes
-- a cursor over seq stable while events are appended, and what lets a gap mean a deleted entry. The unique
-- index on seq is the backstop if a transaction ever ran at an isolation level that saw an older head.
create function event_log_chain() returns trigger language plpgsql as $$
declare
    head_seq  bigint;
    head_hash varchar(64);
begin
    perform pg_advisory_xact_lock(hashtext('reporting.event_log.chain'));
    select seq, hash into head_seq, head_hash from event_log order by seq desc limit 1;
    new.seq := coalesce(head_seq, 0) + 1;
    new.prev_hash := coalesce(head_hash, repeat('0', 64));
    new.hash := event_log_hash(new);
    return new;
end;
$$;
create trigger event_log_chain
    before insert on event_log
    for each row execute function event_log_chain();

-- The audit queries of GET /api/v1/events (actor, correlation id, park and city in the data); type and
-- subject have theirs since V1, time uses event_log_replay_order.
create index event_log_actor on event_log (actor, seq);
create index event_log_correlation on event_log (correlation_id);
create index event_log_data_park on event_log ((data ->> 'parkCode'));
create index event_log_data_city on event_log ((data ->> 'cityCode'));

comment on column event_log.seq is 'Place in the hash chain: 1, 2, 3 ... in the order of appending, without gaps (decision 41)';
comment on column event_log.prev_hash is 'hash of the entry with seq - 1; 64 zeros for the first';
comment on column event_log.hash is 'SHA-256 (hex) of event_log_canonical(entry): every column above, prev_hash included';
