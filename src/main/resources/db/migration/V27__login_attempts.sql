-- Login attempts per account name, counted in the database so that a burst of parallel
-- attempts (or attempts spread over several nodes) cannot pass the lockout together.

create table login_attempt (
    username     varchar(64) primary key,
    attempts     integer     not null,
    last_attempt timestamptz not null
);
