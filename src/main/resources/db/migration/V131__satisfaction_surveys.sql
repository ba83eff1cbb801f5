-- Satisfaction surveys (满意度调查, Tianjin seed 003 §10): templates with their questions and the
-- fewest answers a result is shown from (data, per template), a round per year and template for
-- chosen students, who was invited and has answered (survey_invitation) kept apart from the
-- anonymous answers (survey_response / survey_score carry neither the student nor the time).

create table survey_template (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    kind        varchar(20)  not null check (kind in ('TEACHING', 'SUPERVISION', 'SERVICES')),
    name        varchar(100) not null,
    name_en     varchar(150) not null,
    min_answers integer      not null check (min_answers >= 1)
);

create table survey_question (
    id          bigserial primary key,
    template_id bigint       not null references survey_template (id),
    position    integer      not null,
    text        varchar(300) not null,
    text_en     varchar(300) not null,
    unique (template_id, position)
);

create table survey_round (
    id          bigserial primary key,
    year        integer      not null check (year between 1990 and 2100),
    template_id bigint       not null references survey_template (id),
    opens_on    date         not null,
    closes_on   date         not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    unique (year, template_id),
    check (closes_on >= opens_on)
);

create table survey_invitation (
    round_id             bigint  not null references survey_round (id) on delete cascade,
    student_id           bigint  not null references student (id),
    target_supervisor_id bigint  references supervisor (id),
    answered             boolean not null default false,
    primary key (round_id, student_id)
);

create table survey_response (
    id                   uuid   primary key,
    round_id             bigint not null references survey_round (id) on delete cascade,
    target_supervisor_id bigint references supervisor (id)
);
create index survey_response_round_idx on survey_response (round_id, target_supervisor_id);

create table survey_score (
    response_id uuid     not null references survey_response (id) on delete cascade,
    question_id bigint   not null references survey_question (id),
    score       smallint not null check (score between 1 and 5),
    primary key (response_id, question_id)
);

insert into survey_template (code, kind, name, name_en, min_answers) values
    ('SUPERVISION', 'SUPERVISION', '导师指导满意度', 'Satisfaction with supervision', 3),
    ('TEACHING', 'TEACHING', '课程教学满意度', 'Satisfaction with teaching', 5),
    ('SERVICES', 'SERVICES', '管理服务满意度', 'Satisfaction with services', 5);

insert into survey_question (template_id, position, text, text_en)
select t.id, q.position, q.text, q.text_en from survey_template t join (values
    ('SUPERVISION', 1, '导师对学位论文选题和研究的指导', 'Guidance on the thesis topic and research'),
    ('SUPERVISION', 2, '导师对临床能力培养的指导', 'Guidance on clinical training'),
    ('SUPERVISION', 3, '与导师交流的频率与及时性', 'How often and how soon the supervisor is available'),
    ('SUPERVISION', 4, '导师的学术道德与师德师风', 'The supervisor''s academic and professional ethics'),
    ('SUPERVISION', 5, '对导师指导的总体满意度', 'Overall satisfaction with the supervision'),
    ('TEACHING', 1, '课程内容对培养目标的支撑', 'How the courses serve the training goals'),
    ('TEACHING', 2, '教师授课质量', 'Quality of the teaching'),
    ('TEACHING', 3, '课程考核方式', 'How the courses are assessed'),
    ('TEACHING', 4, '对课程教学的总体满意度', 'Overall satisfaction with the teaching'),
    ('SERVICES', 1, '研究生院各项手续办理', 'Procedures at the graduate school'),
    ('SERVICES', 2, '医院教育处的培训管理', 'Training administration at the hospital'),
    ('SERVICES', 3, '奖助体系与生活保障', 'Awards, stipends and living conditions'),
    ('SERVICES', 4, '对管理服务的总体满意度', 'Overall satisfaction with the services')
) as q (code, position, text, text_en) on q.code = t.code;
