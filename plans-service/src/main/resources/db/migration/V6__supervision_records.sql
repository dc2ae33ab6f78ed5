-- Supervision records (监督检查): a city's officer visits one of the city's parks and records the day,
-- the findings, the problems found and the actions the park must take by a deadline; later an officer
-- records each action's resolution. A record is an inspection record: what was seen and required on
-- the day is never edited in place; only its actions move OPEN -> RESOLVED, each once.

create table supervision_record (
    id            uuid           primary key,
    park_code     varchar(20)    not null references park_directory (park_code),
    -- The park's city at the visit: the city that supervises it (as for implementation plans).
    city_code     varchar(6)     not null,
    visited_on    date           not null,
    -- Names of the inspectors, optional; at most 20 of at most 100 characters (SupervisionRequests).
    inspectors    varchar(100)[] not null default '{}'
        check (cardinality(inspectors) <= 20 and array_position(inspectors, null) is null),
    findings      varchar(4000)  not null check (btrim(findings) <> ''),
    -- The problems found, in the order given; at most 50 of at most 1000 characters.
    problems      varchar(1000)[] not null default '{}'
        check (cardinality(problems) <= 50 and array_position(problems, null) is null),
    recorded_by   varchar(200)   not null,
    recorded_at   timestamptz    not null,
    -- Moves when an action is resolved, so the record's version (the ETag) moves with it.
    updated_at    timestamptz    not null,
    version       bigint         not null default 0
);
create index supervision_record_park on supervision_record (park_code, visited_on desc);
create index supervision_record_city on supervision_record (city_code, visited_on desc);

-- An action the visit requires of the park. ActionStatus owns the move OPEN -> RESOLVED; the checks
-- and the trigger below back it up.
create table supervision_action (
    id            uuid           primary key,
    record_id     uuid           not null references supervision_record (id),
    position      integer        not null check (position between 0 and 49),
    description   varchar(1000)  not null check (btrim(description) <> ''),
    deadline      date           not null,
    status        varchar(10)    not null check (status in ('OPEN', 'RESOLVED')),
    resolved_on   date,
    resolution    varchar(4000),
    resolved_by   varchar(200),
    resolved_at   timestamptz,
    constraint supervision_action_position unique (record_id, position),
    -- An open action has no resolution; a resolved one has all of it.
    constraint supervision_action_resolution check (
        (status = 'OPEN' and resolved_on is null and resolution is null and resolved_by is null
            and resolved_at is null)
        or (status = 'RESOLVED' and resolved_on is not null and resolution is not null and btrim(resolution) <> ''
            and resolved_by is not null and resolved_at is not null))
);
create index supervision_action_record on supervision_action (record_id, position);
-- Open actions by deadline: what is overdue.
create index supervision_action_open on supervision_action (deadline) where status = 'OPEN';

-- The inspection record itself is history: only its updated_at and version may change (an action's
-- resolution moves them), and nothing is deleted.
create function supervision_record_unchanged() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.id <> old.id or new.park_code <> old.park_code or new.city_code <> old.city_code
            or new.visited_on <> old.visited_on or new.inspectors <> old.inspectors or new.findings <> old.findings
            or new.problems <> old.problems or new.recorded_by <> old.recorded_by
            or new.recorded_at <> old.recorded_at then
        raise exception 'supervision record % is an inspection record and cannot be changed or deleted; '
            'resolve its actions instead', old.id using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger supervision_record_unchanged
    before update or delete on supervision_record
    for each row execute function supervision_record_unchanged();

-- What the visit required stays as required; an action is resolved once (OPEN -> RESOLVED, never back).
create function supervision_action_resolved_once() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.id <> old.id or new.record_id <> old.record_id or new.position <> old.position
            or new.description <> old.description or new.deadline <> old.deadline or old.status <> 'OPEN' then
        raise exception 'supervision action % cannot be changed: what a visit required stays, and an action '
            'is resolved once', old.id using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger supervision_action_resolved_once
    before update or delete on supervision_action
    for each row execute function supervision_action_resolved_once();
