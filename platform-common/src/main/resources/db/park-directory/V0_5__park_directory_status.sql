-- The whole registry (docs/decisions.md, 42): a park of the copy is ACTIVE until parks.events says it was retired
-- (park.retired) or merged into another park (park.merged); it stays in the copy, as the parks' applications,
-- plans and reports keep naming it. park.renamed and park.level-changed update name and level in place.
alter table park_directory add column status varchar(10) not null default 'ACTIVE'
    check (status in ('ACTIVE', 'RETIRED'));
alter table park_directory add column retired_on date;          -- the first day no longer active
alter table park_directory add column merged_into varchar(20);  -- the park it was merged into, if any
