-- Notices (通报) on overdue parks (issue 9, item 3; docs/decisions.md 45). reporting-service owns them because
-- it owns the overdue list they are drafted from. A notice is drafted by the province, edited while a draft,
-- and published once: publication gives it its number and date and freezes it.

create table notice (
    id                 uuid primary key,
    programme_code     varchar(20)   not null,
    -- the programme year whose overdue parks the notice names
    year               integer       not null check (year between 2000 and 2100),
    title              varchar(200)  not null,
    body               varchar(20000) not null,
    status             varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED')),
    -- the day (Asia/Shanghai) the named parks were taken from the overdue list
    parks_as_of        date          not null,
    drafted_by         varchar(200)  not null,
    drafted_at         timestamptz   not null,
    updated_by         varchar(200)  not null,
    updated_at         timestamptz   not null,
    -- 鲁园循通〔YYYY〕第N号: YYYY the publication's year, N counting that year's notices from 1
    publication_year   integer check (publication_year between 2000 and 2100),
    publication_seq    integer check (publication_seq >= 1),
    number             varchar(40)   unique,
    published_on       date,
    published_by       varchar(200),
    published_at       timestamptz,
    version            bigint        not null default 0,
    constraint notice_number_once unique (publication_year, publication_seq),
    -- A draft has no number; a published notice has all of its publication, and its day is in its year.
    constraint notice_published_whole check (
        (status = 'DRAFT' and publication_year is null and publication_seq is null and number is null
             and published_on is null and published_by is null and published_at is null)
        or (status = 'PUBLISHED' and publication_year is not null and publication_seq is not null
             and number is not null and published_on is not null and published_by is not null
             and published_at is not null and extract(year from published_on) = publication_year))
);
create index notice_programme_year on notice (programme_code, year);

-- The parks a notice names, as they stood on the overdue list on parks_as_of. A park scheduled but not
-- registered yet (no name, city or level) cannot be named: a notice tells each city about its parks.
create table notice_park (
    notice_id      uuid         not null references notice (id),
    position       integer      not null check (position >= 0),
    park_code      varchar(20)  not null,
    park_name      varchar(200) not null,
    city_code      varchar(6)   not null,
    city_name      varchar(50)  not null,
    level          varchar(20)  not null check (level in ('NATIONAL', 'PROVINCIAL')),
    scheduled_year integer      not null check (scheduled_year between 2000 and 2100),
    -- on the overdue list on parks_as_of: NOT_FILED, or FILED_LATE on filed_late_on
    status_as_of   varchar(10)  not null check (status_as_of in ('NOT_FILED', 'FILED_LATE')),
    filed_late_on  date,
    days_overdue   bigint       not null check (days_overdue >= 1),
    primary key (notice_id, position),
    constraint notice_park_once unique (notice_id, park_code)
);
create index notice_park_park on notice_park (park_code);
create index notice_park_city on notice_park (city_code);

-- Gapless numbers: the counter row of the year is incremented in the publication's own transaction, so a
-- publication that rolls back gives its number back (a sequence could not promise that).
create table notice_number_counter (
    year        integer primary key check (year between 2000 and 2100),
    last_number integer not null check (last_number >= 1)
);

-- A published notice is a document: nothing of it changes any more, nor do the parks it names.
create function notice_refuse_change_when_published() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.status = 'PUBLISHED' then
        raise exception 'notice % is published: delete refused', old.id using errcode = 'restrict_violation';
    end if;
    if tg_op = 'UPDATE' and old.status = 'PUBLISHED' then
        raise exception 'notice % is published: change refused', old.id using errcode = 'restrict_violation';
    end if;
    return coalesce(new, old);
end;
$$;
create trigger notice_published_frozen
    before update or delete on notice
    for each row execute function notice_refuse_change_when_published();

create function notice_park_refuse_change_when_published() returns trigger language plpgsql as $$
begin
    if exists (select 1 from notice n where n.id = coalesce(old.notice_id, new.notice_id) and n.status = 'PUBLISHED') then
        raise exception 'the parks of published notice % are final: % refused',
            coalesce(old.notice_id, new.notice_id), tg_op using errcode = 'restrict_violation';
    end if;
    return coalesce(new, old);
end;
$$;
create trigger notice_park_published_frozen
    before insert or update or delete on notice_park
    for each row execute function notice_park_refuse_change_when_published();
