-- Selection (评选, issue 18 step 4): a scheme's selection round turns the comprehensive
-- evaluation into a list of winners per ranked award type (quota = ratio × eligible
-- population of the quota group, rounded as the scheme says, or a count), the delayed and
-- vetoed students kept on the list as excluded with the reason. The round is a workflow:
-- draft → reviewed by every hospital office for its students → approved by the graduate
-- school → publicity (公示) with objections → final.
create table award_round (
    id                bigserial    primary key,
    scheme_id         bigint       not null unique references award_scheme (id) on delete cascade,
    as_of             date         not null,
    state             varchar(20)  not null check (state in ('DRAFT', 'HOSPITAL_REVIEWED', 'SCHOOL_APPROVED',
                          'PUBLICITY', 'FINAL')),
    publicity_start   date,
    publicity_end     date,
    created_by        varchar(100) not null,
    created_at        timestamptz  not null default now(),
    approved_by       varchar(100),
    approved_at       timestamptz,
    published_by      varchar(100),
    published_at      timestamptz,
    finalised_by      varchar(100),
    finalised_at      timestamptz,
    version           bigint       not null default 0,
    check (publicity_end is null or publicity_end >= publicity_start)
);

-- one line per student of the population: the award won (or none), the rank and total of
-- the evaluation, or the exclusion and its reason
create table award_list_line (
    id             bigserial     primary key,
    round_id       bigint        not null references award_round (id) on delete cascade,
    student_id     bigint        not null references student (id),
    -- the student as listed (the published list is a record of its day)
    student_no     varchar(40)   not null,
    student_name   varchar(200)  not null,
    hospital_code  varchar(40),
    quota_group    varchar(100)  not null,
    rank           integer       not null default 0,
    total          numeric(7,2)  not null,
    award_type_id  bigint        references award_type (id),
    excluded       varchar(20)   check (excluded in ('DELAYED', 'ETHICS_VETO')),
    excluded_since date,
    unique (round_id, student_id)
);
create index award_list_line_type_idx on award_list_line (award_type_id) where award_type_id is not null;

-- the quota of each ranked award type in each quota group, as computed
create table award_quota (
    round_id      bigint       not null references award_round (id) on delete cascade,
    quota_group   varchar(100) not null,
    award_type_id bigint       not null references award_type (id),
    population    integer      not null,
    quota         integer      not null,
    primary key (round_id, quota_group, award_type_id)
);

-- each hospital office's review of its students' part, with an optional remark
create table award_hospital_review (
    round_id      bigint        not null references award_round (id) on delete cascade,
    hospital_code varchar(40)   not null,
    remark        varchar(1000),
    reviewed_by   varchar(100)  not null,
    reviewed_at   timestamptz   not null default now(),
    primary key (round_id, hospital_code)
);

-- a student's objection during publicity (异议), one per student and round
create table award_objection (
    id            bigserial     primary key,
    round_id      bigint        not null references award_round (id) on delete cascade,
    student_id    bigint        not null references student (id),
    reason        varchar(2000) not null,
    state         varchar(12)   not null check (state in ('WAITING', 'UPHELD', 'DISMISSED')),
    submitted_at  timestamptz   not null default now(),
    decided_by    varchar(100),
    decided_at    timestamptz,
    decision_note varchar(2000),
    version       bigint        not null default 0,
    unique (round_id, student_id)
);

-- the list's history: every correction with its reason (an upheld objection)
create table award_list_change (
    id            bigserial     primary key,
    round_id      bigint        not null references award_round (id) on delete cascade,
    student_id    bigint        not null references student (id),
    from_type_id  bigint        references award_type (id),
    to_type_id    bigint        references award_type (id),
    objection_id  bigint        references award_objection (id),
    reason        varchar(2000) not null,
    changed_by    varchar(100)  not null,
    changed_at    timestamptz   not null default now()
);
create index award_list_change_round_idx on award_list_change (round_id, changed_at);

-- the reminder before a publicity period ends (to the students of the population and the
-- offices)
insert into reminder_rule (kind, days, working_days) values ('PUBLICITY_ENDING', 2, false);
