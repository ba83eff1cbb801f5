-- The in-app inbox (issue 16): one row per notification and reader, its words as message
-- keys rendered in the reader's language when shown; kept 12 months.
create table notification (
    id          bigserial    primary key,
    account_id  bigint       not null references user_account (id) on delete cascade,
    kind        varchar(40)  not null,
    title_key   varchar(120) not null,
    args        text[]       not null default '{}',
    link        varchar(300),
    created_at  timestamptz  not null default now(),
    read_at     timestamptz
);
create index notification_account_created on notification (account_id, created_at desc, id desc);
-- the bell: an index-only count of one person's unread notifications
create index notification_unread on notification (account_id) where read_at is null;
create index notification_created on notification (created_at);

-- Where and in which language a person hears of things, and how, per kind.
create table notification_profile (
    account_id bigint      primary key references user_account (id) on delete cascade,
    email      varchar(200),
    language   varchar(10) not null default 'zh'
);

create table notification_preference (
    account_id bigint      not null references user_account (id) on delete cascade,
    kind       varchar(40) not null,
    channel    varchar(20) not null,
    primary key (account_id, kind)
);
