-- Single logout (issue 21): the CAS server's logout request names the service ticket a
-- person logged in with; this table tells which session that ticket opened, so that the
-- request ends it on whichever node it arrives. A row lives as long as its session:
-- the trigger follows Spring Session's own changes (a new session id at login, the
-- session ended, logged out or expired and deleted).

create table cas_login_ticket (
    ticket     varchar(256) primary key,
    session_id char(36)     not null,
    username   varchar(100) not null,
    created_at timestamptz  not null default now()
);
create index cas_login_ticket_session_idx on cas_login_ticket (session_id);

create function cas_login_ticket_follow_session() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        delete from cas_login_ticket where session_id = old.session_id;
        return old;
    end if;
    update cas_login_ticket set session_id = new.session_id where session_id = old.session_id;
    return new;
end
$$;

create trigger spring_session_ended after delete on spring_session
    for each row execute function cas_login_ticket_follow_session();

-- Spring Session writes session_id on every save: only a real change is followed
create trigger spring_session_renamed after update of session_id on spring_session
    for each row when (old.session_id is distinct from new.session_id)
    execute function cas_login_ticket_follow_session();

-- a logout the university's login server asked for (CAS or OIDC back-channel)
alter table login_event drop constraint login_event_kind_check;
alter table login_event add constraint login_event_kind_check
    check (kind in ('LOGIN', 'LOGIN_FAILED', 'LOGIN_LOCKED', 'LOGOUT', 'SESSION_ENDED', 'SINGLE_LOGOUT'));
