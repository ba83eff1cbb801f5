-- 360° evaluation (多源反馈, DOMAIN §3.4, issue 20 step 4): a round per trainee with raters
-- by kind. Who was invited and whether they answered (msf_invitation) is kept apart from
-- the anonymous answers (msf_response / msf_score carry neither the rater nor the time,
-- only the rater kind). Results per rater kind are shown only from the kind's minimum
-- number of answers on (data, msf_rater_kind) and only once the round is closed.

create table msf_rater_kind (
    kind       varchar(20) primary key check (kind in ('ATTENDING', 'NURSE', 'PEER', 'PATIENT', 'SELF')),
    position   integer     not null unique,
    min_raters integer     not null default 3 check (min_raters between 1 and 20)
);
insert into msf_rater_kind (kind, position, min_raters) values
    ('ATTENDING', 1, 3), ('NURSE', 2, 3), ('PEER', 3, 3), ('PATIENT', 4, 3), ('SELF', 5, 1);

-- The questions each rater kind answers, each evidencing one core competency (ratings 1–5).
create table msf_item (
    id              bigserial primary key,
    rater_kind      varchar(20)  not null references msf_rater_kind (kind),
    position        integer      not null,
    competency_code varchar(30)  not null references competency (code),
    text            varchar(300) not null,
    text_en         varchar(300) not null,
    unique (rater_kind, position)
);
insert into msf_item (rater_kind, position, competency_code, text, text_en) values
    ('ATTENDING', 1, 'PROFESSIONALISM', '责任心、守时、遵守规范，尊重患者与同事', 'Accountable, punctual, follows standards, respects patients and colleagues'),
    ('ATTENDING', 2, 'KNOWLEDGE_SKILLS', '医学知识扎实，临床操作规范熟练', 'Sound medical knowledge, safe and skilled procedures'),
    ('ATTENDING', 3, 'PATIENT_CARE', '病史采集、诊断推理与诊疗计划的执行', 'History taking, diagnostic reasoning and carrying out care plans'),
    ('ATTENDING', 4, 'COMMUNICATION', '与患者、家属及团队的沟通与协作', 'Communication and teamwork with patients, families and staff'),
    ('ATTENDING', 5, 'TEACHING', '带教医学生与低年资医师', 'Teaching students and junior doctors'),
    ('ATTENDING', 6, 'LIFELONG_LEARNING', '自我反思、循证学习与科研意识', 'Reflection, evidence-based learning and research'),
    ('NURSE', 1, 'PROFESSIONALISM', '尊重护理团队，守时守规，责任心强', 'Respects the nursing team, punctual, accountable'),
    ('NURSE', 2, 'PATIENT_CARE', '医嘱清晰及时，关注患者安全', 'Clear and timely orders, attentive to patient safety'),
    ('NURSE', 3, 'COMMUNICATION', '与护士沟通顺畅，乐于合作', 'Communicates well with nurses and works together'),
    ('PEER', 1, 'PROFESSIONALISM', '可靠、守信，交接班认真', 'Reliable, keeps commitments, careful handovers'),
    ('PEER', 2, 'KNOWLEDGE_SKILLS', '临床知识与技能', 'Clinical knowledge and skills'),
    ('PEER', 3, 'COMMUNICATION', '团队合作与互相支持', 'Teamwork and mutual support'),
    ('PEER', 4, 'TEACHING', '乐于分享知识、帮助同伴', 'Shares knowledge and helps peers'),
    ('PEER', 5, 'LIFELONG_LEARNING', '主动学习、追踪新进展', 'Learns actively and follows new evidence'),
    ('PATIENT', 1, 'PROFESSIONALISM', '医生尊重我、关心我', 'The doctor treated me with respect and care'),
    ('PATIENT', 2, 'COMMUNICATION', '医生把病情和治疗讲得清楚易懂', 'The doctor explained my illness and treatment clearly'),
    ('PATIENT', 3, 'PATIENT_CARE', '医生认真倾听并处理我的问题', 'The doctor listened and dealt with my concerns'),
    ('SELF', 1, 'PROFESSIONALISM', '职业素养', 'Professionalism'),
    ('SELF', 2, 'KNOWLEDGE_SKILLS', '知识技能', 'Knowledge and skills'),
    ('SELF', 3, 'PATIENT_CARE', '病人照护', 'Patient care'),
    ('SELF', 4, 'COMMUNICATION', '沟通合作', 'Communication and collaboration'),
    ('SELF', 5, 'TEACHING', '教学能力', 'Teaching'),
    ('SELF', 6, 'LIFELONG_LEARNING', '终生学习', 'Lifelong learning');

create table msf_round (
    id         bigserial primary key,
    student_id bigint       not null references student (id),
    title      varchar(200) not null,
    opens_on   date         not null,
    closes_on  date         not null,
    status     varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    closed_on  date,
    version    bigint       not null default 0,
    created_by varchar(100) not null,
    created_at timestamptz  not null default now(),
    check (closes_on >= opens_on)
);
create index msf_round_student_idx on msf_round (student_id);

-- Who was asked: a supervisor (attending), a student (peer, self) or a one-time link for
-- raters without an account (nurses, patients) whose token is stored only as its SHA-256
-- hash and cleared once used. The label helps the office hand out links; only the office
-- and the mentor group see invitations, never the trainee.
create table msf_invitation (
    id            bigserial primary key,
    round_id      bigint       not null references msf_round (id) on delete cascade,
    rater_kind    varchar(20)  not null references msf_rater_kind (kind),
    supervisor_id bigint       references supervisor (id),
    student_id    bigint       references student (id),
    label         varchar(100),
    token_hash    varchar(64)  unique,
    answered      boolean      not null default false,
    check (num_nonnulls(supervisor_id, student_id, label) >= 1)
);
create index msf_invitation_round_idx on msf_invitation (round_id);
create index msf_invitation_supervisor_idx on msf_invitation (supervisor_id) where not answered;
create index msf_invitation_student_idx on msf_invitation (student_id) where not answered;
create unique index msf_invitation_staff_once on msf_invitation (round_id, supervisor_id) where supervisor_id is not null;
create unique index msf_invitation_student_once on msf_invitation (round_id, student_id) where student_id is not null;

-- The anonymous answers: the round and the rater kind only (a random id, no time).
create table msf_response (
    id         uuid        primary key,
    round_id   bigint      not null references msf_round (id) on delete cascade,
    rater_kind varchar(20) not null references msf_rater_kind (kind)
);
create index msf_response_round_idx on msf_response (round_id, rater_kind);

create table msf_score (
    response_id uuid     not null references msf_response (id) on delete cascade,
    item_id     bigint   not null references msf_item (id),
    rating      smallint not null check (rating between 1 and 5),
    primary key (response_id, item_id)
);

insert into reminder_rule (kind, days, working_days) values ('MSF_UNANSWERED', 3, false);
