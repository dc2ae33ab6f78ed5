-- acceptance-service schema: acceptance applications and the Idempotency-Key records of creates.
-- The local park directory they reference (park_directory, a copy fed by parks.events; never read from
-- parks-service) is platform-common's migration db/park-directory/V0_2, which runs before this one.

-- 验收申请: one park's application, its city review (评审验收) and the provincial filing (备案).
-- city_code and level are copied from the directory when the park applies: the application stays
-- with the city that reviewed it even if the park's city changes later (e.g. 莱芜 merged into 济南).
create table acceptance_application (
    id              uuid          primary key,
    park_code       varchar(20)   not null references park_directory (park_code),
    city_code       varchar(6)    not null,
    level           varchar(20)   not null,
    status          varchar(20)   not null,      -- ApplicationStatus; transitions live in the enum
    summary         varchar(4000) not null,
    submitted_by    varchar(200)  not null,
    submitted_at    timestamptz   not null,
    review_outcome  varchar(20),
    review_score    integer       check (review_score between 0 and 100),
    review_comments varchar(4000),
    reviewed_by     varchar(200),
    reviewed_at     timestamptz,
    filed_by        varchar(200),
    filed_at        timestamptz,
    filing_remarks  varchar(4000),
    version         bigint        not null default 0
);

-- At most one open application per park, even under concurrent requests.
-- Keep the list equal to ApplicationStatus#isOpen.
create unique index acceptance_application_one_open_per_park
    on acceptance_application (park_code)
    where status in ('SUBMITTED', 'RETURNED', 'PASSED', 'FILED');
create index acceptance_application_city_status on acceptance_application (city_code, status);
create index acceptance_application_submitted on acceptance_application (submitted_at desc, id);

-- Idempotency-Key of creates, scoped by caller: the same key and body return the first result;
-- the same key with another body is refused. Written in the create's transaction.
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
