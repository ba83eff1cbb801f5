-- Teaching supervision (教学督导) and teacher workload (教学工作量).

-- The teaching supervisors (督导专家): staff the graduate school designates, a designation
-- rather than a login role; ended designations stay for the visits they recorded.
create table teaching_inspector (
    supervisor_id bigint       primary key references supervisor (id),
    designated_by varchar(100) not null,
    designated_at timestamptz  not null default now(),
    active        boolean      not null default true,
    version       bigint       not null default 0
);

-- The rating forms of a class visit, their items as data.
create table visit_form (
    id       bigserial primary key,
    code     varchar(40)  not null unique,
    title    varchar(200) not null,
    title_en varchar(200) not null,
    active   boolean      not null default true
);

create table visit_form_item (
    id        bigserial primary key,
    form_id   bigint       not null references visit_form (id),
    position  integer      not null,
    code      varchar(40)  not null,
    label     varchar(200) not null,
    label_en  varchar(200) not null,
    kind      varchar(10)  not null check (kind in ('SCORE', 'TEXT')),
    max_score integer      check (max_score between 1 and 100),
    unique (form_id, position),
    unique (form_id, code)
);

insert into visit_form (code, title, title_en) values ('CLASS-VISIT', '课堂教学督导听课评价表', 'Class visit rating form');
insert into visit_form_item (form_id, position, code, label, label_en, kind, max_score)
select f.id, v.position, v.code, v.label, v.label_en, v.kind, v.max_score
from visit_form f, (values
    (1, 'PREPARATION', '教学准备', 'Preparation', 'SCORE', 5),
    (2, 'CONTENT', '教学内容', 'Content', 'SCORE', 5),
    (3, 'DELIVERY', '讲授效果', 'Delivery', 'SCORE', 5),
    (4, 'INTERACTION', '师生互动', 'Interaction', 'SCORE', 5),
    (5, 'TIME', '时间把控', 'Time management', 'SCORE', 5),
    (6, 'OVERALL', '总体评价', 'Overall', 'SCORE', 5),
    (7, 'COMMENTS', '意见与建议', 'Comments', 'TEXT', null)
) as v (position, code, label, label_en, kind, max_score)
where f.code = 'CLASS-VISIT';

-- A class visit: a course offering's class, or a teaching session of a rotation department
-- (教学查房, 小讲课), with its instructor, the form and who visited.
create table class_visit (
    id            bigserial primary key,
    form_id       bigint        not null references visit_form (id),
    offering_id   bigint        references course_offering (id),
    department_id bigint        references department (id),
    session_title varchar(200),
    visited_on    date          not null,
    instructor_id bigint        not null references supervisor (id),
    inspector_id  bigint        not null references supervisor (id),
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null default now(),
    version       bigint        not null default 0,
    check ((offering_id is null) <> (department_id is null)),
    check (department_id is null or session_title is not null)
);
create index class_visit_instructor_idx on class_visit (instructor_id, visited_on);
create index class_visit_offering_idx on class_visit (offering_id);

create table class_visit_answer (
    visit_id bigint        not null references class_visit (id) on delete cascade,
    item_id  bigint        not null references visit_form_item (id),
    score    integer,
    text     varchar(2000),
    primary key (visit_id, item_id)
);

-- Workload weights: one row per change, the latest row from a year on holds for that year;
-- earlier rows stay as the history.
create table workload_weight (
    id         bigserial primary key,
    activity   varchar(30)   not null check (activity in ('HOURS_TAUGHT', 'STUDENTS_SUPERVISED', 'BLIND_REVIEWS',
                                                          'PANELS', 'SCRIPTS_MARKED', 'OSCE_STATIONS')),
    from_year  integer       not null check (from_year between 2000 and 2100),
    weight     numeric(6, 2) not null check (weight >= 0),
    reason     varchar(500)  not null,
    set_by     varchar(100)  not null,
    set_at     timestamptz   not null default now()
);
create index workload_weight_activity_idx on workload_weight (activity, from_year, id);

insert into workload_weight (activity, from_year, weight, reason, set_by) values
    ('HOURS_TAUGHT', 2000, 1.00, '初始权重', 'system'),
    ('STUDENTS_SUPERVISED', 2000, 8.00, '初始权重', 'system'),
    ('BLIND_REVIEWS', 2000, 2.00, '初始权重', 'system'),
    ('PANELS', 2000, 1.50, '初始权重', 'system'),
    ('SCRIPTS_MARKED', 2000, 0.20, '初始权重', 'system'),
    ('OSCE_STATIONS', 2000, 2.00, '初始权重', 'system');
