-- API tokens: a person's named secrets for the API (Authorization: Bearer). Only the SHA-256
-- of the secret is kept; the secret itself is shown once, when the token is created. The
-- last use is written at most once a minute per token.

create table api_token (
    id           bigserial    primary key,
    account_id   bigint       not null references user_account (id) on delete cascade,
    name         varchar(80)  not null,
    secret_hash  varchar(64)  not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    revoked_at   timestamptz,
    revoked_by   varchar(64),
    last_used_at timestamptz,
    version      bigint       not null default 0
);

create unique index api_token_secret_hash_idx on api_token (secret_hash);
create index api_token_account_idx on api_token (account_id);
