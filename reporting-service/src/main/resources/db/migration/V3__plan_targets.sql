-- plan.implementation-approved: the targets of each park's approved implementation plan (实施方案), per
-- programme. Projections like V1's: rebuilt from event_log by ProjectionRebuild, and the same whatever
-- the order the events arrived in. The newest approved revision of a park and programme wins, compared
-- by revision, then by the event's time and id: an older revision's event arriving late (a redelivery,
-- a replay) changes nothing, and a newer revision replaces every target of the older one.
create table approved_plan (
    programme_code varchar(9)   not null,
    park_code      varchar(20)  not null,
    city_code      varchar(6)   not null,      -- the city that approved it (the event's): the read's scope
    plan_id        uuid         not null,      -- plans-service's id of the approved version
    revision       integer      not null check (revision >= 1),
    approved_at    timestamptz  not null,      -- the event's occurred_at
    event_id       uuid         not null,
    primary key (programme_code, park_code)
);
create index approved_plan_city on approved_plan (city_code, programme_code);

-- One indicator's baseline and target, in the unit the event carried (platform-events' Indicator).
create table plan_target (
    programme_code varchar(9)    not null,
    park_code      varchar(20)   not null,
    indicator      varchar(40)   not null check (indicator in ('RESOURCE_PRODUCTIVITY', 'LAND_PRODUCTIVITY',
                                     'ENERGY_PRODUCTIVITY', 'SOLID_WASTE_UTILISATION', 'WATER_REUSE',
                                     'DOMESTIC_WASTE_UTILISATION', 'COD_EMISSIONS', 'AMMONIA_NITROGEN_EMISSIONS',
                                     'SO2_EMISSIONS', 'NOX_EMISSIONS')),
    unit           varchar(20)   not null,
    baseline_year  integer       not null,
    baseline_value numeric(18,4) not null check (baseline_value >= 0),
    target_year    integer       not null,
    target_value   numeric(18,4) not null check (target_value >= 0),
    primary key (programme_code, park_code, indicator),
    foreign key (programme_code, park_code) references approved_plan (programme_code, park_code) on delete cascade,
    constraint plan_target_years check (baseline_year <= target_year),
    constraint plan_target_percentage check (unit <> '%' or (baseline_value <= 100 and target_value <= 100))
);
