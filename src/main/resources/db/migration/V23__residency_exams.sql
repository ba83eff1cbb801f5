-- The residency completion exam (住院医师规范化培训结业考核): each sitting with its theory and
-- skills parts, recorded by the student's hospital office. A failed exam without the
-- completion certificate opens a case (DOMAIN §7 (4)).

create table residency_exam (
    id            bigserial primary key,
    student_id    bigint        not null references student (id),
    sat_on        date          not null,
    theory_result varchar(4)    not null check (theory_result in ('PASS', 'FAIL')),
    skills_result varchar(4)    not null check (skills_result in ('PASS', 'FAIL')),
    theory_score  numeric(5, 1) check (theory_score between 0 and 100),
    skills_score  numeric(5, 1) check (skills_score between 0 and 100),
    note          varchar(500),
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null default now(),
    unique (student_id, sat_on)
);
