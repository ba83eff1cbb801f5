-- Accounts: a password that must be changed at the next login (accounts created in bulk or
-- by an administrator, passwords an administrator reset), when the password was last
-- changed, and the change history of every account (never its password).

alter table user_account add column must_change_password boolean not null default false;
alter table user_account add column password_changed_at timestamptz;

create table user_account_aud (
    id                   bigint      not null,
    rev                  bigint      not null references audit_revision (id),
    revtype              smallint,
    username             varchar(64),
    display_name         varchar(100),
    enabled              boolean,
    hospital_code        varchar(32),
    department_code      varchar(32),
    staff_no             varchar(32),
    student_no           varchar(32),
    must_change_password boolean,
    password_changed_at  timestamptz,
    primary key (id, rev)
);

create table user_role_aud (
    rev        bigint      not null references audit_revision (id),
    revtype    smallint,
    account_id bigint      not null,
    role       varchar(30) not null,
    primary key (rev, account_id, role)
);

-- Login names are unique whatever their case (the login looks them up ignoring case).
create unique index user_account_username_lower_idx on user_account (lower(username));
create index user_account_staff_no_idx on user_account (staff_no);
create index user_account_student_no_idx on user_account (student_no);

-- The accounts as they are now become the first revision of their history.
do $$
declare
    revision bigint;
begin
    if exists (select 1 from user_account) then
        insert into audit_revision (timestamp, username)
        values ((extract(epoch from now()) * 1000)::bigint, 'system')
        returning id into revision;
        insert into user_account_aud (id, rev, revtype, username, display_name, enabled, hospital_code,
                                      department_code, staff_no, student_no, must_change_password,
                                      password_changed_at)
        select id, revision, 0, username, display_name, enabled, hospital_code, department_code, staff_no,
               student_no, must_change_password, password_changed_at
        from user_account;
        insert into user_role_aud (rev, revtype, account_id, role)
        select revision, 0, account_id, role from user_role;
    end if;
end $$;
