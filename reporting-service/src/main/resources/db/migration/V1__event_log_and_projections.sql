-- reporting-service: the audit event log (the source of truth here) and the projections built from it.

-- Every event of every consumed topic, appended in the transaction that projects it.
create table event_log (
    event_id        uuid primary key,              -- CloudEvents ce_id
    topic           varchar(200) not null,
    kafka_partition integer      not null,
    kafka_offset    bigint       not null,
    event_type      varchar(200) not null,
    source          varchar(200) not null,
    subject         varchar(200),
    occurred_at     timestamptz  not null,         -- ce_time (the receive time if the event had none)
    actor           varchar(200),
    correlation_id  varchar(200),
    data            jsonb        not null,
    received_at     timestamptz  not null default clock_timestamp(),
    -- Order of appending: breaks ties of occurred_at when the projections are replayed.
    received_seq    bigint generated always as identity unique
);
create index event_log_replay_order on event_log (occurred_at, received_seq);
create index event_log_type on event_log (event_type);
create index event_log_subject on event_log (subject);

-- Append-only: no statement may change or remove what was recorded (statement-level, so even a
-- statement that matches no row is refused).
create function event_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'event_log is append-only: % refused', tg_op
        using errcode = 'restrict_violation';
end;
$$;
create trigger event_log_append_only
    before update or delete or truncate on event_log
    for each statement execute function event_log_refuse_change();

-- Projections. Each row remembers the event that wrote it (event_id, occurred_at) so that an older
-- event arriving late never overwrites a newer one: the result does not depend on arrival order,
-- and a replay of event_log gives the same rows.

-- park.registered: the parks as parks-service describes them.
create table park_view (
    park_code   varchar(20)  primary key,
    name        varchar(200) not null,
    city_code   varchar(6)   not null,
    city_name   varchar(50)  not null,
    level       varchar(20)  not null check (level in ('NATIONAL', 'PROVINCIAL')),
    event_id    uuid         not null,
    occurred_at timestamptz  not null
);
create index park_view_city on park_view (city_code);

-- plan.park-scheduled: the year a park is planned to complete its transformation, per programme.
create table park_schedule (
    programme_code varchar(20) not null,
    park_code      varchar(20) not null,
    year           integer     not null,
    event_id       uuid        not null,
    occurred_at    timestamptz not null,
    primary key (programme_code, park_code)
);

-- acceptance.filed: the provincial filing (备案) that counts a park as completed; the first filing counts.
create table park_completion (
    park_code      varchar(20)  primary key,
    application_id varchar(100) not null,
    filed_at       timestamptz  not null,
    filed_by       varchar(200),
    event_id       uuid         not null
);
