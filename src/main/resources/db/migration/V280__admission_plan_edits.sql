-- The enrollment plan (招生计划) becomes a page the admissions office edits: each line carries a
-- version for optimistic locking, and every change is kept with who made it, when and why.

alter table admission_plan add column version bigint not null default 0;

create table admission_plan_change (
    id              bigserial primary key,
    plan_id         bigint       not null references admission_plan (id) on delete cascade,
    planned_before  integer,
    planned_after   integer      not null check (planned_after >= 0),
    reason          varchar(500),
    changed_by      varchar(100) not null,
    changed_at      timestamptz  not null default now()
);
create index admission_plan_change_plan_idx on admission_plan_change (plan_id, changed_at);
