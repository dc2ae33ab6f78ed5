-- City annual reports (issue 9, item 4; docs/decisions.md 46): each city reports yearly on its parks' circular
-- transformation and its suggestions, due 31 January of the following year (于次年1月31日前…报送).

-- The cities that report: the 17 cities of Shandong as GB/T 2260 listed them in 2018 (Attachment 1's rows).
-- A city abolished by the end of a year (city_succession, kept from park.city-abolished) owes no report for
-- that year or later: 莱芜市 (abolished 2019-01-09) reports for 2018, its parks are in 济南市's from 2019.
create table annual_report_city (
    city_code varchar(6)  primary key check (city_code ~ '^[0-9]{6}$'),
    city_name varchar(50) not null
);
insert into annual_report_city (city_code, city_name) values
    ('370100', '济南市'), ('370200', '青岛市'), ('370300', '淄博市'), ('370400', '枣庄市'), ('370500', '东营市'),
    ('370600', '烟台市'), ('370700', '潍坊市'), ('370800', '济宁市'), ('370900', '泰安市'), ('371000', '威海市'),
    ('371100', '日照市'), ('371200', '莱芜市'), ('371300', '临沂市'), ('371400', '德州市'), ('371500', '聊城市'),
    ('371600', '滨州市'), ('371700', '菏泽市');

-- One report per city and year. DRAFT -> SUBMITTED -> RETURNED -> SUBMITTED ... (AnnualReportStatus owns the
-- moves; AnnualReports takes a row lock; these checks hold the same rules should the code be wrong).
create table annual_report (
    id                 uuid         primary key,
    city_code          varchar(6)   not null references annual_report_city (city_code),
    year               integer      not null check (year between 2000 and 2100),
    status             varchar(10)  not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED')),
    progress           text         check (char_length(progress) <= 10000),
    problems           text         check (char_length(problems) <= 5000),
    suggestions        text         check (char_length(suggestions) <= 5000),
    -- The figures frozen at the last submission (JSON of AnnualReportViews.Figures); null until the first.
    figures            jsonb,
    -- The first submission decides on time or late (days_late 0 = on time); a resubmission after a return
    -- does not make a report that came in time late (decision 46).
    first_submitted_at timestamptz,
    days_late          integer      check (days_late >= 0),
    submitted_at       timestamptz,
    submitted_by       varchar(200),
    submissions        integer      not null default 0 check (submissions >= 0),
    returned_at        timestamptz,
    returned_by        varchar(200),
    return_reasons     jsonb,
    created_at         timestamptz  not null,
    created_by         varchar(200) not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(200) not null,
    version            bigint       not null check (version >= 0),
    constraint annual_report_one_per_city_and_year unique (city_code, year),
    constraint annual_report_submitted_has_figures
        check (status <> 'SUBMITTED' or (figures is not null and submitted_at is not null and progress is not null)),
    constraint annual_report_returned_has_reasons check (status <> 'RETURNED' or return_reasons is not null),
    constraint annual_report_lateness_with_first_submission
        check ((first_submitted_at is null) = (days_late is null) and (first_submitted_at is null) = (submissions = 0))
);
create index annual_report_year on annual_report (year, city_code);

-- Every submission as the province received it, texts and frozen figures included, and whether it was
-- returned and why: a report returned and submitted again keeps what was returned. Rows are only appended,
-- except that the return is written once into the row it concerns.
create table annual_report_submission (
    report_id      uuid         not null references annual_report (id),
    number         integer      not null check (number >= 1),
    submitted_at   timestamptz  not null,
    submitted_by   varchar(200) not null,
    days_late      integer      not null check (days_late >= 0),
    progress       text         not null,
    problems       text,
    suggestions    text,
    figures        jsonb        not null,
    returned_at    timestamptz,
    returned_by    varchar(200),
    return_reasons jsonb,
    primary key (report_id, number)
);

create function annual_report_submission_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'annual_report_submission is append-only';
    end if;
    if old.returned_at is not null or new.returned_at is null
            or (new.report_id, new.number, new.submitted_at, new.submitted_by, new.days_late, new.progress,
                new.figures::text) is distinct from
               (old.report_id, old.number, old.submitted_at, old.submitted_by, old.days_late, old.progress,
                old.figures::text)
            or new.problems is distinct from old.problems or new.suggestions is distinct from old.suggestions then
        raise exception 'a submission is kept as received; only its return is recorded, once';
    end if;
    return new;
end $$;
create trigger annual_report_submission_append_only before update or delete on annual_report_submission
    for each row execute function annual_report_submission_append_only();
