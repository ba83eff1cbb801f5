-- Rotation plan templates per discipline, per-student plans, scheduling with capacity,
-- cohort schedule proposals and rotation assessments (DOMAIN §3.4, §4).

alter table rotation
    add column override_reason varchar(500),
    add column version bigint not null default 0;
create index rotation_student_idx on rotation (student_id, start_date);
create index rotation_end_idx on rotation (end_date);

-- A rotation area is matched to a hospital's departments by sub-specialty (third-level
-- discipline) or, for departments outside one, by a word of the department's name.
create table rotation_template (
    id              bigserial primary key,
    discipline_code varchar(16)  not null unique references discipline (code),
    note            varchar(500),
    version         bigint       not null default 0,
    updated_by      varchar(100) not null default 'system',
    updated_at      timestamptz  not null default now()
);

create table rotation_template_item (
    id                 bigserial primary key,
    template_id        bigint       not null references rotation_template (id) on delete cascade,
    position           integer      not null,
    area               varchar(100) not null,
    area_en            varchar(100) not null,
    subspecialty       varchar(100),
    department_keyword varchar(50),
    months             integer      not null check (months between 1 and 36),
    mandatory          boolean      not null,
    check (subspecialty is not null or department_keyword is not null),
    unique (template_id, area)
);

create table rotation_plan_item (
    id                 bigserial primary key,
    student_id         bigint       not null references student (id),
    position           integer      not null,
    area               varchar(100) not null,
    area_en            varchar(100) not null,
    subspecialty       varchar(100),
    department_keyword varchar(50),
    months             integer      not null check (months between 0 and 36),
    mandatory          boolean      not null,
    check (subspecialty is not null or department_keyword is not null),
    unique (student_id, area)
);
create index rotation_plan_item_student_idx on rotation_plan_item (student_id);

create table rotation_plan_change (
    id         bigserial primary key,
    student_id bigint        not null references student (id),
    change     varchar(300)  not null,
    reason     varchar(500)  not null,
    actor      varchar(100)  not null,
    changed_at timestamptz   not null default now()
);
create index rotation_plan_change_student_idx on rotation_plan_change (student_id);

-- Assessments: end-of-rotation exam (theory and skills, one retake), Mini-CEX, DOPS,
-- medical-record writing, and the annual assessment (no rotation). Ratings of the six core
-- competencies (1–9) where the assessor gives them.
create table rotation_assessment (
    id                bigserial primary key,
    student_id        bigint       not null references student (id),
    rotation_id       bigint       references rotation (id) on delete cascade,
    kind              varchar(20)  not null check (kind in ('EXIT_EXAM', 'MINI_CEX', 'DOPS', 'MEDICAL_RECORD', 'ANNUAL')),
    attempt           smallint     not null default 1 check (attempt between 1 and 2),
    assessment_year   integer,
    theory_score      numeric(5, 1) check (theory_score between 0 and 100),
    skills_score      numeric(5, 1) check (skills_score between 0 and 100),
    score             numeric(5, 1) check (score between 0 and 100),
    passed            boolean,
    professionalism   smallint check (professionalism between 1 and 9),
    knowledge_skills  smallint check (knowledge_skills between 1 and 9),
    patient_care      smallint check (patient_care between 1 and 9),
    communication     smallint check (communication between 1 and 9),
    teaching          smallint check (teaching between 1 and 9),
    lifelong_learning smallint check (lifelong_learning between 1 and 9),
    comments          varchar(1000),
    assessed_on       date         not null,
    assessor          varchar(100) not null,
    recorded_at       timestamptz  not null default now(),
    check ((kind = 'ANNUAL') = (rotation_id is null)),
    check (kind <> 'ANNUAL' or assessment_year is not null)
);
create unique index rotation_exit_exam_attempt on rotation_assessment (rotation_id, attempt) where kind = 'EXIT_EXAM';
create unique index rotation_annual_attempt on rotation_assessment (student_id, assessment_year, attempt) where kind = 'ANNUAL';
create index rotation_assessment_rotation_idx on rotation_assessment (rotation_id);
create index rotation_assessment_student_idx on rotation_assessment (student_id);

create table schedule_proposal (
    id          bigserial primary key,
    hospital_id bigint       not null references hospital (id),
    cohort_year integer      not null,
    starts_on   date         not null,
    ends_on     date         not null,
    status      varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'ACCEPTED', 'DISCARDED')),
    students    integer      not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

create table schedule_proposal_item (
    id            bigserial primary key,
    proposal_id   bigint       not null references schedule_proposal (id) on delete cascade,
    student_id    bigint       not null references student (id),
    department_id bigint       references department (id),
    area          varchar(100) not null,
    start_date    date,
    end_date      date,
    problem       varchar(40),
    check ((department_id is null) = (problem is not null))
);
create index schedule_proposal_item_proposal_idx on schedule_proposal_item (proposal_id);

-- Templates (国家《住院医师规范化培训内容与标准》, simplified to the rotation areas of the
-- demo hospitals): 内科学 and 外科学 with their sub-specialties, 儿科学 and 妇产科学.
insert into rotation_template (discipline_code, note) values
    ('105101', '内科学：心血管、呼吸、消化、内分泌、肾脏、血液、感染、风湿 + 急诊、神经内科'),
    ('105111', '外科学：普通外科为主，骨科、胸心、泌尿、神经外科 + 麻醉、急诊'),
    ('105102', '儿科学：儿科病房与门急诊 + 急诊、放射'),
    ('105115', '妇产科学：妇科、产科 + 普通外科、麻醉、急诊');

insert into rotation_template_item (template_id, position, area, area_en, subspecialty, department_keyword, months, mandatory)
select t.id, i.position, i.area, i.area_en, i.subspecialty, i.keyword, i.months, i.mandatory
from rotation_template t join (values
    ('105101', 1, '心血管病', 'Cardiology', '心血管病', null, 5, true),
    ('105101', 2, '呼吸系病', 'Respiratory Medicine', '呼吸系病', null, 4, true),
    ('105101', 3, '消化系病', 'Gastroenterology', '消化系病', null, 4, true),
    ('105101', 4, '内分泌与代谢病', 'Endocrinology', '内分泌与代谢病', null, 3, true),
    ('105101', 5, '肾病', 'Nephrology', '肾病', null, 3, true),
    ('105101', 6, '血液病', 'Hematology', '血液病', null, 3, true),
    ('105101', 7, '感染病', 'Infectious Diseases', '感染病', null, 2, true),
    ('105101', 8, '风湿病', 'Rheumatology', '风湿病', null, 2, false),
    ('105101', 9, '急诊科', 'Emergency', null, '急诊', 4, true),
    ('105101', 10, '神经内科', 'Neurology', null, '神经内科', 3, false),
    ('105111', 1, '普通外科', 'General Surgery', '普通外科', null, 12, true),
    ('105111', 2, '骨外科', 'Orthopedics', '骨外科', null, 4, true),
    ('105111', 3, '胸心外科', 'Cardiothoracic Surgery', '胸心外科', null, 4, true),
    ('105111', 4, '泌尿外科', 'Urology', '泌尿外科', null, 3, true),
    ('105111', 5, '神经外科', 'Neurosurgery', '神经外科', null, 3, true),
    ('105111', 6, '麻醉科', 'Anesthesiology', null, '麻醉', 3, true),
    ('105111', 7, '急诊科', 'Emergency', null, '急诊', 4, true),
    ('105102', 1, '儿科', 'Pediatrics', null, '儿科', 27, true),
    ('105102', 2, '急诊科', 'Emergency', null, '急诊', 3, true),
    ('105102', 3, '放射科', 'Radiology', null, '放射', 3, false),
    ('105115', 1, '妇产科', 'Obstetrics and Gynecology', null, '妇产', 24, true),
    ('105115', 2, '普通外科', 'General Surgery', '普通外科', null, 3, true),
    ('105115', 3, '麻醉科', 'Anesthesiology', null, '麻醉', 3, true),
    ('105115', 4, '急诊科', 'Emergency', null, '急诊', 3, true)
) as i(discipline, position, area, area_en, subspecialty, keyword, months, mandatory) on i.discipline = t.discipline_code;
