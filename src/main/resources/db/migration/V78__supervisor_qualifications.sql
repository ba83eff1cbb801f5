-- Supervisor qualifications (导师资格) as records with history, the annual application window,
-- applications for a new qualification or a re-review, pre-service training (岗前培训), funding held,
-- and the eligibility conditions as data per university and year (like the program rule sets).

create table supervisor_qualification (
    id             bigserial primary key,
    supervisor_id  bigint       not null references supervisor (id),
    kind           varchar(30)  not null check (kind in ('MASTER_SUPERVISOR', 'DOCTORAL_SUPERVISOR')),
    category       varchar(20)  not null default 'INTERNAL' check (category in ('INTERNAL', 'EXTERNAL', 'PART_TIME')),
    granted_on     date         not null,
    decision_no    varchar(60),
    valid_until    date,
    title_level    varchar(30),
    highest_degree varchar(20),
    application_id bigint,
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null default now(),
    version        bigint       not null default 0,
    unique (supervisor_id, kind, granted_on),
    check (valid_until is null or valid_until >= granted_on)
);
create index supervisor_qualification_valid_idx on supervisor_qualification (kind, granted_on, valid_until);

create table supervisor_grant (
    id            bigserial primary key,
    supervisor_id bigint         not null references supervisor (id),
    title         varchar(300)   not null,
    amount        numeric(14, 2) not null check (amount >= 0),
    start_on      date           not null,
    end_on        date           not null,
    recorded_by   varchar(100)   not null,
    recorded_at   timestamptz    not null default now(),
    unique (supervisor_id, title, start_on),
    check (end_on >= start_on)
);

create table supervisor_training (
    id            bigserial primary key,
    supervisor_id bigint        not null references supervisor (id),
    completed_on  date          not null,
    exam_score    numeric(5, 1) not null check (exam_score between 0 and 100),
    passed        boolean       not null,
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null default now(),
    unique (supervisor_id, completed_on)
);

-- one application window per year, set by the graduate school
create table qualification_window (
    id         bigserial primary key,
    year       integer      not null unique,
    opens_on   date         not null,
    closes_on  date         not null,
    set_by     varchar(100) not null,
    set_at     timestamptz  not null default now(),
    version    bigint       not null default 0,
    check (closes_on >= opens_on)
);

-- the conditions per university and year: the latest year not after the application's applies
create table qualification_rule_set (
    id         bigserial primary key,
    university varchar(20)  not null,
    year       integer      not null,
    params     varchar(500) not null default '',
    note       varchar(500),
    unique (university, year)
);

create table qualification_rule (
    id          bigserial primary key,
    rule_set_id bigint       not null references qualification_rule_set (id) on delete cascade,
    kind        varchar(30)  not null check (kind in ('MASTER_SUPERVISOR', 'DOCTORAL_SUPERVISOR')),
    position    integer      not null,
    code        varchar(40)  not null,
    params      varchar(500) not null default '',
    unique (rule_set_id, kind, code)
);

create table qualification_application (
    id              bigserial primary key,
    supervisor_id   bigint        not null references supervisor (id),
    window_id       bigint        not null references qualification_window (id),
    kind            varchar(30)   not null check (kind in ('MASTER_SUPERVISOR', 'DOCTORAL_SUPERVISOR')),
    application_type varchar(20)  not null check (application_type in ('NEW', 'REREVIEW')),
    category        varchar(20)   not null check (category in ('INTERNAL', 'EXTERNAL', 'PART_TIME')),
    state           varchar(20)   not null,
    highest_degree  varchar(20)   not null,
    teaching        varchar(2000),
    statement       varchar(2000),
    submitted_at    timestamptz,
    checked_by      varchar(100),
    checked_at      timestamptz,
    check_note      varchar(1000),
    votes_for       integer check (votes_for >= 0),
    votes_against   integer check (votes_against >= 0),
    votes_abstain   integer check (votes_abstain >= 0),
    decided_on      date,
    decision_no     varchar(60),
    decided_by      varchar(100),
    qualification_id bigint references supervisor_qualification (id),
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null default now(),
    version         bigint        not null default 0
);
create index qualification_application_supervisor_idx on qualification_application (supervisor_id);
create index qualification_application_window_idx on qualification_application (window_id, state);
-- one open application per person, kind and window
create unique index qualification_application_open_idx on qualification_application (supervisor_id, window_id, kind)
    where state not in ('WITHDRAWN', 'REJECTED', 'NOT_APPROVED');

alter table supervisor_qualification
    add constraint supervisor_qualification_application_fk foreign key (application_id)
        references qualification_application (id);

-- The shipped conditions. The re-review period of the doctoral qualification (4 years) is PUMC's
-- (seed 000); the thresholds are an example a graduate school adjusts by adding a year's set.
insert into qualification_rule_set (university, year, params, note)
values ('PUMC', 2024, 'doctoralReviewYears=4;masterReviewYears=;expiryWarningMonths=6',
        '北京协和医学院研究生指导教师遴选条件（示例值，可按年度调整）');
insert into qualification_rule (rule_set_id, kind, position, code, params)
select r.id, c.kind, c.position, c.code, c.params
from qualification_rule_set r, (values
    ('DOCTORAL_SUPERVISOR', 1, 'TITLE', 'min=FULL_SENIOR'),
    ('DOCTORAL_SUPERVISOR', 2, 'DEGREE', 'min=DOCTORATE'),
    ('DOCTORAL_SUPERVISOR', 3, 'FUNDING', 'min=300000'),
    ('DOCTORAL_SUPERVISOR', 4, 'PUBLICATIONS', 'min=3;years=5'),
    ('MASTER_SUPERVISOR', 1, 'TITLE', 'min=ASSOCIATE_SENIOR'),
    ('MASTER_SUPERVISOR', 2, 'DEGREE', 'min=MASTER'),
    ('MASTER_SUPERVISOR', 3, 'FUNDING', 'min=100000'),
    ('MASTER_SUPERVISOR', 4, 'PUBLICATIONS', 'min=1;years=5')
) as c (kind, position, code, params)
where r.university = 'PUMC' and r.year = 2024;
