-- Admissions (招生) and graduate employment (就业), the annual report's inputs of the exchange
-- format v1.1 (datasets `admissions` and `employment`).

create table admission (
    id                 bigserial primary key,
    year               integer      not null check (year between 1990 and 2100),
    applicant_no       varchar(40)  not null,
    name               varchar(100) not null,
    program_code       varchar(40)  not null references program (code),
    discipline_code    varchar(16)  not null references discipline (code),
    admission_type     varchar(20)  not null check (admission_type in ('EXEMPT', 'EXAM', 'DIRECT_PHD', 'MASTER_TO_PHD', 'GENERAL')),
    source_school      varchar(10)  check (source_school in ('OWN', 'OTHER')),
    source_school_name varchar(200),
    first_choice       boolean      not null default false,
    admitted           boolean      not null,
    student_no         varchar(40),
    recorded_by        varchar(100) not null,
    recorded_at        timestamptz  not null default now(),
    version            bigint       not null default 0,
    unique (year, applicant_no)
);
create index admission_year_idx on admission (year, program_code);
create index admission_student_idx on admission (student_no);

-- the enrollment plan (招生计划) per year, program and discipline, entered by the graduate school
create table admission_plan (
    id              bigserial primary key,
    year            integer      not null check (year between 1990 and 2100),
    program_code    varchar(40)  not null references program (code),
    discipline_code varchar(16)  not null references discipline (code),
    planned         integer      not null check (planned >= 0),
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null default now(),
    unique (year, program_code, discipline_code)
);

create table employment (
    id               bigserial primary key,
    student_no       varchar(40)  not null unique,
    graduated_on     date         not null,
    destination_kind varchar(30)  not null check (destination_kind in ('HOSPITAL_TERTIARY', 'HOSPITAL_OTHER',
                         'UNIVERSITY', 'FURTHER_STUDY', 'ABROAD', 'OTHER_EMPLOYED', 'UNEMPLOYED')),
    employer         varchar(200),
    region           varchar(40),
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz  not null default now(),
    version          bigint       not null default 0
);
create index employment_graduated_idx on employment (graduated_on);
