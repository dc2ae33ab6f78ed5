-- Successor cities (docs/decisions.md, 38): from the day a city is abolished, its successor's officers act
-- for its parks, everywhere scope is checked. The rule reads the city data, not a special case:
--
-- 1. city_succession is the view of the city table that platform-common's CitySuccessions reads here. The
--    other services keep a table of the same name and shape (platform-common's db/city-directory, V0_4),
--    fed by park.city-abolished; parks-service owns the data and answers from its own table instead.
create view city_succession as
select c.code           as city_code,
       c.name           as city_name,
       c.successor_code as successor_code,
       s.name           as successor_name,
       c.abolished_on   as effective_on
from city c
join city s on s.code = c.successor_code
where c.successor_code is not null;

-- 2. One park.city-abolished per abolished city (莱芜市 → 济南市 from 2019-01-09), keyed by the abolished
--    city, through the outbox like the other seeds (decision 3), so the other services learn it from parks.events.
insert into outbox_event (id, topic, event_key, event_type, source, subject, occurred_at, actor, correlation_id, payload)
select gen_random_uuid(), 'parks.events', s.city_code, 'park.city-abolished', '/parks-service', s.city_code, now(),
       'system', 'seed:city-successions',
       json_build_object('cityCode', s.city_code, 'cityName', s.city_name,
                         'successorCode', s.successor_code, 'successorName', s.successor_name,
                         'effectiveOn', to_char(s.effective_on, 'YYYY-MM-DD'),
                         'actor', 'system', 'correlationId', 'seed:city-successions')::text
from city_succession s
order by s.city_code;
