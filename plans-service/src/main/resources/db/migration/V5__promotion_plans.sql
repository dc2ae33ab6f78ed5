-- Cities' yearly promotion plans (推进计划, issue 7 item 2): per city and year, the parks the city
-- transforms that year, each with its main transformation contents (主要改造内容) and milestones
-- (时间节点). Every row of promotion_plan is one version of a city's plan for a year: an acknowledged
-- version is never edited, a change after acknowledgement is a new version (as implementation plans, V3).

create table promotion_plan (
    id                 uuid          primary key,
    city_code          varchar(6)    not null check (city_code ~ '^[0-9]{6}$'),
    year               integer       not null check (year between 2000 and 2100),
    revision           integer       not null check (revision >= 1),
    -- PromotionPlanStatus; the transitions live in the enum.
    status             varchar(20)   not null
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACKNOWLEDGED', 'SUPERSEDED')),
    created_by         varchar(200)  not null,
    created_at         timestamptz   not null,
    submitted_by       varchar(200),
    submitted_at       timestamptz,
    decided_by         varchar(200),
    decided_at         timestamptz,
    decision_outcome   varchar(20)   check (decision_outcome in ('ACKNOWLEDGED', 'RETURNED')),
    decision_comments  varchar(4000),
    superseded_at      timestamptz,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    constraint promotion_plan_revision unique (city_code, year, revision),
    constraint promotion_plan_returned_with_comments
        check (decision_outcome <> 'RETURNED' or decision_comments is not null)
);
-- At most one version on its way and one acknowledged (in force) version per city and year.
-- Keep the lists equal to PromotionPlanStatus#isOpen.
create unique index promotion_plan_one_open on promotion_plan (city_code, year)
    where status in ('DRAFT', 'SUBMITTED', 'RETURNED');
create unique index promotion_plan_one_acknowledged on promotion_plan (city_code, year)
    where status = 'ACKNOWLEDGED';
create index promotion_plan_created on promotion_plan (created_at desc, id);

-- A park of a version and what it transforms that year.
create table promotion_plan_park (
    plan_id    uuid           not null references promotion_plan (id),
    park_code  varchar(20)    not null references park_directory (park_code),
    position   integer        not null,
    contents   varchar(2000)  not null check (contents ~ '\S'),
    primary key (plan_id, park_code)
);

-- A milestone of a park in a version. milestone_id stays the same across the versions of a city's plan
-- for a year (so a comparison can tell a changed milestone from a new one, and done stays done); id is
-- this version's row. A milestone is done when done_on is set (who and when recorded with it).
create table promotion_milestone (
    id            uuid          primary key,
    plan_id       uuid          not null,
    park_code     varchar(20)   not null,
    milestone_id  uuid          not null,
    position      integer       not null,
    due_date      date          not null,
    description   varchar(500)  not null check (description ~ '\S'),
    done_on       date,
    done_by       varchar(200),
    done_at       timestamptz,
    foreign key (plan_id, park_code) references promotion_plan_park (plan_id, park_code),
    constraint promotion_milestone_once_per_version unique (plan_id, milestone_id),
    constraint promotion_milestone_done_recorded
        check ((done_on is null) = (done_by is null) and (done_on is null) = (done_at is null))
);
create index promotion_milestone_milestone on promotion_milestone (milestone_id);

-- A version's parks and milestones change only while it is a draft or returned (PromotionPlanStatus#isEditable).
-- The one exception is recording a milestone done, an operational update rather than a change of the plan:
-- it may set done_on (once, changing nothing else) on a submitted or acknowledged version.
create function promotion_plan_status_of(version_id uuid) returns varchar
    language sql stable as $$
    select status from promotion_plan where id = version_id
$$;

create function promotion_plan_park_editable() returns trigger
    language plpgsql as $$
declare
    version_id uuid := (case when tg_op = 'DELETE' then old.plan_id else new.plan_id end);
    plan_status varchar(20) := promotion_plan_status_of(version_id);
begin
    if plan_status not in ('DRAFT', 'RETURNED') then
        raise exception 'promotion plan % is % and cannot be edited; revise it as a new version',
            version_id, plan_status using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger promotion_plan_park_editable
    before insert or update or delete on promotion_plan_park
    for each row execute function promotion_plan_park_editable();

create function promotion_milestone_editable() returns trigger
    language plpgsql as $$
declare
    version_id uuid := (case when tg_op = 'DELETE' then old.plan_id else new.plan_id end);
    plan_status varchar(20) := promotion_plan_status_of(version_id);
begin
    if plan_status in ('DRAFT', 'RETURNED') then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_op = 'UPDATE' and plan_status in ('SUBMITTED', 'ACKNOWLEDGED') then
        if old.done_on is null and new.done_on is not null
                and (new.id, new.plan_id, new.park_code, new.milestone_id, new.position, new.due_date, new.description)
                    is not distinct from
                    (old.id, old.plan_id, old.park_code, old.milestone_id, old.position, old.due_date, old.description) then
            return new;
        end if;
    end if;
    raise exception 'promotion plan % is % and its milestones cannot be changed; revise it as a new version',
        version_id, plan_status using errcode = 'check_violation';
end
$$;
create trigger promotion_milestone_editable
    before insert or update or delete on promotion_milestone
    for each row execute function promotion_milestone_editable();
