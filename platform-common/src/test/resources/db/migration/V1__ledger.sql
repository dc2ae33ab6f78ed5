create table ledger_entry (
    id      bigserial primary key,
    account varchar(50) not null,
    amount  integer not null
);
create table ledger_applied (
    id       bigserial primary key,
    event_id uuid not null,
    account  varchar(50) not null
);
