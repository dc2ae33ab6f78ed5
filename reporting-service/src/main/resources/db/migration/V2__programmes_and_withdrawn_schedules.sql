-- plan.programme-defined: each programme as plans-service defines it; the newest definition wins.
-- Reporting measures a programme's goals with these shares, not with numbers fixed in code.
create table programme_view (
    programme_code        varchar(20)   primary key,
    name                  varchar(200)  not null,
    document              varchar(100)  not null,
    start_year            integer       not null,
    end_year              integer       not null,
    national_goal_share   numeric(3, 2) not null,
    provincial_goal_share numeric(3, 2) not null,
    goal_statement        varchar(500),
    status                varchar(10)   not null check (status in ('DRAFT', 'ACTIVE', 'CLOSED')),
    event_id              uuid          not null,
    occurred_at           timestamptz   not null
);

-- plan.park-unscheduled: a park taken out of a programme keeps its row, marked withdrawn, so that
-- events of the same park and programme still compare by time whatever order they are read in.
alter table park_schedule add column withdrawn boolean not null default false;
