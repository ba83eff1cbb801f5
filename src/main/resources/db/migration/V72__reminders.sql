-- Reminders before deadlines (issue 16): the graduate school's rule per kind (how many days
-- before the day something falls due, or after the day it fell due or started to wait; in
-- working days of the school calendar or in calendar days), each reminder sent once per kind,
-- subject, recipient and day (the primary key, however often the run repeats), and the runs.
create table reminder_rule (
    kind         varchar(40)  primary key,
    days         integer      not null check (days between 0 and 365),
    working_days boolean      not null,
    enabled      boolean      not null default true,
    version      bigint       not null default 0,
    updated_by   varchar(100),
    updated_at   timestamptz
);
insert into reminder_rule (kind, days, working_days) values
    ('REVIEW_DUE', 5, true),
    ('REVIEW_OVERDUE', 1, true),
    ('MEDICAL_LICENSE', 90, false),
    ('ROTATION_EXAM_MISSING', 5, true),
    ('WAIVER_WAITING', 5, true),
    ('MILESTONE_OVERDUE', 1, false),
    ('PRACTICE_WAITING', 10, true);

create table reminder_run (
    id           bigserial    primary key,
    run_on       date         not null,
    started_at   timestamptz  not null default now(),
    finished_at  timestamptz,
    total        integer      not null default 0,
    started_by   varchar(100)
);
create index reminder_run_started on reminder_run (started_at desc);

create table reminder_run_count (
    run_id    bigint      not null references reminder_run (id) on delete cascade,
    kind      varchar(40) not null,
    reminders integer     not null,
    primary key (run_id, kind)
);

create table reminder_sent (
    kind            varchar(40)  not null,
    subject         varchar(100) not null,
    account_id      bigint       not null references user_account (id) on delete cascade,
    due_on          date         not null,
    run_id          bigint       references reminder_run (id) on delete set null,
    notification_id bigint       references notification (id) on delete set null,
    primary key (kind, subject, account_id, due_on)
);
create index reminder_sent_due on reminder_sent (due_on);
