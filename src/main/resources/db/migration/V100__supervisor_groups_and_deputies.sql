-- Dual supervisors, supervisor groups (导师组) and deputies during absence abroad (issue 17, point 4).
-- The student's co-supervisor is the hospital (clinical) supervisor (院内导师); the school
-- supervisor (校内导师) stays in supervisor_id.

create table supervisor_group (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(200) not null,
    hospital_id bigint       references hospital (id),
    leader_id   bigint       not null references supervisor (id),
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    updated_by  varchar(100),
    updated_at  timestamptz,
    version     bigint       not null default 0
);
create index supervisor_group_hospital_idx on supervisor_group (hospital_id);

create table supervisor_group_member (
    group_id      bigint not null references supervisor_group (id) on delete cascade,
    supervisor_id bigint not null references supervisor (id),
    primary key (group_id, supervisor_id)
);
create index supervisor_group_member_supervisor_idx on supervisor_group_member (supervisor_id);

-- a student's mentor group, kept in the student's change history like the supervisors
alter table student add column supervisor_group_id bigint references supervisor_group (id);
alter table student_aud add column supervisor_group_id bigint;
create index student_supervisor_group_idx on student (supervisor_group_id);

-- a supervisor's absence (abroad) and the deputy who sees and acts for their students
-- from the day they leave to the day they return (both included); the period ends by its date
create table supervisor_absence (
    id            bigserial primary key,
    supervisor_id bigint        not null references supervisor (id),
    destination   varchar(200)  not null,
    purpose       varchar(500),
    leaves_on     date          not null,
    returns_on    date          not null,
    deputy_id     bigint        references supervisor (id),
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null default now(),
    version       bigint        not null default 0,
    check (returns_on >= leaves_on),
    check (deputy_id is null or deputy_id <> supervisor_id)
);
create index supervisor_absence_supervisor_idx on supervisor_absence (supervisor_id, leaves_on);
create index supervisor_absence_deputy_idx on supervisor_absence (deputy_id, leaves_on, returns_on);

-- the rules as data in the qualification rule sets: who may be a group member (a senior title,
-- or an associate-senior title with at least the given degree) and from how many months abroad,
-- with a student in the department phase, a deputy must be named
update qualification_rule_set
set params = params || ';groupSeniorTitle=FULL_SENIOR;groupAssociateTitle=ASSOCIATE_SENIOR;groupAssociateDegree=DOCTORATE;deputyAbsenceMonths=6';

-- reminders before a qualification's re-review date, to the supervisor and the graduate school
insert into reminder_rule (kind, days, working_days) values ('QUALIFICATION_EXPIRY', 90, false);
