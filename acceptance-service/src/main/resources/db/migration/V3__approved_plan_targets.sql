-- The targets of each park's approved implementation plan (实施方案), per programme: a copy kept from
-- plans.events (plan.implementation-approved), never read from plans-service. The acceptance of a park
-- is judged against these targets (achieved values in the same units and ranges; a later change).
--
-- One row per park and programme: the newest approved revision. A later revision replaces the row and
-- all its targets; an older revision's event arriving late (a redelivery) changes nothing, because the
-- revisions are compared, not the arrival order. No foreign key to park_directory: plans.events and
-- parks.events are separate topics, and a plan may arrive before its park's registration.
create table approved_plan (
    park_code      varchar(20)  not null,
    programme_code varchar(9)   not null,
    city_code      varchar(6)   not null,      -- the city that approved it (the event's), which scopes reads
    plan_id        uuid         not null,      -- plans-service's id of the approved version
    revision       integer      not null check (revision >= 1),
    approved_at    timestamptz  not null,      -- the event's ce_time (its arrival if it had none)
    event_id       uuid         not null,      -- the event that wrote the row
    primary key (park_code, programme_code)
);
create index approved_plan_city on approved_plan (city_code);

-- One indicator's baseline and target in the unit the event carried (platform-events' Indicator).
create table approved_plan_target (
    park_code      varchar(20)   not null,
    programme_code varchar(9)    not null,
    indicator      varchar(40)   not null check (indicator in ('RESOURCE_PRODUCTIVITY', 'LAND_PRODUCTIVITY',
                                     'ENERGY_PRODUCTIVITY', 'SOLID_WASTE_UTILISATION', 'WATER_REUSE',
                                     'DOMESTIC_WASTE_UTILISATION', 'COD_EMISSIONS', 'AMMONIA_NITROGEN_EMISSIONS',
                                     'SO2_EMISSIONS', 'NOX_EMISSIONS')),
    unit           varchar(20)   not null,
    baseline_year  integer       not null,
    baseline_value numeric(18,4) not null check (baseline_value >= 0),
    target_year    integer       not null,
    target_value   numeric(18,4) not null check (target_value >= 0),
    primary key (park_code, programme_code, indicator),
    foreign key (park_code, programme_code) references approved_plan (park_code, programme_code) on delete cascade,
    constraint approved_plan_target_years check (baseline_year <= target_year),
    -- A percentage lies in 0-100.
    constraint approved_plan_target_percentage check (
        unit <> '%' or (baseline_value <= 100 and target_value <= 100))
);
