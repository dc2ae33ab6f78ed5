-- The whole registry (docs/decisions.md, 42): parks imported in bulk, renamed, moved to another level, merged
-- into another park and retired, each change kept in an append-only history and announced on parks.events.

-- A park is ACTIVE until it is retired or merged into another park; it keeps its code (never reused), its name
-- and its history. A merged park is retired and names the park it went into.
alter table park add column status varchar(10) not null default 'ACTIVE'
    check (status in ('ACTIVE', 'RETIRED'));
alter table park add column retired_on date;
alter table park add column merged_into varchar(12) references park (code);
-- 统一社会信用代码 (GB 32100) of the park administration, when the import gives one: 18 characters of the
-- standard's alphabet (no I, O, S, V, Z); the check character is verified by the application.
alter table park add column credit_code char(18) unique
    check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$');
alter table park add constraint park_retired_has_a_day check ((status = 'RETIRED') = (retired_on is not null));
alter table park add constraint park_merged_is_retired check (merged_into is null or (status = 'RETIRED' and merged_into <> code));
create index park_status on park (status);

-- Every change of a park, in the order made. Append-only: the trigger refuses updates and deletes, as the
-- reporting event log's does; a correction is a new change.
create table park_change (
    id             bigserial     primary key,
    park_code      varchar(12)   not null references park (code),
    kind           varchar(20)   not null
        check (kind in ('REGISTERED', 'IMPORTED', 'RENAMED', 'LEVEL_CHANGED', 'MERGED', 'RETIRED')),
    effective_on   date          not null,
    previous_value varchar(100),
    new_value      varchar(100),
    document       varchar(100),
    reason         varchar(1000),
    actor          varchar(100)  not null,
    event_id       uuid,          -- the outbox row that announced it; null for the history of the seeded parks
    recorded_at    timestamptz   not null default now()
);
create index park_change_park on park_change (park_code, id);

create function park_change_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'park_change is append-only (% refused)', tg_op;
end $$;
create trigger park_change_append_only before update or delete on park_change
    for each statement execute function park_change_append_only();

-- The parks registered before the history existed (Attachment 2's 106, and any registered through the API):
-- one REGISTERED entry each, dated by the row's creation, so every park's history starts with its registration.
insert into park_change (park_code, kind, effective_on, new_value, actor, recorded_at)
select code, 'REGISTERED', (created_at at time zone 'Asia/Shanghai')::date, name,
       case when code <= 'SDP106' and length(code) = 6 then 'system' else 'unknown' end, created_at
from park
order by code;
