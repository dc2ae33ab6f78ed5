-- Park implementation plans (实施方案): each park's targets per indicator and its projects, drafted by the
-- park's management committee and approved by its city; project progress (定期调度); and the
-- Idempotency-Key records of creates. Every row of implementation_plan is one version of a park's plan
-- under a programme: an approved version is never edited, a revision is a new version.

create table implementation_plan (
    id                uuid          primary key,
    park_code         varchar(20)   not null references park_directory (park_code),
    -- The park's city when the plan was started: the city that approves it (as in acceptance).
    city_code         varchar(6)    not null,
    programme_code    varchar(20)   not null references programme (code),
    revision          integer       not null check (revision >= 1),
    -- PlanStatus; the transitions live in the enum.
    status            varchar(20)   not null
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED')),
    created_by        varchar(200)  not null,
    created_at        timestamptz   not null,
    submitted_by      varchar(200),
    submitted_at      timestamptz,
    decided_by        varchar(200),
    decided_at        timestamptz,
    decision_outcome  varchar(20)   check (decision_outcome in ('APPROVED', 'RETURNED')),
    decision_reasons  varchar(4000),
    superseded_at     timestamptz,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    constraint implementation_plan_revision unique (park_code, programme_code, revision),
    constraint implementation_plan_returned_with_reasons
        check (decision_outcome <> 'RETURNED' or decision_reasons is not null)
);
-- At most one version on its way to approval, and one approved version, per park and programme.
-- Keep the lists equal to PlanStatus#isOpen.
create unique index implementation_plan_one_open on implementation_plan (park_code, programme_code)
    where status in ('DRAFT', 'SUBMITTED', 'RETURNED');
create unique index implementation_plan_one_approved on implementation_plan (park_code, programme_code)
    where status = 'APPROVED';
create index implementation_plan_city_status on implementation_plan (city_code, status);
create index implementation_plan_created on implementation_plan (created_at desc, id);

-- One indicator's baseline and target in a version (units: platform-events' Indicator, DOMAIN.md).
create table plan_indicator_target (
    plan_id         uuid          not null references implementation_plan (id),
    position        integer       not null,
    indicator       varchar(40)   not null check (indicator in ('RESOURCE_PRODUCTIVITY', 'LAND_PRODUCTIVITY',
        'ENERGY_PRODUCTIVITY', 'SOLID_WASTE_UTILISATION', 'WATER_REUSE', 'DOMESTIC_WASTE_UTILISATION',
        'COD_EMISSIONS', 'AMMONIA_NITROGEN_EMISSIONS', 'SO2_EMISSIONS', 'NOX_EMISSIONS')),
    baseline_year   integer       not null check (baseline_year between 2000 and 2100),
    baseline_value  numeric(18,4) not null check (baseline_value >= 0),
    target_year     integer       not null check (target_year between 2000 and 2100),
    target_value    numeric(18,4) not null check (target_value >= 0),
    primary key (plan_id, indicator),
    constraint plan_indicator_target_years check (baseline_year <= target_year),
    -- A percentage lies in 0-100 (the indicators whose unit is %).
    constraint plan_indicator_target_percentage check (
        indicator not in ('SOLID_WASTE_UTILISATION', 'WATER_REUSE', 'DOMESTIC_WASTE_UTILISATION')
        or (baseline_value <= 100 and target_value <= 100))
);

-- A project of a version. project_id stays the same across the versions of a park's plan (progress
-- is kept per project_id); id is this version's row.
create table plan_project (
    id                        uuid          primary key,
    plan_id                   uuid          not null references implementation_plan (id),
    project_id                uuid          not null,
    position                  integer       not null,
    name                      varchar(200)  not null,
    kind                      varchar(40)   not null check (kind in ('INDUSTRIAL_CHAIN_LINKING', 'ENERGY_CASCADE_USE',
        'WATER_RECYCLING', 'SOLID_WASTE_RECOVERY', 'INFRASTRUCTURE', 'PUBLIC_SERVICE_PLATFORM', 'OTHER')),
    total_investment          numeric(16,2) not null check (total_investment >= 0),          -- 万元
    funding_enterprise        numeric(16,2) not null check (funding_enterprise >= 0),
    funding_central_budget    numeric(16,2) not null check (funding_central_budget >= 0),
    funding_provincial        numeric(16,2) not null check (funding_provincial >= 0),
    funding_bank_credit       numeric(16,2) not null check (funding_bank_credit >= 0),
    funding_other             numeric(16,2) not null check (funding_other >= 0),
    start_date                date          not null,
    end_date                  date          not null,
    national_code             varchar(24)   check (national_code ~ '^[0-9]{4}-[0-9]{6}-[0-9]{2}-[0-9]{2}-[0-9]{6}$'),
    status                    varchar(20)   not null check (status in ('PLANNED', 'UNDER_CONSTRUCTION', 'COMPLETED')),
    constraint plan_project_once_per_version unique (plan_id, project_id),
    constraint plan_project_dates check (end_date >= start_date),
    -- The funding sources are the whole financing plan (docs/decisions.md).
    constraint plan_project_funding_adds_up check (total_investment = funding_enterprise + funding_central_budget
        + funding_provincial + funding_bank_credit + funding_other)
);
create index plan_project_project on plan_project (project_id);

-- An approved (or submitted, or superseded) version is never edited in place: its targets and projects
-- change only while it is a draft or returned. Keep in step with PlanStatus#isEditable.
create function plan_content_editable() returns trigger
    language plpgsql as $$
declare
    plan_status varchar(20);
begin
    select status into plan_status from implementation_plan
        where id = (case when tg_op = 'DELETE' then old.plan_id else new.plan_id end);
    if plan_status not in ('DRAFT', 'RETURNED') then
        raise exception 'implementation plan % is % and cannot be edited; revise it as a new version',
            (case when tg_op = 'DELETE' then old.plan_id else new.plan_id end), plan_status
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger plan_indicator_target_editable
    before insert or update or delete on plan_indicator_target
    for each row execute function plan_content_editable();
create trigger plan_project_editable
    before insert or update or delete on plan_project
    for each row execute function plan_content_editable();

-- 定期调度: dated progress of a project of an approved version; append-only (history is kept).
create table project_progress (
    id                  uuid          primary key,
    project_id          uuid          not null,
    plan_id             uuid          not null references implementation_plan (id),
    park_code           varchar(20)   not null,
    city_code           varchar(6)    not null,
    reported_on         date          not null,
    percent_complete    numeric(5,2)  not null check (percent_complete between 0 and 100),
    investment_to_date  numeric(16,2) not null check (investment_to_date >= 0),     -- 万元
    note                varchar(4000),
    recorded_by         varchar(200)  not null,
    recorded_at         timestamptz   not null
);
create index project_progress_latest on project_progress (project_id, reported_on desc, recorded_at desc);

create function project_progress_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'project progress is history: record a new report instead of changing one'
        using errcode = 'check_violation';
end
$$;
create trigger project_progress_append_only
    before update or delete on project_progress
    for each row execute function project_progress_append_only();

-- Idempotency-Key of creates, scoped by caller (as in acceptance-service): the same key and body return
-- the first result; the same key with another body is refused. Written in the create's transaction.
create table idempotency_key (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    operation       varchar(100) not null,
    request_hash    varchar(64)  not null,      -- SHA-256 of the operation and the canonical request body
    resource_id     uuid,
    response_status integer,
    created_at      timestamptz  not null default now(),
    primary key (caller, idempotency_key)
);
create index idempotency_key_created_at on idempotency_key (created_at);
