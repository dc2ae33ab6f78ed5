-- Truthful progress and goals against the whole registry (issue 9, items 1 and 2; docs/decisions.md 44).
-- Projections like V1's: rebuilt from event_log by ProjectionRebuild, the same whatever order the events
-- arrived in.

-- park_view learns when each park joined the registry (the earliest park.registered) and when it left it
-- (park.retired: retiredOn; park.merged: effectiveOn, and the park it went into), so that "the registry's
-- active parks at the report's date" can be answered for any day. A park is active on day D when it was
-- registered by the end of D and retired_on is null or after D. status_event_id/status_occurred_at order
-- the status events among themselves (a park retires once; the newest event wins, like the other columns).
alter table park_view
    add column registered_at      timestamptz,
    add column retired_on         date,
    add column merged_into        varchar(20),
    add column status_event_id    uuid,
    add column status_occurred_at timestamptz;

-- The rows already projected: filled from the log itself, so the migration needs no rebuild.
update park_view v
set registered_at = coalesce((select min(l.occurred_at) from event_log l
                              where l.event_type = 'park.registered' and l.data ->> 'parkCode' = v.park_code),
                             v.occurred_at);
alter table park_view alter column registered_at set not null;

update park_view v
set retired_on = s.day, merged_into = s.into_park, status_event_id = s.event_id, status_occurred_at = s.occurred_at
from (select distinct on (l.data ->> 'parkCode') l.data ->> 'parkCode' as park_code,
             cast(coalesce(l.data ->> 'retiredOn', l.data ->> 'effectiveOn') as date) as day,
             l.data ->> 'intoParkCode' as into_park, l.event_id, l.occurred_at
      from event_log l
      where l.event_type in ('park.retired', 'park.merged')
      order by l.data ->> 'parkCode', l.occurred_at desc, l.event_id desc) s
where v.park_code = s.park_code;

-- The level at a day: park.level-changed takes effect on its effectiveOn; before that day the park had
-- previous_level. The latest change (by its day) is kept: a park changes level once or twice in its life.
alter table park_view
    add column previous_level varchar(20) check (previous_level in ('NATIONAL', 'PROVINCIAL')),
    add column level_since    date;

update park_view v
set previous_level = c.previous_level, level_since = c.day
from (select distinct on (l.data ->> 'parkCode') l.data ->> 'parkCode' as park_code,
             l.data ->> 'previousLevel' as previous_level, cast(l.data ->> 'effectiveOn' as date) as day
      from event_log l
      where l.event_type = 'park.level-changed'
      order by l.data ->> 'parkCode', cast(l.data ->> 'effectiveOn' as date) desc, l.occurred_at desc) c
where v.park_code = c.park_code;

create index park_view_registry on park_view (level, city_code);

-- The acceptance pipeline, one row per event of an application (acceptance.applied, review-opened,
-- reviewed, resubmitted, filing-returned), so that the state of every application is known at any instant:
-- the latest step before it. Filings and revocations stay in park_filing (V4) with their own instants.
-- programme_code is the programme the application answers (acceptance.applied only; null in applications
-- made before they named one): a filing counts for that programme, else for the schedule (decision 44).
create table acceptance_step (
    event_id       uuid         primary key,
    application_id varchar(100) not null,
    park_code      varchar(20)  not null,
    step           varchar(20)  not null check (step in ('APPLIED', 'REVIEW_OPENED', 'RESUBMITTED', 'PASSED',
                                                         'FAILED', 'RETURNED', 'FILING_RETURNED')),
    programme_code varchar(20),
    occurred_at    timestamptz  not null
);
create index acceptance_step_park on acceptance_step (park_code);
create index acceptance_step_application on acceptance_step (application_id);

-- The acceptance events already logged.
insert into acceptance_step (event_id, application_id, park_code, step, programme_code, occurred_at)
select l.event_id, l.data ->> 'applicationId', l.data ->> 'parkCode',
       case l.event_type
           when 'acceptance.applied' then 'APPLIED'
           when 'acceptance.review-opened' then 'REVIEW_OPENED'
           when 'acceptance.resubmitted' then 'RESUBMITTED'
           when 'acceptance.filing-returned' then 'FILING_RETURNED'
           else l.data ->> 'outcome'
       end,
       case when l.event_type = 'acceptance.applied' then l.data ->> 'programmeCode' end,
       l.occurred_at
from event_log l
where l.event_type in ('acceptance.applied', 'acceptance.review-opened', 'acceptance.resubmitted',
                       'acceptance.filing-returned', 'acceptance.reviewed')
  and l.data ->> 'applicationId' is not null and l.data ->> 'parkCode' is not null
  and (l.event_type <> 'acceptance.reviewed' or l.data ->> 'outcome' in ('PASSED', 'FAILED', 'RETURNED'));
