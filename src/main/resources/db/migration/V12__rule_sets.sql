-- Program rule sets (培养方案) as data, versioned by cohort: each version applies from its first
-- cohort until the next version's first cohort, so older cohorts keep their verdicts.

create table rule_set (
    id           bigserial primary key,
    program_code varchar(40)   not null references program (code),
    version      varchar(20)   not null,
    from_cohort  integer,
    pass_mark    numeric(5, 2) not null default 60 check (pass_mark between 0 and 100),
    note         varchar(1000),
    created_by   varchar(100)  not null default 'system',
    created_at   timestamptz   not null default now(),
    unique (program_code, version),
    unique (program_code, from_cohort)
);

create table rule_set_check (
    id          bigserial primary key,
    rule_set_id bigint       not null references rule_set (id) on delete cascade,
    position    integer      not null,
    code        varchar(40)  not null,
    params      varchar(500) not null default '',
    unique (rule_set_id, code)
);

-- PUMC professional master (DOMAIN §3.1; 北京协和医学院 2021)
insert into rule_set (program_code, version, from_cohort, note)
values ('PUMC-PRO-MASTER', '2021', null, '北京协和医学院临床医学专业学位硕士研究生培养方案（2021）');
insert into rule_set_check (rule_set_id, position, code, params)
select r.id, c.position, c.code, c.params
from rule_set r, (values
    (1, 'CREDITS_TOTAL', 'min=16'),
    (2, 'CREDITS_PUBLIC_REQUIRED', 'min=4'),
    (3, 'CREDITS_DEGREE_REQUIRED', 'min=8'),
    (4, 'CREDITS_DEGREE_PROFESSIONAL', 'min=4'),
    (5, 'REQUIRED_COURSES_PASSED', ''),
    (6, 'MILESTONE_PROPOSAL', ''),
    (7, 'MILESTONE_MIDTERM', ''),
    (8, 'MILESTONE_PRE_DEFENSE', ''),
    (9, 'THESIS_LENGTH', 'min=10000'),
    (10, 'THESIS_ABSTRACT_ZH', 'max=1000'),
    (11, 'THESIS_ABSTRACT_EN', 'max=2000'),
    (12, 'SIMILARITY', 'max=30'),
    (13, 'BLIND_REVIEW', 'min=3'),
    (14, 'MILESTONE_DEFENSE', ''),
    (15, 'CLINICAL_MONTHS', 'min=33'),
    (16, 'SUBSPECIALTIES_ROTATED', 'min=3;disciplines=105101,105111'),
    (17, 'ROTATION_EXAMS_PASSED', ''),
    (18, 'MEDICAL_LICENSE', 'deadline=+3-01-31'),
    (19, 'RESIDENCY_CERTIFICATE', ''),
    (20, 'CLINICAL_COMPETENCY', ''),
    (21, 'PUBLICATION', 'min=1')
) as c(position, code, params)
where r.program_code = 'PUMC-PRO-MASTER' and r.version = '2021';

-- Tianjin professional doctorate (DOMAIN §3.2; 天津医科大学 2023)
insert into rule_set (program_code, version, from_cohort, note)
values ('TMU-PRO-DOCTOR', '2023', null, '天津医科大学临床医学专业学位博士研究生培养方案（2023）');
insert into rule_set_check (rule_set_id, position, code, params)
select r.id, c.position, c.code, c.params
from rule_set r, (values
    (1, 'REQUIRED_COURSES_PASSED', ''),
    (2, 'MILESTONE_PROPOSAL', ''),
    (3, 'MILESTONE_MIDTERM', ''),
    (4, 'MILESTONE_PRE_DEFENSE', ''),
    (5, 'SIMILARITY', 'max=30'),
    (6, 'BLIND_REVIEW', 'min=5'),
    (7, 'MILESTONE_DEFENSE', ''),
    (8, 'CLINICAL_MONTHS', 'min=24'),
    (9, 'CHIEF_RESIDENT_MONTHS', 'min=6'),
    (10, 'ROTATION_EXAMS_PASSED', ''),
    (11, 'CLINICAL_COMPETENCY', '')
) as c(position, code, params)
where r.program_code = 'TMU-PRO-DOCTOR' and r.version = '2023';

-- Zhejiang doctorate (DOMAIN §3.3; 浙江大学 2021)
insert into rule_set (program_code, version, from_cohort, note)
values ('ZJU-DOCTOR', '2021', null, '浙江大学临床医学博士研究生培养要求（2021）');
insert into rule_set_check (rule_set_id, position, code, params)
select r.id, c.position, c.code, c.params
from rule_set r, (values
    (1, 'REQUIRED_COURSES_PASSED', ''),
    (2, 'MILESTONE_PROPOSAL', ''),
    (3, 'MILESTONE_MIDTERM', ''),
    (4, 'SIMILARITY', 'max=30'),
    (5, 'BLIND_REVIEW', 'min=5'),
    (6, 'MILESTONE_DEFENSE', '')
) as c(position, code, params)
where r.program_code = 'ZJU-DOCTOR' and r.version = '2021';

-- PUMCH clinical postdoc (DOMAIN §3.4): 3 years of clinical training with rotation exams,
-- the clinical competency assessment (OSCE), a mid-term review, the completion defense (结业答辩)
-- and one first-author SCI or core research paper.
insert into rule_set (program_code, version, from_cohort, note)
values ('PUMCH-POSTDOC', '2021', null, '北京协和医院临床医学博士后培养方案');
insert into rule_set_check (rule_set_id, position, code, params)
select r.id, c.position, c.code, c.params
from rule_set r, (values
    (1, 'MILESTONE_MIDTERM', ''),
    (2, 'MILESTONE_DEFENSE', ''),
    (3, 'CLINICAL_MONTHS', 'min=24'),
    (4, 'ROTATION_EXAMS_PASSED', ''),
    (5, 'CLINICAL_COMPETENCY', ''),
    (6, 'PUBLICATION', 'min=1')
) as c(position, code, params)
where r.program_code = 'PUMCH-POSTDOC' and r.version = '2021';
