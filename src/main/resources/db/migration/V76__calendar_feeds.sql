-- A person's calendar feed (个人日程订阅): the secret address is shown once and kept only as
-- its SHA-256; resetting replaces the row, so the old address stops answering at once.
create table calendar_feed (
    account_id bigint      primary key references user_account (id) on delete cascade,
    token_hash varchar(64) not null unique,
    language   varchar(5)  not null check (language in ('zh', 'en')),
    created_at timestamptz not null default now()
);
