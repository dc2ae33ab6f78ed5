-- Cities (GB/T 2260 prefecture-level codes) and the park registry.

create table city (
    code          char(6)      primary key,
    name          varchar(50)  not null unique,
    -- Administrative changes: Laiwu (371200) was merged into Jinan (370100) in January 2019.
    -- The city keeps its code (codes are never reused) and names its successor.
    abolished_on  date,
    successor_code char(6)     references city (code),
    check ((abolished_on is null) = (successor_code is null))
);

-- Park codes are SDP + a sequence number: SDP001..SDP106 are Attachment 2's order; new parks continue from 107.
create sequence park_number_seq start with 107;

create table park (
    code       varchar(12)  primary key check (code ~ '^SDP[0-9]{3,}$'),
    name       varchar(100) not null unique,
    city_code  char(6)      not null references city (code),
    level      varchar(20)  not null check (level in ('NATIONAL', 'PROVINCIAL')),
    zone_kind  varchar(60)  not null,
    version    bigint       not null default 0,
    created_at timestamptz  not null default now()
);
create index park_city on park (city_code);
create index park_level on park (level);
