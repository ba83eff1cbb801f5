-- Online exams (网考): question banks, papers drawn by rules, sittings, candidates' answers, marking.

create table exam_bank (
    id            bigserial primary key,
    title         varchar(200) not null,
    scope_kind    varchar(20)  not null check (scope_kind in ('DISCIPLINE', 'COURSE', 'DEPARTMENT')),
    scope_code    varchar(64)  not null,
    hospital_code varchar(32),
    created_by    varchar(100) not null,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);

create table exam_question (
    id          bigserial primary key,
    bank_id     bigint        not null references exam_bank (id),
    parent_id   bigint        references exam_question (id),
    position    integer       not null default 0,
    kind        varchar(10)   not null check (kind in ('SINGLE', 'MULTIPLE', 'CASE', 'OPEN')),
    stem        varchar(4000) not null,
    difficulty  integer       not null check (difficulty between 1 and 5),
    competency  varchar(40)   not null,
    points      numeric(5, 1) not null check (points > 0),
    image       bytea,
    image_type  varchar(40),
    version     bigint        not null default 0
);
create index exam_question_bank_idx on exam_question (bank_id, parent_id);

create table exam_option (
    id          bigserial primary key,
    question_id bigint        not null references exam_question (id),
    position    integer       not null,
    text        varchar(1000) not null,
    correct     boolean       not null
);
create index exam_option_question_idx on exam_option (question_id, position);

create table exam_sitting (
    id               bigserial primary key,
    bank_id          bigint       not null references exam_bank (id),
    title            varchar(200) not null,
    hospital_code    varchar(32)  not null,
    department_id    bigint       references department (id),
    opens_at         timestamptz  not null,
    closes_at        timestamptz  not null,
    duration_minutes integer      not null check (duration_minutes > 0),
    status           varchar(12)  not null check (status in ('DRAFT', 'PUBLISHED', 'RELEASED')),
    released_at      timestamptz,
    created_by       varchar(100) not null,
    version          bigint       not null default 0,
    check (closes_at > opens_at)
);

create table exam_rule (
    id             bigserial primary key,
    sitting_id     bigint      not null references exam_sitting (id),
    kind           varchar(10) not null check (kind in ('SINGLE', 'MULTIPLE', 'CASE', 'OPEN')),
    difficulty_min integer     not null check (difficulty_min between 1 and 5),
    difficulty_max integer     not null check (difficulty_max between 1 and 5),
    competency     varchar(40),
    question_count integer     not null check (question_count > 0)
);

create table exam_paper_question (
    sitting_id  bigint  not null references exam_sitting (id),
    position    integer not null,
    question_id bigint  not null references exam_question (id),
    primary key (sitting_id, position),
    unique (sitting_id, question_id)
);

create table exam_marker (
    sitting_id  bigint       not null references exam_sitting (id),
    question_id bigint       not null references exam_question (id),
    username    varchar(100) not null,
    primary key (sitting_id, question_id, username)
);
create index exam_marker_user_idx on exam_marker (username);

create table exam_candidate (
    id            bigserial primary key,
    sitting_id    bigint       not null references exam_sitting (id),
    student_id    bigint       not null references student (id),
    student_no    varchar(32)  not null,
    seed          bigint       not null,
    attempt_token varchar(64),
    started_at    timestamptz,
    deadline_at   timestamptz,
    submitted_at  timestamptz,
    timed_out     boolean      not null default false,
    score         numeric(5, 1),
    version       bigint       not null default 0,
    unique (sitting_id, student_id)
);
create index exam_candidate_student_idx on exam_candidate (student_no);

create table exam_answer (
    candidate_id bigint        not null references exam_candidate (id),
    question_id  bigint        not null references exam_question (id),
    answer       varchar(4000) not null,
    saved_at     timestamptz   not null default now(),
    score        numeric(5, 1),
    marked_by    varchar(100),
    primary key (candidate_id, question_id)
);

-- The theory score an online exam produced for a rotation, with the sitting it came from.
alter table rotation add column theory_exam_score numeric(5, 1);
alter table rotation add column theory_exam_sitting_id bigint;
