-- acceptance.revoked (a spot check revoked a filing, 撤销备案): a park counts as completed while it has a
-- filing that is not revoked, and "as of" a day it counts if a filing made before then was not yet
-- revoked then. One row per filed application (a park filed, revoked and filed again has two), so the
-- history stays and the "as of" reports can be answered. A revocation may be projected before its filing
-- (a replay orders by time, not by topic offset): the row then has revoked_at and waits for filed_at.
create table park_filing (
    application_id   varchar(100) primary key,
    park_code        varchar(20)  not null,
    filed_at         timestamptz,
    filed_by         varchar(200),
    filed_event_id   uuid,
    revoked_at       timestamptz,
    revoked_event_id uuid,
    constraint park_filing_something check (filed_at is not null or revoked_at is not null)
);
create index park_filing_park on park_filing (park_code);

-- Until now a park could be filed once only (a filing was final), so park_completion held every filing.
insert into park_filing (application_id, park_code, filed_at, filed_by, filed_event_id)
select application_id, park_code, filed_at, filed_by, event_id from park_completion;
drop table park_completion;

-- The parks completed now: their earliest filing that stands (as the table of the same name held before).
create view park_completion as
select distinct on (park_code) park_code, application_id, filed_at, filed_by, filed_event_id as event_id
from park_filing
where filed_at is not null and revoked_at is null
order by park_code, filed_at, filed_event_id;
