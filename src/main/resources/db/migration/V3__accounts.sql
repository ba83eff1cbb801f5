-- Accounts, role grants and the scope each account works in.

create table user_account (
    id              bigserial primary key,
    username        varchar(64)  not null unique,
    password_hash   varchar(200) not null,
    display_name    varchar(100) not null,
    enabled         boolean      not null default true,
    hospital_code   varchar(32),
    department_code varchar(32),
    staff_no        varchar(32),
    student_no      varchar(32),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    last_login_at   timestamptz
);

create table user_role (
    account_id bigint      not null references user_account (id) on delete cascade,
    role       varchar(30) not null,
    primary key (account_id, role)
);
