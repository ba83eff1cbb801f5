-- Organisation and reference data: hospitals, departments, disciplines, terms, programs.

create table hospital (
    id          bigserial primary key,
    code        varchar(32)  not null unique,
    name        varchar(200) not null,
    name_en     varchar(200),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);

create table discipline (
    code        varchar(16)  primary key,
    name        varchar(100) not null,
    name_en     varchar(150) not null,
    level       smallint     not null check (level in (1, 2)),
    parent_code varchar(16)  references discipline (code)
);

create table subspecialty (
    id              bigserial primary key,
    discipline_code varchar(16)  not null references discipline (code),
    name            varchar(100) not null,
    name_en         varchar(150) not null,
    unique (discipline_code, name)
);

create table department (
    id           bigserial primary key,
    hospital_id  bigint       not null references hospital (id),
    code         varchar(32)  not null,
    name         varchar(200) not null,
    subspecialty varchar(100),
    beds         integer      check (beds >= 0),
    capacity     integer      check (capacity >= 0),
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    unique (hospital_id, code)
);

create table academic_term (
    code      varchar(7) primary key,
    year      integer    not null,
    semester  smallint   not null check (semester in (1, 2)),
    starts_on date       not null,
    ends_on   date       not null
);

create table program (
    code        varchar(40)  primary key,
    name        varchar(200) not null,
    name_en     varchar(200) not null,
    degree_type varchar(20)  not null,
    university  varchar(200) not null,
    university_en varchar(200) not null,
    discipline_code varchar(16) not null references discipline (code),
    standard_years  smallint not null
);

insert into discipline (code, name, name_en, level, parent_code) values
    ('1051', '临床医学', 'Clinical Medicine (professional)', 1, null),
    ('1002', '临床医学', 'Clinical Medicine (academic)', 1, null);

insert into discipline (code, name, name_en, level, parent_code) values
    ('105101', '内科学', 'Internal Medicine', 2, '1051'),
    ('105102', '儿科学', 'Pediatrics', 2, '1051'),
    ('105103', '老年医学', 'Geriatrics', 2, '1051'),
    ('105104', '神经病学', 'Neurology', 2, '1051'),
    ('105105', '精神病与精神卫生学', 'Psychiatry and Mental Health', 2, '1051'),
    ('105106', '皮肤病与性病学', 'Dermatology and Venereology', 2, '1051'),
    ('105107', '急诊医学', 'Emergency Medicine', 2, '1051'),
    ('105108', '重症医学', 'Critical Care Medicine', 2, '1051'),
    ('105109', '全科医学', 'General Practice', 2, '1051'),
    ('105110', '康复医学与理疗学', 'Rehabilitation Medicine and Physiotherapy', 2, '1051'),
    ('105111', '外科学', 'Surgery', 2, '1051'),
    ('105112', '儿外科学', 'Pediatric Surgery', 2, '1051'),
    ('105115', '妇产科学', 'Obstetrics and Gynecology', 2, '1051'),
    ('105116', '眼科学', 'Ophthalmology', 2, '1051'),
    ('105117', '耳鼻咽喉科学', 'Otorhinolaryngology', 2, '1051'),
    ('105118', '麻醉学', 'Anesthesiology', 2, '1051'),
    ('105119', '临床病理', 'Clinical Pathology', 2, '1051'),
    ('105120', '临床检验诊断学', 'Clinical Laboratory Diagnostics', 2, '1051'),
    ('105121', '肿瘤学', 'Oncology', 2, '1051'),
    ('105122', '放射肿瘤学', 'Radiation Oncology', 2, '1051'),
    ('105123', '放射影像学', 'Radiology', 2, '1051'),
    ('105124', '超声医学', 'Ultrasound Medicine', 2, '1051'),
    ('105125', '核医学', 'Nuclear Medicine', 2, '1051');

insert into subspecialty (discipline_code, name, name_en) values
    ('105101', '心血管病', 'Cardiology'),
    ('105101', '血液病', 'Hematology'),
    ('105101', '呼吸系病', 'Respiratory Medicine'),
    ('105101', '消化系病', 'Gastroenterology'),
    ('105101', '内分泌与代谢病', 'Endocrinology and Metabolism'),
    ('105101', '肾病', 'Nephrology'),
    ('105101', '风湿病', 'Rheumatology'),
    ('105101', '感染病', 'Infectious Diseases'),
    ('105111', '普通外科', 'General Surgery'),
    ('105111', '骨外科', 'Orthopedic Surgery'),
    ('105111', '胸心外科', 'Cardiothoracic Surgery'),
    ('105111', '泌尿外科', 'Urology'),
    ('105111', '神经外科', 'Neurosurgery'),
    ('105111', '整形外科', 'Plastic Surgery'),
    ('105111', '烧伤外科', 'Burn Surgery');

-- Two semesters a year: September to January and February to July.
insert into academic_term (code, year, semester, starts_on, ends_on)
select y || '-1', y, 1, make_date(y, 9, 1), make_date(y + 1, 1, 31) from generate_series(2015, 2040) as y
union all
select y || '-2', y, 2, make_date(y + 1, 2, 1), make_date(y + 1, 7, 31) from generate_series(2015, 2040) as y;

insert into program (code, name, name_en, degree_type, university, university_en, discipline_code, standard_years) values
    ('PUMC-PRO-MASTER', '临床医学专业学位硕士', 'Clinical Medicine Professional Master', 'PRO_MASTER',
        '北京协和医学院', 'Peking Union Medical College', '1051', 3),
    ('TMU-PRO-DOCTOR', '临床医学专业学位博士', 'Clinical Medicine Professional Doctorate', 'PRO_DOCTOR',
        '天津医科大学', 'Tianjin Medical University', '1051', 3),
    ('ZJU-DOCTOR', '临床医学博士（学术学位）', 'Clinical Medicine Doctorate (academic)', 'ACADEMIC_DOCTOR',
        '浙江大学', 'Zhejiang University', '1002', 4),
    ('PUMCH-POSTDOC', '临床医学博士后', 'Clinical Postdoctoral Program', 'POSTDOC',
        '北京协和医院', 'Peking Union Medical College Hospital', '1051', 3);
