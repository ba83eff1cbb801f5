-- Login attempts per account name, counted in the database so that a burst of parallel
-- attempts (or attempts spread over several nodes) cannot pass the lockout together.

create table login_attempt (
    username     varchar(64) primary key,
    attempts     integer     not null,
    last_attempt timestamptz not null
);

-- Who asked for a waiver and who decided each step, by account, so that nobody approves a
-- step of a request they made or decides two steps of one waiver (earlier rows: unknown).
alter table waiver add column requested_by_account bigint;
alter table waiver add column requested_by_supervisor boolean not null default false;
alter table waiver_step add column actor_account bigint;
