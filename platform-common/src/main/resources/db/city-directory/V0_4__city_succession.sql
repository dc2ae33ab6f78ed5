-- The local copy of the cities' successions, kept from parks.events (park.city-abolished) by
-- cn.gov.shandong.circular.common.cities.CitySuccessions: which city took over an abolished city's parks, from
-- which day. Caller reads it to give a successor's officers the abolished city's parks (docs/decisions.md, 38).
-- Shipped by platform-common in its own location: services that consume parks.events list db/city-directory in
-- quarkus.flyway.locations; parks-service, which owns the cities, has a view of the same name over its city table.
create table city_succession (
    city_code      varchar(6)   primary key,
    city_name      varchar(50)  not null,
    successor_code varchar(6)   not null check (successor_code <> city_code),
    successor_name varchar(50)  not null,
    effective_on   date         not null,
    event_id       uuid         not null,   -- the park.city-abolished applied last
    occurred_at    timestamptz  not null    -- its ce_time: a later correction replaces an earlier one
);
