-- Waivers of audit checks, approved along a chain (supervisor → hospital office → graduate
-- school), and the history of rule-set edits.

create table waiver (
    id              bigserial primary key,
    student_id      bigint        not null references student (id),
    rule_code       varchar(40)   not null,
    kind            varchar(10)   not null check (kind in ('WAIVE', 'SUBSTITUTE', 'EXTEND')),
    reason          varchar(1000) not null,
    evidence        varchar(1000),
    substitute      varchar(500),
    extended_until  date,
    status          varchar(20)   not null check (status in ('REQUESTED', 'SUPERVISOR_APPROVED', 'HOSPITAL_APPROVED',
                                                   'APPROVED', 'REJECTED', 'REVOKED')),
    requested_by    varchar(100)  not null,
    requested_at    timestamptz   not null default now(),
    approved_by     varchar(100),
    approved_at     timestamptz,
    version         bigint        not null default 0,
    check (kind <> 'EXTEND' or extended_until is not null),
    check (kind <> 'SUBSTITUTE' or substitute is not null)
);
create index waiver_student_idx on waiver (student_id);
create index waiver_status_idx on waiver (status);
create unique index waiver_one_active on waiver (student_id, rule_code)
    where status in ('REQUESTED', 'SUPERVISOR_APPROVED', 'HOSPITAL_APPROVED', 'APPROVED');

create table waiver_step (
    id        bigserial primary key,
    waiver_id bigint        not null references waiver (id) on delete cascade,
    step      varchar(20)   not null check (step in ('REQUEST', 'SUPERVISOR', 'HOSPITAL_OFFICE', 'GRAD_SCHOOL', 'REVOKE')),
    decision  varchar(10)   not null check (decision in ('REQUESTED', 'APPROVED', 'REJECTED', 'REVOKED')),
    reason    varchar(1000),
    actor     varchar(100)  not null,
    acted_at  timestamptz   not null default now()
);
create index waiver_step_waiver_idx on waiver_step (waiver_id);

create table rule_set_change (
    id           bigserial primary key,
    rule_set_id  bigint        not null references rule_set (id) on delete cascade,
    change       varchar(20)   not null check (change in ('CREATED', 'EDITED')),
    before_text  text,
    after_text   text          not null,
    reason       varchar(500),
    changed_by   varchar(100)  not null,
    changed_at   timestamptz   not null default now()
);
create index rule_set_change_rule_set_idx on rule_set_change (rule_set_id);
