-- The approved plan-targets read model of platform-common's plantargets.ApprovedPlanTargets: the targets and
-- projects of each park's approved implementation plan (实施方案), per programme, kept from plans.events
-- (plan.implementation-approved), never read from plans-service. For a service that starts keeping the copy:
-- it lists db/plan-targets in quarkus.flyway.locations. acceptance-service (V3, V4) and reporting-service (V3,
-- V10) created these same tables in their own migrations before the model moved here; those migrations have
-- run in their databases and stay as they are, and neither lists this location (a library migration sorts
-- before theirs, so a new database of theirs would meet the tables twice; docs/decisions.md, 57).
--
-- One row per park and programme: the newest approved revision. A later revision replaces the row and all
-- its targets and projects; an older revision's event arriving late (a redelivery) changes nothing, because
-- the revisions are compared, not the arrival order. No foreign key to park_directory: plans.events and
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

-- The plan's projects, in the plan's order: the park reports each one's completion when it applies.
create table approved_plan_project (
    park_code      varchar(20)  not null,
    programme_code varchar(9)   not null,
    project_id     uuid         not null,
    position       integer      not null,
    name           varchar(200) not null,
    primary key (park_code, programme_code, project_id),
    foreign key (park_code, programme_code) references approved_plan (park_code, programme_code) on delete cascade
);
