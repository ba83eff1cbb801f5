-- Competency-based training (DOMAIN §3.4): the individual training plan of a clinical
-- postdoc built from the program's template, and the competency framework as data.

-- A program's plan template: the periods of the training years (clinical, research,
-- abroad) with their months; optional periods (year-3 abroad) may be left out by the office.
create table training_plan_template (
    id              bigserial primary key,
    program_code    varchar(40)  not null unique references program (code),
    duration_months integer      not null check (duration_months between 1 and 120),
    min_mentors     integer      not null default 3 check (min_mentors between 1 and 9),
    note            varchar(500)
);

create table training_plan_template_item (
    id          bigserial primary key,
    template_id bigint       not null references training_plan_template (id) on delete cascade,
    position    integer      not null,
    year_no     integer      not null check (year_no between 1 and 10),
    phase       varchar(20)  not null check (phase in ('CLINICAL', 'RESEARCH', 'ABROAD', 'TEACHING')),
    title       varchar(200) not null,
    title_en    varchar(200) not null,
    months      integer      not null check (months between 1 and 24),
    optional    boolean      not null,
    unique (template_id, position)
);

insert into training_plan_template (program_code, duration_months, note)
values ('PUMCH-POSTDOC', 36, '北京协和医院临床医学博士后：第一年强化临床，第二年科研训练，第三年择优海外交流');
insert into training_plan_template_item (template_id, position, year_no, phase, title, title_en, months, optional)
select t.id, i.position, i.year_no, i.phase, i.title, i.title_en, i.months, i.optional
from training_plan_template t, (values
    (1, 1, 'CLINICAL', '强化临床培训（二级学科高强度轮转）', 'Intensive clinical training (second-level discipline)', 12, false),
    (2, 2, 'CLINICAL', '临床培训（亚专业轮转）', 'Clinical training (sub-specialty rotations)', 6, false),
    (3, 2, 'RESEARCH', '科研训练（CTSI 临床研究设计）', 'Research training (CTSI clinical research design)', 6, false),
    (4, 3, 'CLINICAL', '临床培训（进阶式分层，住院总医师）', 'Clinical training (tiered responsibility, chief resident)', 9, false),
    (5, 3, 'ABROAD', '海外交流（择优）', 'Period abroad (selected trainees)', 3, true)
) as i(position, year_no, phase, title, title_en, months, optional)
where t.program_code = 'PUMCH-POSTDOC';

-- A trainee's plan: copied from the template when the office creates it, then adjusted
-- with a reason per change (training_plan_change keeps the history).
create table training_plan (
    id          bigserial primary key,
    student_id  bigint       not null unique references student (id),
    template_id bigint       not null references training_plan_template (id),
    starts_on   date         not null,
    version     bigint       not null default 0,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now()
);

create table training_plan_item (
    id          bigserial primary key,
    plan_id     bigint       not null references training_plan (id) on delete cascade,
    position    integer      not null,
    year_no     integer      not null check (year_no between 1 and 10),
    phase       varchar(20)  not null check (phase in ('CLINICAL', 'RESEARCH', 'ABROAD', 'TEACHING')),
    title       varchar(200) not null,
    title_en    varchar(200) not null,
    months      integer      not null check (months between 1 and 24),
    optional    boolean      not null,
    included    boolean      not null default true,
    note        varchar(500),
    unique (plan_id, position)
);

-- The mentor group (导师组) named on the plan; one member leads it.
create table training_plan_mentor (
    plan_id       bigint  not null references training_plan (id) on delete cascade,
    supervisor_id bigint  not null references supervisor (id),
    lead          boolean not null,
    primary key (plan_id, supervisor_id)
);
create unique index training_plan_one_lead on training_plan_mentor (plan_id) where lead;

create table training_plan_change (
    id         bigserial primary key,
    plan_id    bigint       not null references training_plan (id) on delete cascade,
    kind       varchar(20)  not null check (kind in ('CREATED', 'MONTHS', 'LEFT_OUT', 'TAKEN_BACK', 'ADDED', 'MENTORS')),
    subject    varchar(200),
    subject_en varchar(200),
    old_value  varchar(500),
    new_value  varchar(500),
    reason     varchar(500) not null,
    changed_by varchar(100) not null,
    changed_at timestamptz  not null default now()
);
create index training_plan_change_plan_idx on training_plan_change (plan_id, changed_at);

-- The six core competencies of residents (住院医师核心胜任力) with five levels each.
create table competency (
    code           varchar(30)  primary key,
    position       integer      not null unique,
    name           varchar(100) not null,
    name_en        varchar(100) not null,
    description    varchar(500) not null,
    description_en varchar(500) not null
);

create table competency_level (
    competency_code varchar(30)  not null references competency (code),
    level           smallint     not null check (level between 1 and 5),
    descriptor      varchar(500) not null,
    descriptor_en   varchar(500) not null,
    primary key (competency_code, level)
);

insert into competency (code, position, name, name_en, description, description_en) values
    ('PROFESSIONALISM', 1, '职业素养', 'Professionalism', '医德、责任心、尊重患者与同事、遵守规范', 'Ethics, accountability, respect for patients and colleagues, adherence to standards'),
    ('KNOWLEDGE_SKILLS', 2, '知识技能', 'Knowledge and skills', '医学知识与临床操作技能', 'Medical knowledge and clinical procedural skills'),
    ('PATIENT_CARE', 3, '病人照护', 'Patient care', '采集病史、诊断推理、制定并执行诊疗计划', 'History taking, diagnostic reasoning, planning and carrying out care'),
    ('COMMUNICATION', 4, '沟通合作', 'Communication and collaboration', '与患者、家属及团队沟通与协作', 'Communicating and working with patients, families and the team'),
    ('TEACHING', 5, '教学能力', 'Teaching', '带教医学生与低年资医师', 'Teaching students and junior doctors'),
    ('LIFELONG_LEARNING', 6, '终生学习', 'Lifelong learning', '自我评估、循证学习与科研', 'Self-assessment, evidence-based learning and research');

insert into competency_level (competency_code, level, descriptor, descriptor_en)
select c.code, l.level, l.descriptor, l.descriptor_en
from competency c, (values
    (1, '需在直接指导下完成，仅能观察和参与', 'Observes and takes part under direct supervision only'),
    (2, '在直接指导下可完成常规任务', 'Carries out routine tasks under direct supervision'),
    (3, '在间接指导下可独立完成常规任务', 'Carries out routine tasks independently with indirect supervision'),
    (4, '可独立处理复杂情况，偶需指导', 'Handles complex situations independently, occasional supervision'),
    (5, '可指导他人，达到专科医师水平', 'Supervises others; at the level of a specialist')
) as l(level, descriptor, descriptor_en);

-- Which assessment kind evidences which competency and how its values read as levels:
-- a value between scale_min and scale_max is read linearly onto levels 1–5.
-- RATING: the rating the assessor gave that competency; SCORE: the assessment's score
-- (for the exit exam, the skills score where given, else the theory score).
create table competency_source (
    assessment_kind varchar(20) not null check (assessment_kind in ('EXIT_EXAM', 'MINI_CEX', 'DOPS', 'MEDICAL_RECORD', 'ANNUAL', 'OSCE_SHEET', 'MULTISOURCE')),
    competency_code varchar(30) not null references competency (code),
    reads           varchar(10) not null check (reads in ('RATING', 'SCORE')),
    scale_min       numeric(5, 1) not null,
    scale_max       numeric(5, 1) not null,
    check (scale_max > scale_min),
    primary key (assessment_kind, competency_code)
);

insert into competency_source (assessment_kind, competency_code, reads, scale_min, scale_max) values
    ('EXIT_EXAM', 'KNOWLEDGE_SKILLS', 'SCORE', 40, 100),
    ('EXIT_EXAM', 'PATIENT_CARE', 'SCORE', 40, 100),
    ('MINI_CEX', 'PATIENT_CARE', 'RATING', 1, 9),
    ('MINI_CEX', 'COMMUNICATION', 'RATING', 1, 9),
    ('MINI_CEX', 'PROFESSIONALISM', 'RATING', 1, 9),
    ('MINI_CEX', 'KNOWLEDGE_SKILLS', 'RATING', 1, 9),
    ('DOPS', 'KNOWLEDGE_SKILLS', 'RATING', 1, 9),
    ('DOPS', 'PATIENT_CARE', 'RATING', 1, 9),
    ('MEDICAL_RECORD', 'KNOWLEDGE_SKILLS', 'SCORE', 40, 100),
    ('MEDICAL_RECORD', 'PROFESSIONALISM', 'SCORE', 40, 100),
    ('ANNUAL', 'PROFESSIONALISM', 'RATING', 1, 9),
    ('ANNUAL', 'KNOWLEDGE_SKILLS', 'RATING', 1, 9),
    ('ANNUAL', 'PATIENT_CARE', 'RATING', 1, 9),
    ('ANNUAL', 'COMMUNICATION', 'RATING', 1, 9),
    ('ANNUAL', 'TEACHING', 'RATING', 1, 9),
    ('ANNUAL', 'LIFELONG_LEARNING', 'RATING', 1, 9),
    ('OSCE_SHEET', 'PROFESSIONALISM', 'SCORE', 0, 100),
    ('OSCE_SHEET', 'KNOWLEDGE_SKILLS', 'SCORE', 0, 100),
    ('OSCE_SHEET', 'PATIENT_CARE', 'SCORE', 0, 100),
    ('OSCE_SHEET', 'COMMUNICATION', 'SCORE', 0, 100),
    ('OSCE_SHEET', 'TEACHING', 'SCORE', 0, 100),
    ('OSCE_SHEET', 'LIFELONG_LEARNING', 'SCORE', 0, 100),
    ('MULTISOURCE', 'PROFESSIONALISM', 'RATING', 1, 5),
    ('MULTISOURCE', 'KNOWLEDGE_SKILLS', 'RATING', 1, 5),
    ('MULTISOURCE', 'PATIENT_CARE', 'RATING', 1, 5),
    ('MULTISOURCE', 'COMMUNICATION', 'RATING', 1, 5),
    ('MULTISOURCE', 'TEACHING', 'RATING', 1, 5),
    ('MULTISOURCE', 'LIFELONG_LEARNING', 'RATING', 1, 5);
