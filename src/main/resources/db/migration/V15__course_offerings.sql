-- Courses beyond the contract's catalog columns: instructor and department, offerings per term,
-- enrollment, grade change history, the programs' course policies, practice / innovation credit
-- applications and anonymous course evaluations.

alter table course
    add column instructor varchar(200),
    add column department varchar(200);

-- Credits awarded when they differ from the course's own (practice credits: 2–4 as approved).
alter table grade
    add column credits numeric(4, 1) check (credits >= 0 and credits <= 99);

create table course_offering (
    id              bigserial primary key,
    course_id       bigint      not null references course (id),
    term            varchar(6)  not null check (term ~ '^[0-9]{4}-[12]$'),
    instructor_id   bigint      references supervisor (id),
    capacity        integer     check (capacity > 0),
    grading         varchar(10) not null default 'SCORE' check (grading in ('SCORE', 'PASS_FAIL')),
    evaluation_open boolean     not null default true,
    version         bigint      not null default 0,
    created_by      varchar(100) not null,
    created_at      timestamptz not null default now(),
    unique (course_id, term)
);
create index course_offering_term_idx on course_offering (term);
create index course_offering_instructor_idx on course_offering (instructor_id);

create table enrollment (
    id          bigserial primary key,
    offering_id bigint not null references course_offering (id) on delete cascade,
    student_id  bigint not null references student (id),
    enrolled_by varchar(100) not null,
    enrolled_at timestamptz not null default now(),
    unique (offering_id, student_id)
);
create index enrollment_student_idx on enrollment (student_id);

-- Every change of a grade, written by the database so that batch imports are covered too.
create table grade_change (
    id          bigserial primary key,
    grade_id    bigint       not null references grade (id) on delete cascade,
    old_score   numeric(5, 1),
    old_result  varchar(4),
    new_score   numeric(5, 1),
    new_result  varchar(4),
    changed_by  varchar(100) not null,
    changed_at  timestamptz  not null default now()
);
create index grade_change_grade_idx on grade_change (grade_id);

-- Statement-level triggers with transition tables: one insert per statement, so that batch
-- imports of a whole term stay fast.
create function record_inserted_grades() returns trigger language plpgsql as $$
begin
    insert into grade_change (grade_id, new_score, new_result, changed_by)
    select n.id, n.score, n.result, n.recorded_by from new_grades n;
    return null;
end;
$$;

create function record_updated_grades() returns trigger language plpgsql as $$
begin
    insert into grade_change (grade_id, old_score, old_result, new_score, new_result, changed_by)
    select n.id, o.score, o.result, n.score, n.result, n.recorded_by
    from new_grades n join old_grades o on o.id = n.id
    where (o.score, o.result, o.credits) is distinct from (n.score, n.result, n.credits);
    return null;
end;
$$;

create trigger grade_inserted after insert on grade
    referencing new table as new_grades
    for each statement execute function record_inserted_grades();

create trigger grade_updated after update on grade
    referencing old table as old_grades new table as new_grades
    for each statement execute function record_updated_grades();

-- What a program says about courses beyond its audit checks.
create table course_policy (
    program_code         varchar(40)  primary key references program (code),
    practice_credits_min numeric(3, 1) check (practice_credits_min >= 0),
    practice_credits_max numeric(3, 1) check (practice_credits_max >= practice_credits_min),
    term_failure_limit   integer not null check (term_failure_limit > 0),
    total_failure_limit  integer not null check (total_failure_limit > 0),
    version              bigint  not null default 0
);

insert into course_policy (program_code, practice_credits_min, practice_credits_max, term_failure_limit, total_failure_limit) values
    ('PUMC-PRO-MASTER', 2, 4, 2, 3),
    ('TMU-PRO-DOCTOR', null, null, 2, 3),
    ('ZJU-DOCTOR', null, null, 2, 3),
    ('PUMCH-POSTDOC', null, null, 2, 3);

create table practice_application (
    id                bigserial primary key,
    student_id        bigint        not null references student (id),
    title             varchar(200)  not null,
    summary           varchar(4000) not null,
    credits_requested numeric(3, 1) not null check (credits_requested > 0),
    credits_awarded   numeric(3, 1) check (credits_awarded > 0),
    status            varchar(20)   not null check (status in ('SUBMITTED', 'HOSPITAL_APPROVED', 'APPROVED', 'REJECTED')),
    term              varchar(6)    not null,
    version           bigint        not null default 0,
    submitted_at      timestamptz   not null default now()
);
create index practice_application_student_idx on practice_application (student_id);
create index practice_application_status_idx on practice_application (status);

create table practice_step (
    id             bigserial primary key,
    application_id bigint        not null references practice_application (id) on delete cascade,
    step           varchar(20)   not null check (step in ('SUBMIT', 'HOSPITAL_REVIEW', 'SCHOOL_DECISION')),
    decision       varchar(10)   not null check (decision in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    credits        numeric(3, 1),
    reason         varchar(1000),
    actor          varchar(100)  not null,
    acted_at       timestamptz   not null default now()
);
create index practice_step_application_idx on practice_step (application_id);

create table practice_attachment (
    id             bigserial primary key,
    application_id bigint       not null references practice_application (id) on delete cascade,
    filename       varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     integer      not null,
    content        bytea        not null
);

-- Who has evaluated an offering (to allow one evaluation each), kept apart from the answers,
-- which carry no student and no time, so that no answer can be traced back.
create table evaluation_ballot (
    offering_id bigint not null references course_offering (id) on delete cascade,
    student_id  bigint not null references student (id),
    primary key (offering_id, student_id)
);

create table evaluation_answer (
    id           uuid    primary key,
    offering_id  bigint  not null references course_offering (id) on delete cascade,
    content      smallint not null check (content between 1 and 5),
    teaching     smallint not null check (teaching between 1 and 5),
    organization smallint not null check (organization between 1 and 5),
    workload     smallint not null check (workload between 1 and 5),
    overall      smallint not null check (overall between 1 and 5),
    comment      varchar(1000)
);
create index evaluation_answer_offering_idx on evaluation_answer (offering_id);

-- The seed catalogs (DOMAIN §3, §5).
insert into course (code, name, name_en, category, credits, hours, language, instructor, department) values
    -- 北京协和医学院 专业学位硕士: 公共必修 (人文学院), 学位必修, 学位专业课 (各临床医院教育处)
    ('PUMC-PR01', '英语', 'English', 'PUBLIC_REQUIRED', 2, 72, '英文', null, '人文学院'),
    ('PUMC-PR02', '中国特色社会主义理论与实践研究', 'Theory and Practice of Socialism with Chinese Characteristics', 'PUBLIC_REQUIRED', 2, 36, '中文', null, '人文学院'),
    ('PUMC-DR01', '舒缓医学', 'Palliative Medicine', 'DEGREE_REQUIRED', 2, 36, '中文', '宁晓红、曲璇、张迪', '北京协和医院'),
    ('PUMC-DR02', '内分泌基础与临床', 'Endocrinology: Basic and Clinical', 'DEGREE_REQUIRED', 2, 36, '中文', '夏维波、肖新华、李梅、朱慧娟', '北京协和医院'),
    ('PUMC-DR03', '心血管内科学', 'Cardiovascular Medicine', 'DEGREE_REQUIRED', 2, 36, '中文', '于丽天、李建军、吴永健、杨艳梅', '阜外医院'),
    ('PUMC-DR04', '肿瘤学', 'Oncology', 'DEGREE_REQUIRED', 2, 36, '中文', '黄常志、吴晨、石远凯、徐兵河', '肿瘤医院'),
    ('PUMC-DR05', '肿瘤流行病学与临床研究方法', 'Cancer Epidemiology and Clinical Research Methods', 'DEGREE_REQUIRED', 2, 36, '中文', '赵方辉、乔友林、魏文强、陈万青、马飞', '肿瘤医院'),
    ('PUMC-DR06', '免疫学进展', 'Advances in Immunology', 'DEGREE_REQUIRED', 2, 36, '中文', '何维、黄波、张建民、罗云萍', '基础医学研究所'),
    ('PUMC-DP01', '临床专业课', 'Clinical Specialty Course', 'DEGREE_PROFESSIONAL', 2, 36, '中文', null, '各临床医院教育处'),
    ('PUMC-DP02', '专业外语考核', 'Specialty Foreign-Language Examination', 'DEGREE_PROFESSIONAL', 1, 0, '英文', null, '各临床医院教育处'),
    ('PUMC-DP03', '文献综述答辩', 'Literature Review Defense', 'DEGREE_PROFESSIONAL', 1, 0, '中文', null, '各临床医院教育处'),
    ('PRACTICE', '社会实践与创新创业活动', 'Social Practice and Innovation Activities', 'ELECTIVE', 2, 0, '中文', null, '研究生院培养办'),
    -- 天津医科大学 专业学位博士: 必修课与选修课
    ('TMU-DR01', '分子生物学工作基础', 'Foundations of Molecular Biology Work', 'DEGREE_REQUIRED', 3, 54, '中文', '张锴 教授', '天津医科大学'),
    ('TMU-DR02', '细胞信号转导的分子机理', 'Molecular Mechanisms of Cell Signal Transduction', 'DEGREE_REQUIRED', 3, 54, '中文', '余秋景 教授', '天津医科大学'),
    ('TMU-DR03', '医学进展', 'Advances in Medicine', 'DEGREE_REQUIRED', 2, 48, '中文', '颜华 教授等', '天津医科大学'),
    ('TMU-PR01', '中国马克思主义与当代', 'Chinese Marxism and the Contemporary World', 'PUBLIC_REQUIRED', 2, 36, '中文', '王琳、安宝 教授等', '马克思主义学院'),
    ('TMU-DR04', '人工智能及其医学应用', 'Artificial Intelligence and its Medical Applications', 'DEGREE_REQUIRED', 2, 36, '中文', '梁猛 教授', '天津医科大学'),
    ('TMU-DR05', '分子影像学', 'Molecular Imaging', 'DEGREE_REQUIRED', 1, 18, '中文', '孙少凯 教授', '天津医科大学'),
    ('TMU-DR06', '医学影像成像方法及应用', 'Medical Imaging Methods and Applications', 'DEGREE_REQUIRED', 2, 36, '中文', '郭明霞 教授', '天津医科大学'),
    ('TMU-EL01', '习近平重要论述研读', 'Readings in Xi Jinping''s Important Expositions', 'ELECTIVE', 1, 18, '中文', '王琳 教授', '马克思主义学院'),
    ('TMU-EL02', '马克思主义经典著作选读', 'Selected Readings of Marxist Classics', 'ELECTIVE', 2, 36, '中文', '王琳 教授', '马克思主义学院'),
    -- 浙江大学 临床医学博士: 学位专业课程与主要专业选修课
    ('ZJU-01', '分子医学I', 'Molecular Medicine I', 'DEGREE_REQUIRED', 3, 48, '中文', '王迪', '医学院'),
    ('ZJU-02', '分子医学II', 'Molecular Medicine II', 'DEGREE_REQUIRED', 3, 48, '中文', '柯越海', '医学院'),
    ('ZJU-03', '分子医学III', 'Molecular Medicine III', 'ELECTIVE', 3, 48, '英文', '许正平', '医学院'),
    ('ZJU-04', '研究生科研技能训练I（科研文献阅读与科研论文写作）', 'Research Skills I: Reading and Writing Research Papers', 'DEGREE_REQUIRED', 1, 16, '中文', '胡虎', '医学院'),
    ('ZJU-05', '研究生科研技能训练II（科学交流与科研项目申报）', 'Research Skills II: Scientific Communication and Grant Applications', 'DEGREE_REQUIRED', 1, 16, '中文', '胡虎', '医学院'),
    ('ZJU-06', '研究生科研技能训练III（组学与大数据分析）', 'Research Skills III: Omics and Big-Data Analysis', 'DEGREE_REQUIRED', 1, 16, '中文', '李晨', '医学院'),
    ('ZJU-07', '研究生科研技能训练IV（科研规范与动物伦理）', 'Research Skills IV: Research Integrity and Animal Ethics', 'DEGREE_REQUIRED', 1, 16, '中文', '汪浏', '医学院'),
    ('ZJU-08', '研究生科研技能训练V（大型仪器原理与操作）', 'Research Skills V: Principles and Operation of Large Instruments', 'DEGREE_REQUIRED', 1, 16, '中文', '杨巍', '医学院'),
    ('ZJU-09', '研究生学术素养', 'Academic Literacy for Graduate Students', 'ELECTIVE', 2, 32, '中文', '杨巍', '医学院'),
    ('ZJU-10', '医学概论', 'Introduction to Medicine', 'ELECTIVE', 3, 48, '中文', '徐芳英', '医学院'),
    ('ZJU-11', '信息学概论', 'Introduction to Informatics', 'ELECTIVE', 2, 32, '中文', '童若锋', '计算机学院'),
    ('ZJU-12', '传染病学专题', 'Topics in Infectious Diseases', 'DEGREE_REQUIRED', 2, 32, '中文', '李兰娟', '医学院'),
    ('ZJU-13', '普通外科学专题', 'Topics in General Surgery', 'DEGREE_REQUIRED', 2, 32, '中文', '郑树森', '医学院'),
    ('ZJU-14', '儿科学专题', 'Topics in Pediatrics', 'DEGREE_REQUIRED', 2, 32, '中文', '杜立中', '医学院'),
    ('ZJU-15', '妇产科学专题', 'Topics in Obstetrics and Gynecology', 'DEGREE_REQUIRED', 2, 32, '中文', '林俊、吕卫国', '医学院'),
    ('ZJU-16', '重症医学专题', 'Topics in Critical Care Medicine', 'DEGREE_REQUIRED', 2, 32, '中文', '方向明', '医学院'),
    ('ZJU-17', '肾病学专题', 'Topics in Nephrology', 'DEGREE_REQUIRED', 2, 32, '中文', '陈江华', '医学院'),
    ('ZJU-18', '心血管病学专题', 'Topics in Cardiology', 'DEGREE_REQUIRED', 2, 32, '中文', '王建安', '医学院'),
    ('ZJU-19', '血液病学专题', 'Topics in Hematology', 'DEGREE_REQUIRED', 2, 32, '中文', '黄河', '医学院'),
    ('ZJU-20', '人类分子遗传学', 'Human Molecular Genetics', 'ELECTIVE', 2, 32, '中英双语', '管敏鑫', '医学院'),
    ('ZJU-21', '人体结构与功能学', 'Human Anatomy and Physiology', 'ELECTIVE', 4, 64, '中英双语', '欧阳宏伟', '医学院'),
    ('ZJU-22', '全球卫生', 'Global Health', 'ELECTIVE', 2, 32, '中英双语', 'Therese Hesketh', '医学院'),
    ('ZJU-23', 'Advanced Cell Biology: Molecular Basis of Cancer', 'Advanced Cell Biology: Molecular Basis of Cancer', 'ELECTIVE', 2, 32, '英文', '康毅滨', '普林斯顿大学'),
    ('ZJU-24', 'Developmental Biology', 'Developmental Biology', 'ELECTIVE', 2, 32, '英文', 'Elizabeth R. Gavis、Frederick M. Hughson', '普林斯顿大学'),
    ('ZJU-25', 'Neurobiology', 'Neurobiology', 'ELECTIVE', 2, 32, '英文', 'Dick Swaab', '荷兰皇家神经科学研究所'),
    ('ZJU-26', 'Modern Clinical Pathology', 'Modern Clinical Pathology', 'ELECTIVE', 2, 32, '英文', 'H. K. Müller-Hermelink', '德国维尔茨堡大学');
