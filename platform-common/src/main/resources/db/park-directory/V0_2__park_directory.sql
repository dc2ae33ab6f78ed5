-- The local copy of the parks a service needs, kept from parks.events (park.registered) by
-- cn.gov.shandong.circular.common.parkdirectory.ParkDirectory. Shipped by platform-common in its own
-- location: only services that keep a copy list db/park-directory in quarkus.flyway.locations.
-- Runs after db/platform's V0_1 and before the service's own V1+, so their tables may reference it.
create table park_directory (
    park_code   varchar(20)  primary key,
    name        varchar(200) not null,
    city_code   varchar(6)   not null,
    city_name   varchar(50)  not null,
    level       varchar(20)  not null check (level in ('NATIONAL', 'PROVINCIAL')),
    updated_at  timestamptz  not null      -- the registration's ce_time
);
create index park_directory_city on park_directory (city_code);
