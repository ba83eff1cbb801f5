-- Annual enrollment selection (招生遴选, DOMAIN §8, issue 17 point 3): the scoring scheme per university
-- and year as data (criteria with weights and parameters, suspension thresholds, the exemption years,
-- per-person caps), each year's round with its computed scores explained by their evidence, the places
-- per discipline and program set by the graduate school and their allocation, suspensions with their
-- reasons and the one appeal each allows.

create table selection_scheme (
    id         bigserial primary key,
    university varchar(20)   not null,
    year       integer       not null,
    params     varchar(1000) not null default '',
    note       varchar(500),
    changed_by varchar(100),
    changed_at timestamptz,
    version    bigint        not null default 0,
    unique (university, year)
);

create table selection_criterion (
    id        bigserial primary key,
    scheme_id bigint       not null references selection_scheme (id) on delete cascade,
    code      varchar(30)  not null check (code in ('FUNDING', 'PUBLICATIONS', 'BLIND_REVIEW', 'ON_TIME_GRADUATION',
                                                    'SATISFACTION', 'PROCESS_LAPSES')),
    position  integer      not null,
    weight    numeric(6, 2) not null check (weight >= 0 and weight <= 100),
    params    varchar(500) not null default '',
    unique (scheme_id, code)
);

-- the most places one supervisor may get at each degree level
create table selection_cap (
    scheme_id    bigint      not null references selection_scheme (id) on delete cascade,
    degree_level varchar(10) not null check (degree_level in ('MASTER', 'DOCTORAL')),
    places       integer     not null check (places >= 0),
    primary key (scheme_id, degree_level)
);

create table selection_round (
    id           bigserial primary key,
    year         integer      not null unique,
    scheme_id    bigint       not null references selection_scheme (id),
    as_of        date         not null,
    state        varchar(12)  not null check (state in ('DRAFT', 'PUBLISHED')),
    computed_at  timestamptz,
    computed_by  varchar(100),
    published_at timestamptz,
    published_by varchar(100),
    version      bigint       not null default 0
);

-- places of the next intake per discipline and program, set by the graduate school
create table selection_total (
    round_id        bigint      not null references selection_round (id) on delete cascade,
    discipline_code varchar(16) not null references discipline (code),
    program_code    varchar(40) not null references program (code),
    places          integer     not null check (places >= 0),
    primary key (round_id, discipline_code, program_code)
);

create table selection_result (
    round_id      bigint        not null references selection_round (id) on delete cascade,
    supervisor_id bigint        not null references supervisor (id),
    rank          integer       not null,
    score         numeric(7, 2) not null,
    exempt_until  date,
    qualified     varchar(10)   check (qualified in ('MASTER', 'DOCTORAL')),
    primary key (round_id, supervisor_id)
);

-- one line per criterion: the measure and the evidence as message keys with their arguments
create table selection_score (
    round_id      bigint        not null references selection_round (id) on delete cascade,
    supervisor_id bigint        not null references supervisor (id),
    criterion     varchar(30)   not null,
    weight        numeric(6, 2) not null,
    fraction      numeric(6, 4) not null,
    points        numeric(7, 2) not null,
    has_data      boolean       not null,
    summary       varchar(1000) not null,
    evidence      text          not null default '',
    primary key (round_id, supervisor_id, criterion)
);

create table selection_quota (
    round_id      bigint      not null references selection_round (id) on delete cascade,
    supervisor_id bigint      not null references supervisor (id),
    program_code  varchar(40) not null references program (code),
    places        integer     not null check (places > 0),
    primary key (round_id, supervisor_id, program_code)
);

create table selection_suspension (
    id            bigserial primary key,
    round_id      bigint        not null references selection_round (id) on delete cascade,
    supervisor_id bigint        not null references supervisor (id),
    reason        varchar(30)   not null check (reason in ('MISCONDUCT', 'CONFIDENTIALITY_BREACH', 'REFUSED_COOPERATION',
                                                           'NO_FUNDING', 'FAILED_BLIND_REVIEW', 'LOW_SATISFACTION',
                                                           'ETHICS_VETO')),
    source        varchar(10)   not null check (source in ('DERIVED', 'RECORDED')),
    note          varchar(1000),
    evidence      text          not null default '',
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null default now(),
    unique (round_id, supervisor_id, reason)
);
create index selection_suspension_supervisor_idx on selection_suspension (supervisor_id);

-- one appeal per suspension, decided by the graduate school or the degree committee
create table selection_appeal (
    id            bigserial primary key,
    suspension_id bigint        not null unique references selection_suspension (id) on delete cascade,
    supervisor_id bigint        not null references supervisor (id),
    state         varchar(10)   not null check (state in ('SUBMITTED', 'UPHELD', 'LIFTED')),
    statement     varchar(2000) not null,
    submitted_by  varchar(100)  not null,
    submitted_at  timestamptz   not null default now(),
    decided_by    varchar(100),
    decided_at    timestamptz,
    decision_note varchar(1000),
    version       bigint        not null default 0
);

-- The shipped scheme: an example PUMC-style scoring a graduate school adjusts on /selection/scheme or by
-- adding a year's scheme. Weights add up to 100; each criterion's parameters say how its share is earned.
insert into selection_scheme (university, year, params, note)
values ('PUMC', 2024, 'exemptionYears=2;minScore=30;satisfactionMin=60;suspendNoFunding=true;suspendFailedReview=true',
        '北京协和医学院研究生招生导师遴选量化评分（示例值，可按年度调整）');
insert into selection_criterion (scheme_id, code, position, weight, params)
select s.id, c.code, c.position, c.weight, c.params
from selection_scheme s, (values
    ('FUNDING', 1, 25.00, 'full=500000'),
    ('PUBLICATIONS', 2, 25.00, 'full=5;years=5'),
    ('BLIND_REVIEW', 3, 20.00, 'years=3;agree=100;revise=70;disagree=0'),
    ('ON_TIME_GRADUATION', 4, 10.00, 'years=3'),
    ('SATISFACTION', 5, 10.00, 'lag=1'),
    ('PROCESS_LAPSES', 6, 10.00, 'deduct=0.25')
) as c (code, position, weight, params)
where s.university = 'PUMC' and s.year = 2024;
insert into selection_cap (scheme_id, degree_level, places)
select s.id, c.level, c.places
from selection_scheme s, (values ('MASTER', 3), ('DOCTORAL', 2)) as c (level, places)
where s.university = 'PUMC' and s.year = 2024;
