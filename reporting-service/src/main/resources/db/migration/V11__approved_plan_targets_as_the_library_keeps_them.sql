-- The approved plan-targets read model is written once, in platform-common (plantargets.ApprovedPlanTargets,
-- docs/decisions.md 57), for this service and acceptance-service alike: V3's tables become the library's.
-- approved_plan stays as it is (its primary key lists the same columns in another order, which no statement
-- notices, and its city index also serves this service's programme filter); plan_target takes the library's
-- name with every row, and its constraints take the names they have in acceptance-service and db/plan-targets.
alter table plan_target rename to approved_plan_target;
alter table approved_plan_target rename constraint plan_target_pkey to approved_plan_target_pkey;
alter table approved_plan_target rename constraint plan_target_programme_code_park_code_fkey
    to approved_plan_target_park_code_programme_code_fkey;
alter table approved_plan_target rename constraint plan_target_indicator_check to approved_plan_target_indicator_check;
alter table approved_plan_target rename constraint plan_target_baseline_value_check
    to approved_plan_target_baseline_value_check;
alter table approved_plan_target rename constraint plan_target_target_value_check
    to approved_plan_target_target_value_check;
alter table approved_plan_target rename constraint plan_target_years to approved_plan_target_years;
alter table approved_plan_target rename constraint plan_target_percentage to approved_plan_target_percentage;

-- The plan's projects, which plan.implementation-approved carries and the library keeps with the targets (the
-- reports do not show them yet).
create table approved_plan_project (
    park_code      varchar(20)  not null,
    programme_code varchar(9)   not null,
    project_id     uuid         not null,
    position       integer      not null,
    name           varchar(200) not null,
    primary key (park_code, programme_code, project_id),
    foreign key (park_code, programme_code) references approved_plan (park_code, programme_code) on delete cascade
);

-- The plans already held get their projects from the approval that wrote each (event_log keeps its data as
-- published), so the table is what a rebuild from the event log would make; approvals announced before projects
-- travelled have none.
insert into approved_plan_project (park_code, programme_code, project_id, position, name)
select a.park_code, a.programme_code, cast(p.project ->> 'projectId' as uuid), cast(p.ordinal - 1 as integer),
       p.project ->> 'name'
from approved_plan a
join event_log e on e.event_id = a.event_id
cross join lateral jsonb_array_elements(
        case when jsonb_typeof(e.data -> 'projects') = 'array' then e.data -> 'projects' else '[]'::jsonb end)
    with ordinality as p(project, ordinal);
