-- Provincial spot checks (抽查) of filed acceptances, and revocation of a filing (docs/acceptance.md).

-- A revoked application (REVOKED) is closed like a failed one: the park may apply again later. The index
-- names the closed statuses rather than the open ones, as ApplicationStatus#isOpen does, so a status added
-- later is open unless it is added here too. Keep the two in step.
drop index acceptance_application_one_open_per_park;
create unique index acceptance_application_one_open_per_park
    on acceptance_application (park_code)
    where status not in ('FAILED', 'REVOKED');

-- A spot-check round: its population filter, sample size or rate, the recorded seed, its status.
create table spot_check_round (
    code            varchar(7)    primary key check (code ~ '^[0-9]{4}-[0-9]{2}$'),
    name            varchar(200)  not null,
    levels          varchar(20)[] not null,      -- the filter; empty = every level
    city_codes      varchar(6)[]  not null,      -- empty = every city
    filing_years    integer[]     not null,      -- years of filed_at in China Standard Time; empty = every year
    sample_size     integer       check (sample_size >= 1),           -- as asked for, or
    sample_rate     numeric(5,4)  check (sample_rate > 0 and sample_rate <= 1),
    seed            varchar(64)   not null check (seed ~ '^[A-Za-z0-9._-]{1,64}$'),
    status          varchar(20)   not null check (status in ('DRAWN', 'IN_PROGRESS', 'CLOSED')),
    created_by      varchar(200)  not null,
    created_at      timestamptz   not null,
    closed_by       varchar(200),
    closed_at       timestamptz,
    version         bigint        not null default 0,
    constraint spot_check_round_size_or_rate check ((sample_size is null) <> (sample_rate is null)),
    constraint spot_check_round_closed check ((status = 'CLOSED') = (closed_at is not null))
);
create index spot_check_round_created on spot_check_round (created_at desc, code);

-- The experts assigned to a round (usernames of the expert role), in the order given.
create table spot_check_expert (
    round_code varchar(7)   not null references spot_check_round (code),
    position   integer      not null,
    username   varchar(200) not null,
    primary key (round_code, position),
    unique (round_code, username)
);
create index spot_check_expert_username on spot_check_expert (username);

-- The population as drawn from (the filed applications that matched the filter), frozen when the round
-- was drawn: the draw can be recomputed from it and the seed. draw_position is 1..n for the sampled parks.
create table spot_check_population (
    round_code     varchar(7)  not null references spot_check_round (code),
    park_code      varchar(20) not null,
    application_id uuid        not null references acceptance_application (id),
    city_code      varchar(6)  not null,
    level          varchar(20) not null,
    filed_at       timestamptz not null,
    draw_position  integer     check (draw_position >= 1),
    primary key (round_code, park_code),
    unique (round_code, draw_position)
);

-- What the spot check found about one sampled park; RECTIFICATION_REQUIRED is resolved later
-- (CONFIRMED or REVOKED), with its own reasons. Transitions live in FindingStatus.
create table spot_check_finding (
    id                     uuid          primary key,
    round_code             varchar(7)    not null,
    park_code              varchar(20)   not null,
    application_id         uuid          not null references acceptance_application (id),
    city_code              varchar(6)    not null,      -- the application's city: scopes reads
    status                 varchar(30)   not null check (status in ('CONFIRMED', 'RECTIFICATION_REQUIRED', 'REVOKED')),
    outcome                varchar(30)   not null check (outcome in ('CONFIRMED', 'RECTIFICATION_REQUIRED', 'REVOKED')),
    reasons                varchar(1000)[] not null check (cardinality(reasons) between 1 and 20),
    rectification_deadline date,
    recorded_by            varchar(200)  not null,
    recorded_at            timestamptz   not null,
    resolution_reasons     varchar(1000)[],
    resolved_by            varchar(200),
    resolved_at            timestamptz,
    version                bigint        not null default 0,
    -- One finding per sampled park and round, about a park of the round's population.
    unique (round_code, park_code),
    foreign key (round_code, park_code) references spot_check_population (round_code, park_code),
    constraint spot_check_finding_deadline check ((outcome = 'RECTIFICATION_REQUIRED') = (rectification_deadline is not null)),
    -- The first finding is the outcome; only a rectification can move on, and only once.
    constraint spot_check_finding_moves check (status = outcome
        or (outcome = 'RECTIFICATION_REQUIRED' and status in ('CONFIRMED', 'REVOKED') and resolved_at is not null))
);
create index spot_check_finding_city on spot_check_finding (city_code);
create index spot_check_finding_park on spot_check_finding (park_code);
