-- Single logout (issue 21): the CAS server's logout request names the service ticket a
-- person logged in with, the OIDC provider's logout token the provider's session (sid)
-- or the person (sub); these tables tell which Clinigrad session each login opened, so
-- that the request ends it on whichever node it arrives. A row lives as long as its
-- session: the triggers follow Spring Session's own changes (a new session id at login,
-- the session ended, logged out or expired and deleted).

create table cas_login_ticket (
    ticket     varchar(256) primary key,
    session_id char(36)     not null,
    username   varchar(100) not null,
    created_at timestamptz  not null default now()
);
create index cas_login_ticket_session_idx on cas_login_ticket (session_id);

create table oidc_login_session (
    session_id char(36)     primary key,
    issuer     varchar(500) not null,
    subject    varchar(255) not null,
    sid        varchar(255),
    username   varchar(100) not null,
    created_at timestamptz  not null default now()
);
create index oidc_login_session_sid_idx on oidc_login_session (issuer, sid);
create index oidc_login_session_subject_idx on oidc_login_session (issuer, subject);

create function single_logout_follow_session() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        delete from cas_login_ticket where session_id = old.session_id;
        delete from oidc_login_session where session_id = old.session_id;
        return old;
    end if;
    update cas_login_ticket set session_id = new.session_id where session_id = old.session_id;
    update oidc_login_session set session_id = new.session_id where session_id = old.session_id;
    return new;
end
$$;

create trigger spring_session_ended after delete on spring_session
    for each row execute function single_logout_follow_session();

-- Spring Session writes session_id on every save: only a real change is followed
create trigger spring_session_renamed after update of session_id on spring_session
    for each row when (old.session_id is distinct from new.session_id)
    execute function single_logout_follow_session();

-- a logout the university's login server asked for (CAS or OIDC back-channel)
alter table login_event drop constraint login_event_kind_check;
alter table login_event add constraint login_event_kind_check
    check (kind in ('LOGIN', 'LOGIN_FAILED', 'LOGIN_LOCKED', 'LOGOUT', 'SESSION_ENDED', 'SINGLE_LOGOUT'));
