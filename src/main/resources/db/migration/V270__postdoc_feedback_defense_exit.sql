-- Clinical postdoc, issue 20 step 6: the annual one-to-one feedback signed in the app by a
-- member of the mentor group and then by the trainee, the completion defense (结业答辩)
-- with its panel and result, and the exit (出站) with its certificate number.

-- One feedback per trainee and training year; a signed one is read-only and is corrected
-- by a new revision with a reason (the earlier revision stays, superseded).
create table annual_feedback (
    id                bigserial     primary key,
    student_id        bigint        not null references student (id),
    training_year     smallint      not null check (training_year between 1 and 10),
    revision          integer       not null default 1 check (revision >= 1),
    strengths         varchar(2000) not null,
    goals             varchar(2000) not null,
    actions           varchar(2000) not null,
    status            varchar(14)   not null check (status in ('DRAFT', 'MENTOR_SIGNED', 'SIGNED', 'SUPERSEDED')),
    written_by        varchar(100)  not null,
    mentor_signed_by  varchar(100),
    mentor_signed_at  timestamptz,
    trainee_signed_by varchar(100),
    trainee_signed_at timestamptz,
    correction_reason varchar(500),
    corrects_id       bigint        references annual_feedback (id),
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    unique (student_id, training_year, revision)
);
create unique index annual_feedback_current on annual_feedback (student_id, training_year) where status <> 'SUPERSEDED';

-- The completion defense: scheduled by the office with its panel, then its result.
create table completion_defense (
    id           bigserial     primary key,
    student_id   bigint        not null references student (id),
    scheduled_on date          not null,
    place        varchar(200)  not null,
    status       varchar(10)   not null check (status in ('SCHEDULED', 'PASSED', 'FAILED')),
    result_note  varchar(1000),
    scheduled_by varchar(100)  not null,
    recorded_by  varchar(100),
    recorded_at  timestamptz,
    version      bigint        not null default 0,
    created_at   timestamptz   not null default now()
);
create index completion_defense_student_idx on completion_defense (student_id);
create unique index completion_defense_one_open on completion_defense (student_id) where status = 'SCHEDULED';

create table completion_defense_member (
    defense_id bigint       not null references completion_defense (id) on delete cascade,
    position   integer      not null,
    name       varchar(100) not null,
    title      varchar(100),
    chair      boolean      not null default false,
    primary key (defense_id, position)
);

-- How a program numbers its exit certificates: prefix, the exit year, a dash and a running
-- number of the year with this many digits (PUMCH-BSH-2026-0001).
create table exit_certificate_format (
    program_code varchar(40) primary key references program (code),
    prefix       varchar(20) not null,
    digits       smallint    not null check (digits between 2 and 8)
);
insert into exit_certificate_format (program_code, prefix, digits) values ('PUMCH-POSTDOC', 'PUMCH-BSH-', 4);

create table postdoc_exit (
    id             bigserial    primary key,
    student_id     bigint       not null unique references student (id),
    defense_id     bigint       not null references completion_defense (id),
    exited_on      date         not null,
    certificate_no varchar(40)  not null unique,
    recorded_by    varchar(100) not null,
    created_at     timestamptz  not null default now()
);

-- The postdoc rule set reads these records (and the OSCE and 360° rounds) in the audit.
insert into rule_set_check (rule_set_id, position, code, params)
select r.id, c.position, c.code, c.params
from rule_set r, (values
    (7, 'OSCE_PASSED', ''),
    (8, 'MSF_DONE', 'min=1'),
    (9, 'ANNUAL_FEEDBACK', 'min=3'),
    (10, 'COMPLETION_DEFENSE', '')
) as c(position, code, params)
where r.program_code = 'PUMCH-POSTDOC' and r.version = '2021';

-- The outputs a postdoc reports: the impact factor of an SCI paper.
alter table achievement_claim add column impact_factor numeric(6, 3) check (impact_factor >= 0);
