-- Batch audits kept in PostgreSQL instead of one node's memory (issue 21): a run started on
-- one node shows its progress and its result on every node, and the same audit asked for
-- twice while it runs (on any node) runs once.
create table batch_audit_run (
    id          varchar(36)  primary key,
    owner       varchar(100) not null,
    state       varchar(20)  not null check (state in ('RUNNING', 'FINISHED', 'FAILED')),
    -- the programs, cohort and date audited, to find a run of the same audit still running
    request_key varchar(600) not null,
    total       integer      not null default 0,
    done        integer      not null default 0,
    node        varchar(100),
    started_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    finished_at timestamptz,
    error       varchar(200),
    -- the run as JSON, gzip-compressed: its parameters while it runs, rows and coverage once finished
    content     bytea        not null
);
create unique index batch_audit_run_once on batch_audit_run (owner, request_key) where state = 'RUNNING';
create index batch_audit_run_updated on batch_audit_run (updated_at);
