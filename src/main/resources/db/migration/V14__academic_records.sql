-- The records the degree audit reads, keyed as the exchange contract keys them.

create table course (
    id          bigserial primary key,
    code        varchar(32)  not null unique,
    name        varchar(200) not null,
    name_en     varchar(200),
    category    varchar(30)  not null check (category in ('PUBLIC_REQUIRED', 'DEGREE_REQUIRED', 'DEGREE_PROFESSIONAL', 'ELECTIVE')),
    credits     numeric(4, 1) not null check (credits >= 0 and credits <= 99),
    hours       integer check (hours >= 0),
    language    varchar(40),
    version     bigint not null default 0,
    updated_at  timestamptz not null default now()
);

create table grade (
    id          bigserial primary key,
    student_id  bigint not null references student (id),
    course_id   bigint not null references course (id),
    term        varchar(6) not null check (term ~ '^[0-9]{4}-[12]$'),
    attempt     integer not null check (attempt between 1 and 9),
    score       numeric(5, 1) check (score >= 0 and score <= 100),
    result      varchar(4) check (result in ('PASS', 'FAIL')),
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null default now(),
    check (score is not null or result is not null),
    unique (student_id, course_id, term, attempt)
);
create index grade_course_idx on grade (course_id);

create table rotation (
    id              bigserial primary key,
    student_id      bigint not null references student (id),
    department_id   bigint not null references department (id),
    start_date      date not null,
    end_date        date not null,
    chief_resident  boolean not null default false,
    exam_result     varchar(4) check (exam_result in ('PASS', 'FAIL')),
    retake_result   varchar(4) check (retake_result in ('PASS', 'FAIL')),
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz not null default now(),
    check (end_date >= start_date),
    unique (student_id, department_id, start_date)
);
create index rotation_department_idx on rotation (department_id, start_date);

create table certificate (
    id          bigserial primary key,
    student_id  bigint not null references student (id),
    type        varchar(30) not null check (type in ('MEDICAL_LICENSE', 'RESIDENCY_COMPLETION')),
    obtained_on date not null,
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null default now(),
    unique (student_id, type)
);

create table milestone (
    id          bigserial primary key,
    student_id  bigint not null references student (id),
    type        varchar(30) not null check (type in ('PROPOSAL', 'MIDTERM', 'STAGE_ASSESSMENT', 'THESIS_PROGRESS', 'PRE_DEFENSE', 'CLINICAL_COMPETENCY', 'DEFENSE')),
    held_on     date not null,
    result      varchar(4) not null check (result in ('PASS', 'FAIL')),
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null default now(),
    unique (student_id, type, held_on)
);

create table publication (
    id                bigserial primary key,
    student_id        bigint not null references student (id),
    title             varchar(500) not null,
    journal           varchar(300) not null,
    indexing          varchar(10) not null check (indexing in ('SCI', 'CORE', 'OTHER')),
    author_position   integer not null check (author_position between 1 and 100),
    related_to_thesis boolean not null,
    article_type      varchar(20) not null default 'RESEARCH' check (article_type in ('RESEARCH', 'REVIEW', 'CASE_REPORT', 'OTHER')),
    published_on      date,
    recorded_by       varchar(100) not null,
    recorded_at       timestamptz not null default now(),
    unique (student_id, title)
);

create table thesis (
    id                 bigserial primary key,
    student_id         bigint not null unique references student (id),
    title              varchar(500) not null,
    body_chars         integer not null check (body_chars >= 0),
    abstract_zh_chars  integer not null check (abstract_zh_chars >= 0),
    abstract_en_chars  integer not null check (abstract_en_chars >= 0),
    similarity_percent numeric(5, 2) check (similarity_percent >= 0 and similarity_percent <= 100),
    declaration_signed boolean not null default false,
    recorded_by        varchar(100) not null,
    recorded_at        timestamptz not null default now()
);

create table thesis_review (
    id            bigserial primary key,
    student_id    bigint not null references student (id),
    reviewer_id   bigint not null references supervisor (id),
    verdict       varchar(30) not null check (verdict in ('AGREE', 'AGREE_AFTER_REVISION', 'DISAGREE')),
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz not null default now(),
    unique (student_id, reviewer_id)
);
