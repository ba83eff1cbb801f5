-- Warnings before a rule bites and diversion cases when it fires (DOMAIN §7): found by a scan
-- of the records, a warning disappears when it no longer applies; a case stays until the
-- office decides it, after the student's choice.

create table diversion_case (
    id              bigserial primary key,
    student_id      bigint        not null references student (id),
    level           varchar(10)   not null check (level in ('WARNING', 'CASE')),
    trigger_code    varchar(40)   not null,
    detail          varchar(300),
    options         varchar(200),
    status          varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'CHOSEN', 'DECIDED', 'RESOLVED')),
    student_choice  varchar(30),
    student_note    varchar(1000),
    chosen_at       timestamptz,
    decision        varchar(30),
    decision_reason varchar(1000),
    decided_by      varchar(100),
    decided_at      timestamptz,
    opened_at       timestamptz   not null default now(),
    version         bigint        not null default 0
);
create unique index diversion_case_open on diversion_case (student_id, trigger_code)
    where status in ('OPEN', 'CHOSEN');
create index diversion_case_student_idx on diversion_case (student_id);
create index diversion_case_status_idx on diversion_case (status, level);
