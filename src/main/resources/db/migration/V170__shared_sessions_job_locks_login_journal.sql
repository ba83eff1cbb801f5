-- Running on several nodes (issue 21): sessions kept in PostgreSQL (Spring Session JDBC's
-- schema for PostgreSQL, unchanged), the lock rows that let a scheduled job run on one node
-- at a time (ShedLock's table), and the journal of logins and logouts.

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

create table login_event (
    id          bigserial    primary key,
    at          timestamptz  not null default now(),
    kind        varchar(20)  not null check (kind in ('LOGIN', 'LOGIN_FAILED', 'LOGIN_LOCKED', 'LOGOUT', 'SESSION_ENDED')),
    username    varchar(100) not null,
    remote_addr varchar(64),
    user_agent  varchar(300),
    node        varchar(100),
    actor       varchar(100)
);
create index login_event_at_idx on login_event (at desc);
create index login_event_username_idx on login_event (username, at desc);
