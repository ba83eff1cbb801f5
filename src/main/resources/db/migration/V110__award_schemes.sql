-- Scholarships, stipends and financial aid (奖助, issue 18, DOMAIN §10): the schemes as data per
-- university and year. A scheme names the university's programs, how a quota is rounded, which
-- evaluation component breaks a tie and how long an ethics veto (一票否决) excludes a student; its
-- award types carry the amount, the period, the eligible population and the quota; its evaluation
-- components (综合测评) carry the weights.
create table award_scheme (
    id             bigserial    primary key,
    university     varchar(20)  not null,
    year           integer      not null check (year between 2000 and 2100),
    name           varchar(200) not null,
    name_en        varchar(200) not null,
    program_codes  varchar(500) not null,
    quota_rounding varchar(10)  not null default 'HALF_UP' check (quota_rounding in ('FLOOR', 'HALF_UP', 'CEILING')),
    tie_break      varchar(20)  not null default 'RESEARCH' check (tie_break in ('GRADES', 'CLINICAL', 'RESEARCH', 'SERVICE', 'ETHICS')),
    veto_months    integer      not null default 12 check (veto_months between 0 and 60),
    note           varchar(1000),
    version        bigint       not null default 0,
    updated_by     varchar(100),
    updated_at     timestamptz,
    unique (university, year)
);

create table award_type (
    id                   bigserial     primary key,
    scheme_id            bigint        not null references award_scheme (id) on delete cascade,
    position             integer       not null,
    kind                 varchar(30)   not null check (kind in ('NATIONAL_SCHOLARSHIP', 'ACADEMIC_SCHOLARSHIP',
                             'FRESHMAN_SCHOLARSHIP', 'STIPEND', 'NATIONAL_GRANT', 'RESEARCH_ASSISTANT', 'WORK_STUDY',
                             'HARDSHIP_GRANT', 'TUITION_REDUCTION')),
    award_class          smallint      check (award_class between 1 and 3),
    name                 varchar(200)  not null,
    name_en              varchar(200)  not null,
    -- null: decided case by case (a temporary hardship grant)
    amount               numeric(10,2) check (amount >= 0),
    -- a floor (不低于) rather than a fixed amount
    at_least             boolean       not null default false,
    -- Zhejiang's doctoral stipend after the mid-term assessment (中期考核) has passed
    amount_after_midterm numeric(10,2) check (amount_after_midterm >= 0),
    unit                 varchar(12)   not null check (unit in ('ONE_OFF', 'PER_MONTH', 'PER_YEAR', 'PER_HOUR',
                             'PER_SESSION', 'PER_DAY')),
    months               smallint      check (months between 1 and 12),
    -- the eligible population: degree types (comma-separated, empty for all), admission type,
    -- first-year students only
    degree_types         varchar(200)  not null default '',
    admission_type       varchar(20)   check (admission_type in ('EXEMPT', 'EXAM', 'DIRECT_PHD', 'MASTER_TO_PHD', 'GENERAL')),
    first_year_only      boolean       not null default false,
    allocation           varchar(20)   not null check (allocation in ('RANKED', 'ALL_ELIGIBLE', 'ON_APPLICATION')),
    quota_ratio          numeric(5,4)  check (quota_ratio > 0 and quota_ratio <= 1),
    quota_count          integer       check (quota_count >= 0),
    version              bigint        not null default 0,
    check (quota_ratio is null or quota_count is null),
    check (unit <> 'PER_MONTH' or months is not null),
    unique (scheme_id, position)
);
create index award_type_scheme_idx on award_type (scheme_id);

create table award_component (
    scheme_id bigint       not null references award_scheme (id) on delete cascade,
    code      varchar(20)  not null check (code in ('GRADES', 'CLINICAL', 'RESEARCH', 'SERVICE', 'ETHICS')),
    position  integer      not null,
    weight    numeric(5,2) not null check (weight >= 0 and weight <= 100),
    primary key (scheme_id, code)
);

-- The seed values of DOMAIN §10 for the academic year 2026.
insert into award_scheme (university, year, name, name_en, program_codes, quota_rounding, tie_break, veto_months, note)
values
    ('PUMC', 2026, '北京协和医学院2026年度研究生奖助学金', 'PUMC graduate scholarships and aid 2026', 'PUMC-PRO-MASTER',
        'HALF_UP', 'RESEARCH', 12, '《北京协和医学院研究生学业奖学金实施方案》《研究生奖助学金管理办法》；延期培养期间不享受奖助学金'),
    ('TMU', 2026, '天津医科大学2026年度研究生奖助体系', 'Tianjin Medical University graduate aid 2026', 'TMU-PRO-DOCTOR',
        'FLOOR', 'RESEARCH', 12, '国家助学金每年按10个月发放；家庭经济困难认定分特殊困难和一般困难两个等级'),
    ('ZJU', 2026, '浙江大学医学院2026年度研究生奖助学金', 'Zhejiang University School of Medicine graduate aid 2026', 'ZJU-DOCTOR',
        'HALF_UP', 'RESEARCH', 12, '岗位助学金由基础助学金和科研助学金组成；博士生中期考核通过后提高');

insert into award_type (scheme_id, position, kind, award_class, name, name_en, amount, at_least, amount_after_midterm,
                        unit, months, degree_types, admission_type, first_year_only, allocation, quota_ratio, quota_count)
select s.id, t.position, t.kind, t.award_class, t.name, t.name_en, t.amount, t.at_least, t.after_midterm, t.unit,
       t.months, t.degree_types, t.admission_type, t.first_year_only, t.allocation, t.quota_ratio, null
from award_scheme s, (values
    (1, 'NATIONAL_SCHOLARSHIP', null::smallint, '研究生国家奖学金', 'National scholarship', 20000.00, false, null::numeric,
        'ONE_OFF', null::smallint, 'PRO_MASTER', null, false, 'RANKED', 0.0200),
    (2, 'ACADEMIC_SCHOLARSHIP', 1, '学业奖学金一等', 'Academic scholarship, first class', 10000.00, false, null,
        'ONE_OFF', null, 'PRO_MASTER', null, false, 'RANKED', 0.0800),
    (3, 'ACADEMIC_SCHOLARSHIP', 2, '学业奖学金二等', 'Academic scholarship, second class', 8000.00, false, null,
        'ONE_OFF', null, 'PRO_MASTER', null, false, 'RANKED', 0.1200),
    (4, 'ACADEMIC_SCHOLARSHIP', 3, '学业奖学金三等', 'Academic scholarship, third class', 5000.00, false, null,
        'ONE_OFF', null, 'PRO_MASTER', null, false, 'RANKED', 0.2000),
    (5, 'FRESHMAN_SCHOLARSHIP', null, '新生奖学金（推荐免试）', 'Freshman scholarship (admitted without exam)', 8000.00, false, null,
        'ONE_OFF', null, 'PRO_MASTER', 'EXEMPT', true, 'ALL_ELIGIBLE', 1.0000),
    (6, 'FRESHMAN_SCHOLARSHIP', null, '新生奖学金（统招）', 'Freshman scholarship (national exam)', 3000.00, false, null,
        'ONE_OFF', null, 'PRO_MASTER', 'EXAM', true, 'ALL_ELIGIBLE', 1.0000),
    (7, 'STIPEND', null, '研究生助学金', 'Graduate stipend', 1800.00, false, null,
        'PER_YEAR', null, 'PRO_MASTER', null, false, 'ALL_ELIGIBLE', null),
    (8, 'WORK_STUDY', null, '勤工俭学岗位', 'Work-study post', 10.00, false, null,
        'PER_HOUR', null, '', null, false, 'ON_APPLICATION', null),
    (9, 'WORK_STUDY', null, '课程助教', 'Course teaching assistant', 100.00, false, null,
        'PER_SESSION', null, '', null, false, 'ON_APPLICATION', null),
    (10, 'WORK_STUDY', null, '研究生助管', 'Administrative assistant', 160.00, false, null,
        'PER_DAY', null, '', null, false, 'ON_APPLICATION', null),
    (11, 'WORK_STUDY', null, '辅导员助理', 'Counselor assistant', 1200.00, false, null,
        'PER_YEAR', null, '', null, false, 'ON_APPLICATION', null)
) as t (position, kind, award_class, name, name_en, amount, at_least, after_midterm, unit, months, degree_types,
        admission_type, first_year_only, allocation, quota_ratio)
where s.university = 'PUMC' and s.year = 2026;

insert into award_type (scheme_id, position, kind, award_class, name, name_en, amount, at_least, amount_after_midterm,
                        unit, months, degree_types, admission_type, first_year_only, allocation, quota_ratio, quota_count)
select s.id, t.position, t.kind, null, t.name, t.name_en, t.amount, t.at_least, null, t.unit, t.months,
       t.degree_types, null, false, t.allocation, null, null
from award_scheme s, (values
    (1, 'NATIONAL_GRANT', '研究生国家助学金（博士）', 'National grant (doctoral)', 1500.00, false, 'PER_MONTH', 10::smallint,
        'PRO_DOCTOR,ACADEMIC_DOCTOR', 'ALL_ELIGIBLE'),
    (2, 'NATIONAL_GRANT', '研究生国家助学金（硕士）', 'National grant (master)', 600.00, false, 'PER_MONTH', 10,
        'PRO_MASTER,ACADEMIC_MASTER', 'ALL_ELIGIBLE'),
    (3, 'RESEARCH_ASSISTANT', '助研津贴（博士）', 'Research-assistant allowance (doctoral)', 500.00, true, 'PER_MONTH', 12,
        'PRO_DOCTOR,ACADEMIC_DOCTOR', 'ON_APPLICATION'),
    (4, 'RESEARCH_ASSISTANT', '助研津贴（硕士）', 'Research-assistant allowance (master)', 240.00, true, 'PER_MONTH', 12,
        'PRO_MASTER,ACADEMIC_MASTER', 'ON_APPLICATION'),
    (5, 'ACADEMIC_SCHOLARSHIP', '学业奖学金（专业学位博士）', 'Academic scholarship (professional doctorate)', 8000.00, false,
        'PER_YEAR', null, 'PRO_DOCTOR', 'ALL_ELIGIBLE'),
    (6, 'ACADEMIC_SCHOLARSHIP', '学业奖学金（专业学位硕士）', 'Academic scholarship (professional master)', 4000.00, false,
        'PER_YEAR', null, 'PRO_MASTER', 'ALL_ELIGIBLE'),
    (7, 'ACADEMIC_SCHOLARSHIP', '学业奖学金（学术学位博士）', 'Academic scholarship (academic doctorate)', 10000.00, false,
        'PER_YEAR', null, 'ACADEMIC_DOCTOR', 'ALL_ELIGIBLE'),
    (8, 'ACADEMIC_SCHOLARSHIP', '学业奖学金（学术学位硕士）', 'Academic scholarship (academic master)', 6000.00, false,
        'PER_YEAR', null, 'ACADEMIC_MASTER', 'ALL_ELIGIBLE'),
    (9, 'HARDSHIP_GRANT', '临时困难补助', 'Temporary hardship grant', null, false, 'ONE_OFF', null, '', 'ON_APPLICATION'),
    (10, 'TUITION_REDUCTION', '学费减收', 'Tuition reduction', null, false, 'ONE_OFF', null, '', 'ON_APPLICATION')
) as t (position, kind, name, name_en, amount, at_least, unit, months, degree_types, allocation)
where s.university = 'TMU' and s.year = 2026;

insert into award_type (scheme_id, position, kind, award_class, name, name_en, amount, at_least, amount_after_midterm,
                        unit, months, degree_types, admission_type, first_year_only, allocation, quota_ratio, quota_count)
select s.id, t.position, t.kind, null, t.name, t.name_en, t.amount, t.at_least, t.after_midterm, t.unit, t.months,
       t.degree_types, null, false, t.allocation, null, null
from award_scheme s, (values
    (1, 'STIPEND', '研究生岗位助学金（博士）', 'Graduate post stipend (doctoral)', 3500.00, true, 4100.00, 'PER_MONTH', 12::smallint,
        'PRO_DOCTOR,ACADEMIC_DOCTOR', 'ALL_ELIGIBLE'),
    (2, 'STIPEND', '研究生岗位助学金（硕士）', 'Graduate post stipend (master)', 2175.00, true, null, 'PER_MONTH', 12,
        'PRO_MASTER,ACADEMIC_MASTER', 'ALL_ELIGIBLE'),
    (3, 'NATIONAL_SCHOLARSHIP', '研究生国家奖学金（硕士）', 'National scholarship (master)', 20000.00, false, null, 'ONE_OFF', null,
        'PRO_MASTER,ACADEMIC_MASTER', 'RANKED'),
    (4, 'NATIONAL_SCHOLARSHIP', '研究生国家奖学金（博士）', 'National scholarship (doctoral)', 30000.00, false, null, 'ONE_OFF', null,
        'PRO_DOCTOR,ACADEMIC_DOCTOR', 'RANKED')
) as t (position, kind, name, name_en, amount, at_least, after_midterm, unit, months, degree_types, allocation)
where s.university = 'ZJU' and s.year = 2026;

-- the comprehensive evaluation's components: grades, clinical work, research, social practice
-- and service, and the ethics file (its entries add or take off points; a veto excludes)
insert into award_component (scheme_id, code, position, weight)
select s.id, c.code, c.position, c.weight
from award_scheme s, (values
    ('GRADES', 1, 40.00),
    ('CLINICAL', 2, 30.00),
    ('RESEARCH', 3, 20.00),
    ('SERVICE', 4, 5.00),
    ('ETHICS', 5, 5.00)
) as c (code, position, weight);
