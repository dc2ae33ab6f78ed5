-- Programmes (the 2018-2020 plan, later 2021-2025 ...) and the year each park is scheduled to complete
-- its circular transformation. The local copy of the parks (park_directory, from parks.events) is
-- platform-common's db/park-directory migration.

create table programme (
    code                   varchar(20)  primary key,            -- e.g. 2018-2020; stable, never reused
    name                   varchar(200) not null,
    document_number        varchar(100) not null,               -- e.g. 鲁经信循〔2018〕336号
    start_year             integer      not null,
    end_year               integer      not null,
    -- Goal coverage by the end year: share of national / provincial parks to be transformed.
    national_goal_share    numeric(3, 2) not null check (national_goal_share between 0 and 1),
    provincial_goal_share  numeric(3, 2) not null check (provincial_goal_share between 0 and 1),
    created_at             timestamptz  not null default now(),
    constraint programme_years check (start_year <= end_year)
);

create table scheduled_completion (
    programme_code  varchar(20) not null references programme (code),
    park_code       varchar(20) not null,                      -- SDPnnn; the park need not be known locally yet
    year            integer     not null,
    primary key (programme_code, park_code)
);
create index scheduled_completion_park on scheduled_completion (park_code);

-- A park can only be scheduled within its programme's years. A trigger, because a check constraint
-- cannot look at the programme row.
create function scheduled_completion_within_programme() returns trigger
    language plpgsql as $$
declare
    first_year integer;
    last_year  integer;
begin
    select start_year, end_year into first_year, last_year from programme where code = new.programme_code;
    if found and (new.year < first_year or new.year > last_year) then
        raise exception 'park % scheduled for %, outside programme % (% to %)',
            new.park_code, new.year, new.programme_code, first_year, last_year
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger scheduled_completion_within_programme
    before insert or update on scheduled_completion
    for each row execute function scheduled_completion_within_programme();

-- The same rule seen from the programme: its years cannot shrink past a schedule it already holds.
create function programme_years_cover_schedules() returns trigger
    language plpgsql as $$
begin
    if exists (select 1 from scheduled_completion
               where programme_code = new.code and (year < new.start_year or year > new.end_year)) then
        raise exception 'programme % (% to %) would leave scheduled parks outside its years',
            new.code, new.start_year, new.end_year
            using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger programme_years_cover_schedules
    before update of start_year, end_year on programme
    for each row execute function programme_years_cover_schedules();
