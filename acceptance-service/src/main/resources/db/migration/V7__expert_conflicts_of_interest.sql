-- Conflicts of interest an expert of the roster has declared (回避): the parks they may not review or
-- spot-check, e.g. the park whose management committee employs them or whose implementation plan they
-- helped write. The roster's PUT replaces the list; panel assignment and spot-check findings consult it.
create table expert_conflict_park (
    username  varchar(200) not null references expert (username),
    park_code varchar(20)  not null,
    primary key (username, park_code)
);
