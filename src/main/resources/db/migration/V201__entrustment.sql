-- Tiered privileges (进阶式分层培养, entrustment; issue 20 step 5): procedures and
-- responsibilities as data with levels of supervision; a trainee is granted a level by a
-- decision of the mentor group that lists the recorded assessments it rests on; a grant is
-- superseded by a later one for the same activity or revoked with a reason.

create table entrustment_level (
    level          smallint     primary key check (level between 1 and 5),
    name           varchar(100) not null,
    name_en        varchar(150) not null
);
insert into entrustment_level (level, name, name_en) values
    (1, '仅观摩', 'Observes only'),
    (2, '在上级医师直接指导下完成（上级在场）', 'Performs under direct supervision (supervisor present)'),
    (3, '在间接指导下完成（上级可随时到场）', 'Performs under indirect supervision (supervisor available at once)'),
    (4, '独立完成，事后审核', 'Performs independently, reviewed afterwards'),
    (5, '可指导低年资医师', 'Supervises junior doctors');

create table entrustment_activity (
    code        varchar(40)  primary key,
    position    integer      not null unique,
    name        varchar(150) not null,
    name_en     varchar(200) not null,
    description varchar(300),
    description_en varchar(300)
);
insert into entrustment_activity (code, position, name, name_en, description, description_en) values
    ('WARD_PATIENTS', 1, '独立管理病房患者', 'Managing ward patients', '分管床位：2 级 ≤ 4 张，3 级 ≤ 8 张，4 级 ≤ 12 张', 'Beds managed: level 2 up to 4, level 3 up to 8, level 4 up to 12'),
    ('ADMISSION_NIGHT', 2, '夜班收治新入院患者', 'Night admissions', null, null),
    ('CENTRAL_LINE', 3, '中心静脉置管', 'Central venous catheter', null, null),
    ('LUMBAR_PUNCTURE', 4, '腰椎穿刺', 'Lumbar puncture', null, null),
    ('APPENDECTOMY', 5, '阑尾切除术（主刀）', 'Appendectomy as primary surgeon', null, null),
    ('CHOLECYSTECTOMY_SEGMENT', 6, '腹腔镜胆囊切除术关键步骤（主刀）', 'Laparoscopic cholecystectomy key steps as primary surgeon', null, null),
    ('CHIEF_RESIDENT', 7, '住院总医师值班与会诊', 'Chief resident duty and consultations', null, null);

create table entrustment_grant (
    id             bigserial    primary key,
    student_id     bigint       not null references student (id),
    activity_code  varchar(40)  not null references entrustment_activity (code),
    level          smallint     not null references entrustment_level (level),
    status         varchar(12)  not null check (status in ('GRANTED', 'SUPERSEDED', 'REVOKED')),
    decided_on     date         not null,
    decision_note  varchar(500),
    decided_by     varchar(100) not null,
    revoked_reason varchar(500),
    revoked_by     varchar(100),
    revoked_on     date,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now()
);
create index entrustment_grant_student_idx on entrustment_grant (student_id, activity_code);
create unique index entrustment_grant_one_current on entrustment_grant (student_id, activity_code) where status = 'GRANTED';

-- The recorded assessments a decision rests on (copied from the trainee's profile readings).
create table entrustment_basis (
    grant_id        bigint       not null references entrustment_grant (id) on delete cascade,
    position        integer      not null,
    assessment_kind varchar(20)  not null,
    assessed_on     date         not null,
    competency_code varchar(30)  not null references competency (code),
    value           numeric(6, 2) not null,
    level           numeric(3, 1) not null,
    primary key (grant_id, position)
);
