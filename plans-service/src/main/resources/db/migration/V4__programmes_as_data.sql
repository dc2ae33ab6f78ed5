-- Programmes become data the province maintains (issue 7, item 1): a status, a goal statement in
-- the programme's own words, a version for ETag/If-Match, and the history of every schedule change.

-- draft: being prepared, not yet in force (its parks are not yet anyone's yearly list);
-- active: in force; closed: finished, nothing more is scheduled. Existing rows (2018-2020) are active.
alter table programme
    add column status varchar(10) not null default 'ACTIVE'
        constraint programme_status check (status in ('DRAFT', 'ACTIVE', 'CLOSED')),
    add column goal_statement varchar(500),
    add column version bigint not null default 0,
    add column updated_at timestamptz not null default now();
alter table programme alter column status set default 'DRAFT';

update programme
set goal_statement = '到2020年，全部国家级园区、50%以上的省级园区实施循环化改造'
where code = '2018-2020';

-- A schedule entry's version: its ETag when the province moves or withdraws the park.
alter table scheduled_completion add column version bigint not null default 0;

-- Who scheduled, rescheduled or withdrew which park, when and why. Append-only: a park's current
-- year is scheduled_completion; this table is how it got there.
create table schedule_change (
    id              uuid         primary key,
    programme_code  varchar(20)  not null references programme (code),
    park_code       varchar(20)  not null,
    kind            varchar(12)  not null
        constraint schedule_change_kind check (kind in ('SCHEDULED', 'RESCHEDULED', 'WITHDRAWN')),
    previous_year   integer,
    year            integer,
    reason          varchar(500),
    changed_by      varchar(100) not null,
    -- The request that made the change: parks scheduled together in bulk share it.
    batch_id        uuid         not null,
    changed_at      timestamptz  not null default now(),
    -- Each kind says which years it has: scheduled has a year, rescheduled both, withdrawn the old one.
    constraint schedule_change_years check (
        (kind = 'SCHEDULED' and previous_year is null and year is not null)
        or (kind = 'RESCHEDULED' and previous_year is not null and year is not null and previous_year <> year)
        or (kind = 'WITHDRAWN' and previous_year is not null and year is null)),
    -- Moving or withdrawing a park always says why.
    constraint schedule_change_reason check (kind = 'SCHEDULED' or reason is not null)
);
create index schedule_change_park on schedule_change (programme_code, park_code, changed_at);

create function schedule_change_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'schedule_change is append-only' using errcode = 'restrict_violation';
end
$$;
create trigger schedule_change_append_only
    before update or delete on schedule_change
    for each row execute function schedule_change_append_only();

-- The seed's schedules begin the history: Attachment 2 scheduled them when the programme was issued.
insert into schedule_change (id, programme_code, park_code, kind, previous_year, year, reason, changed_by, batch_id,
                             changed_at)
select gen_random_uuid(), s.programme_code, s.park_code, 'SCHEDULED', null, s.year,
       '鲁经信循〔2018〕336号 附件2', 'system', '00000000-0000-0000-0000-000000002018', p.created_at
from scheduled_completion s
join programme p on p.code = s.programme_code;
create index schedule_change_batch on schedule_change (batch_id);

-- Announce the 2018-2020 programme's definition as plan.programme-defined through the outbox, as
-- EventOutbox would (key and subject = the programme's code), so that reporting measures its goals
-- with the programme's own shares rather than numbers fixed in its code.
insert into outbox_event (id, topic, event_key, event_type, source, subject, occurred_at,
                          actor, correlation_id, payload)
select gen_random_uuid(), 'plans.events', p.code, 'plan.programme-defined', '/plans-service', p.code, now(),
       'system', 'seed:programme-2018-2020',
       json_build_object('programmeCode', p.code,
                         'name', p.name,
                         'document', p.document_number,
                         'startYear', p.start_year,
                         'endYear', p.end_year,
                         'nationalGoalShare', p.national_goal_share,
                         'provincialGoalShare', p.provincial_goal_share,
                         'goalStatement', p.goal_statement,
                         'status', p.status,
                         'actor', 'system',
                         'correlationId', 'seed:programme-2018-2020')::text
from programme p
where p.code = '2018-2020';
