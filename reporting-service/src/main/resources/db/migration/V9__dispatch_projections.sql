-- The dispatch view for the joint meeting (联席会议, issue 9 item 5; docs/decisions.md, 47): the cities'
-- promotion plans (推进计划) with their milestones, and the rectifications (整改) that spot checks and
-- supervision visits require. Every table keeps facts, not a state that an event overwrites: each row
-- remembers the event that wrote it, the reads judge "as of" a day from the events' times, and a fact
-- given twice keeps its earliest event. So the rows depend only on which events were logged, not on the
-- order they were read in, and a replay of event_log gives the same rows.

-- plan.promotion-plan-submitted / -returned / -acknowledged: one row per event, the history of each version.
create table dispatch_plan_event (
    event_id    uuid        primary key,
    plan_id     uuid        not null,
    city_code   varchar(6)  not null,
    year        integer     not null check (year between 2000 and 2100),
    revision    integer     not null check (revision >= 1),
    status      varchar(12) not null check (status in ('SUBMITTED', 'RETURNED', 'ACKNOWLEDGED')),
    occurred_at timestamptz not null
);
create index dispatch_plan_event_city_year on dispatch_plan_event (city_code, year);

-- The milestones (时间节点) of an acknowledged version, as its acknowledgement carried them (done_on: done before).
create table dispatch_plan_milestone (
    plan_id      uuid         not null,
    milestone_id uuid         not null,
    city_code    varchar(6)   not null,
    year         integer      not null,
    park_code    varchar(20)  not null,
    due_on       date         not null,
    description  varchar(500) not null,
    done_on      date,
    primary key (plan_id, milestone_id)
);

-- plan.promotion-milestone-done: a milestone is done once; the id is the same in every version of the year's plan.
create table dispatch_milestone_done (
    milestone_id uuid        primary key,
    plan_id      uuid        not null,
    city_code    varchar(6)  not null,
    year         integer     not null,
    park_code    varchar(20) not null,
    done_on      date        not null,
    event_id     uuid        not null,
    occurred_at  timestamptz not null
);

-- acceptance.spot-check-finding-recorded with outcome RECTIFICATION_REQUIRED (限期整改): open until confirmed
-- (acceptance.rectification-confirmed, below) or the filing is revoked (park_filing.revoked_at).
create table dispatch_spot_check_rectification (
    application_id uuid          not null,
    round_code     varchar(7)    not null,
    park_code      varchar(20)   not null,
    city_code      varchar(6)    not null,
    deadline       date          not null,
    reason         varchar(1000) not null,
    event_id       uuid          not null,
    occurred_at    timestamptz   not null,
    primary key (application_id, round_code)
);
create index dispatch_spot_check_rectification_city on dispatch_spot_check_rectification (city_code);

create table dispatch_rectification_confirmed (
    application_id uuid        not null,
    round_code     varchar(7)  not null,
    event_id       uuid        not null,
    occurred_at    timestamptz not null,
    primary key (application_id, round_code)
);

-- plan.supervision-recorded: each action a supervision visit (监督检查) required, open until resolved.
create table dispatch_supervision_action (
    action_id   uuid          primary key,
    record_id   uuid          not null,
    park_code   varchar(20)   not null,
    city_code   varchar(6)    not null,
    visited_on  date          not null,
    description varchar(1000) not null,
    deadline    date          not null,
    event_id    uuid          not null,
    occurred_at timestamptz   not null
);
create index dispatch_supervision_action_city on dispatch_supervision_action (city_code);

-- plan.supervision-action-resolved.
create table dispatch_supervision_resolved (
    action_id   uuid        primary key,
    record_id   uuid        not null,
    resolved_on date        not null,
    event_id    uuid        not null,
    occurred_at timestamptz not null
);
