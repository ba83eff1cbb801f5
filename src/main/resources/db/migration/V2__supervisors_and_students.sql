-- Supervisors (导师) and students (研究生) with their status history.

create table supervisor (
    id                      bigserial primary key,
    staff_no                varchar(32)  not null unique,
    name                    varchar(100) not null,
    title_level             varchar(20)  not null check (title_level in ('FULL_SENIOR', 'ASSOCIATE_SENIOR', 'INTERMEDIATE')),
    doctoral_supervisor     boolean      not null,
    master_supervisor       boolean      not null,
    institution             varchar(200),
    hospital_id             bigint       references hospital (id),
    degree_committee_member boolean      not null default false,
    birth_year              integer      check (birth_year between 1900 and 2100),
    version                 bigint       not null default 0,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now()
);
create index supervisor_hospital_idx on supervisor (hospital_id);
create index supervisor_name_idx on supervisor (name);

create table student (
    id                bigserial primary key,
    student_no        varchar(32)  not null unique,
    name              varchar(100) not null,
    degree_type       varchar(20)  not null,
    program_code      varchar(40)  not null references program (code),
    cohort_year       integer      not null check (cohort_year between 1990 and 2100),
    discipline_code   varchar(16)  not null references discipline (code),
    admission_type    varchar(20)  not null,
    source_school     varchar(10),
    hospital_id       bigint       references hospital (id),
    supervisor_id     bigint       not null references supervisor (id),
    co_supervisor_id  bigint       references supervisor (id),
    status            varchar(30)  not null,
    status_since      date,
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);
create index student_program_idx on student (program_code, cohort_year);
create index student_hospital_idx on student (hospital_id);
create index student_supervisor_idx on student (supervisor_id);
create index student_co_supervisor_idx on student (co_supervisor_id);
create index student_status_idx on student (status);
create index student_name_idx on student (name);

create table student_status_change (
    id           bigserial primary key,
    student_id   bigint       not null references student (id),
    from_status  varchar(30),
    to_status    varchar(30)  not null,
    effective_on date         not null,
    reason       varchar(1000) not null,
    evidence     varchar(500),
    changed_by   varchar(100) not null,
    changed_at   timestamptz  not null default now()
);
create index student_status_change_student_idx on student_status_change (student_id, changed_at);
