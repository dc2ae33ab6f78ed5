-- The province's cities come from parks-service's events (issue 20, item 4), not from a list of this service's own
-- (V8 seeded the 17 cities of 2018 into annual_report_city). parks.events names a city in two events: park.registered
-- (the park's cityCode and cityName) and park.city-abolished (the abolished city and its successor, with their
-- names). city_view keeps every city so named, with the name of the newest of those events (by time, then id), like
-- park_view: the rows depend on which events were logged, not on the order they were read in. The Projector keeps it
-- (ProvinceCities) for live events and replays alike. A city is never removed by an event: an abolished city stays,
-- and reports for the years it existed to their end (city_succession says which).
alter table annual_report_city rename to city_view;
alter table city_view
    add column event_id    uuid,
    add column occurred_at timestamptz;

-- The cities the log has named already, so that an installed service needs no rebuild after the upgrade.
insert into city_view (city_code, city_name, event_id, occurred_at)
select distinct on (c.city_code) c.city_code, c.city_name, c.event_id, c.occurred_at
from (select l.data ->> 'cityCode' as city_code, l.data ->> 'cityName' as city_name, l.event_id, l.occurred_at
      from event_log l
      where l.event_type in ('park.registered', 'park.city-abolished')
      union all
      select l.data ->> 'successorCode', l.data ->> 'successorName', l.event_id, l.occurred_at
      from event_log l
      where l.event_type = 'park.city-abolished') c
order by c.city_code, c.occurred_at desc, c.event_id desc
on conflict (city_code) do update
    set city_name = excluded.city_name, event_id = excluded.event_id, occurred_at = excluded.occurred_at;

-- V8's list goes: a city no event has named is not known here. A city a report was written for stays (annual_report
-- refers to it), with the name it had; an event naming it later gives it its event.
delete from city_view c
where c.event_id is null
  and not exists (select 1 from annual_report r where r.city_code = c.city_code);
