-- Acceptance under the provincial 验收评价办法 (issue 8): the approved plans' projects, what a park
-- achieved when it applied, versioned score sheets, the expert roster, expert panel reviews, and
-- filing numbers (备案号).

-- The projects of each park's approved implementation plan (plan.implementation-approved carries
-- them): the park reports each one's completion when it applies. Replaced with the plan's targets.
create table approved_plan_project (
    park_code      varchar(20)  not null,
    programme_code varchar(9)   not null,
    project_id     uuid         not null,
    position       integer      not null,
    name           varchar(200) not null,
    primary key (park_code, programme_code, project_id),
    foreign key (park_code, programme_code) references approved_plan (park_code, programme_code) on delete cascade
);

-- The application names the programme whose approved plan it answers (null in older applications).
alter table acceptance_application add column programme_code varchar(9);
-- UNDER_REVIEW is open too: keep the list equal to ApplicationStatus#isOpen.
drop index acceptance_application_one_open_per_park;
create unique index acceptance_application_one_open_per_park
    on acceptance_application (park_code)
    where status in ('SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'PASSED', 'FILED');

-- What the park achieved per indicator of its approved plan, with the plan's baseline and target
-- copied when it applied (or resubmitted): the review judges against the plan the park applied under.
create table application_achievement (
    application_id uuid          not null references acceptance_application (id) on delete cascade,
    indicator      varchar(40)   not null,
    unit           varchar(20)   not null,
    achieved_value numeric(18,4) not null check (achieved_value >= 0),
    baseline_value numeric(18,4) not null,
    target_year    integer       not null,
    target_value   numeric(18,4) not null,
    primary key (application_id, indicator),
    constraint application_achievement_percentage check (unit <> '%' or achieved_value <= 100)
);

-- The completion the park reported for each project of its approved plan.
create table application_project (
    application_id uuid          not null references acceptance_application (id) on delete cascade,
    project_id     uuid          not null,
    position       integer       not null,
    name           varchar(200)  not null,
    completion     varchar(20)   not null check (completion in ('COMPLETED', 'PARTLY_COMPLETED', 'NOT_STARTED')),
    note           varchar(1000),
    primary key (application_id, project_id)
);

-- Score sheets (评分表) as data: versions, never edited; the newest is in force. Criteria and bands
-- are checked by ScoreSheetPublished (platform-events) before a version is stored.
create table score_sheet (
    version      integer      primary key check (version >= 1),
    name         varchar(200) not null,
    total_points integer      not null check (total_points between 1 and 1000),
    pass_line    numeric(6,1) not null check (pass_line >= 0 and pass_line <= total_points),
    criteria     jsonb        not null,      -- [{code, name, maxPoints}], maxima add up to total_points
    bands        jsonb        not null,      -- [{grade, minScore}], highest first, the last at 0
    published_by varchar(200) not null,
    published_at timestamptz  not null
);
create function score_sheet_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'score sheet versions are never changed: publish a new version instead';
end $$;
create trigger score_sheet_immutable before update or delete on score_sheet
    for each row execute function score_sheet_immutable();

-- The default sheet: 100 points, the bands of national eco-industrial park reviews (DOMAIN.md).
insert into score_sheet (version, name, total_points, pass_line, criteria, bands, published_by, published_at)
values (1, '园区循环化改造验收评分表（2018版）', 100, 60,
        '[{"code":"PLAN_TASKS","name":"实施方案目标任务完成情况","maxPoints":25},
          {"code":"INDICATORS","name":"循环化改造指标完成情况","maxPoints":30},
          {"code":"PROJECTS","name":"重点项目建设情况","maxPoints":25},
          {"code":"MANAGEMENT","name":"管理机制和保障措施","maxPoints":10},
          {"code":"DOCUMENTATION","name":"验收材料完整性和规范性","maxPoints":10}]',
        '[{"grade":"优秀","minScore":90},{"grade":"良好","minScore":80},{"grade":"中等","minScore":70},
          {"grade":"合格","minScore":60},{"grade":"不合格","minScore":0}]',
        'system', timestamptz '2018-09-01 09:00:00+08');

-- The expert roster (专家库): who may sit on a review panel. Maintained by the province; seeded with
-- the demo realm's experts.
create table expert (
    username     varchar(200) primary key,
    name         varchar(100) not null,
    organisation varchar(200) not null,
    specialty    varchar(200),
    active       boolean      not null default true,
    version      bigint       not null default 0,
    updated_by   varchar(200) not null,
    updated_at   timestamptz  not null
);
insert into expert (username, name, organisation, specialty, updated_by, updated_at) values
    ('expert.wang', '王建国', '山东省节能技术服务中心', '资源循环利用', 'system', timestamptz '2018-09-01 09:00:00+08'),
    ('expert.zhang', '张丽华', '山东大学环境科学与工程学院', '工业固体废物综合利用', 'system', timestamptz '2018-09-01 09:00:00+08'),
    ('expert.liu', '刘志强', '山东省环境规划研究院', '园区水循环利用', 'system', timestamptz '2018-09-01 09:00:00+08');

-- A review (评审验收) of one submission: opened by the city with the score sheet in force frozen on it.
create table acceptance_review (
    id                uuid          primary key,
    application_id    uuid          not null references acceptance_application (id),
    round             integer       not null check (round >= 1),
    sheet_version     integer       not null references score_sheet (version),
    status            varchar(20)   not null check (status in ('OPEN', 'DECIDED')),
    opened_by         varchar(200)  not null,
    opened_at         timestamptz   not null,
    panel_score       numeric(6,1),
    grade             varchar(20),
    outcome           varchar(20),
    reasons           varchar(4000),
    decided_by        varchar(200),
    decided_at        timestamptz,
    version           bigint        not null default 0,
    unique (application_id, round)
);
alter table acceptance_application add column current_review_id uuid references acceptance_review (id);

-- The panel: experts of the roster, at least three before anyone may pass or fail the application.
create table review_panel_member (
    review_id   uuid          not null references acceptance_review (id),
    expert      varchar(200)  not null references expert (username),
    position    integer       not null,
    assigned_by varchar(200)  not null,
    assigned_at timestamptz   not null,
    primary key (review_id, expert)
);
create index review_panel_member_expert on review_panel_member (expert);

-- One expert's scoring of every criterion of the frozen sheet; replaced while the review is open.
create table expert_score (
    review_id uuid          not null references acceptance_review (id),
    expert    varchar(200)  not null,
    points    jsonb         not null,      -- [{criterion, points, comment}] in the sheet's order
    total     integer       not null check (total >= 0),
    comments  varchar(4000),
    scored_at timestamptz   not null,
    primary key (review_id, expert),
    foreign key (review_id, expert) references review_panel_member (review_id, expert) on delete cascade
);

-- Filing numbers (备案号) 鲁园循备〔YYYY〕第N号: gapless within a filing year. The counter row is
-- incremented in the filing's transaction, so a failed filing gives its number back and concurrent
-- filings take turns on the row.
create table filing_number_counter (
    year        integer primary key check (year between 2000 and 2100),
    last_number integer not null check (last_number >= 1)
);
alter table acceptance_application add column filing_year integer;
alter table acceptance_application add column filing_sequence integer;
alter table acceptance_application add column filing_number varchar(30) unique;
alter table acceptance_application add constraint acceptance_application_filing_number_once
    unique (filing_year, filing_sequence);
-- The province's reasons when it sent a passed application back to the city (latest).
alter table acceptance_application add column filing_returned_reasons varchar(4000);
