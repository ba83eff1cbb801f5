-- Hardship recognition (家庭经济困难认定, issue 18 step 6, DOMAIN §10): a student applies
-- once a year for one of two levels (特别困难 special, 一般困难 general) with the reasons and
-- evidence files; the office of the student's hospital reviews (初审), the graduate school
-- recognises or refuses (审核), each with a reason; the graduate school may later correct
-- a decision with a reason, the history keeping every step. The recognised level makes the
-- student eligible for the hardship grant and the tuition reduction, at the amount the
-- scheme sets per level.
create table hardship_application (
    id               bigserial     primary key,
    student_id       bigint        not null references student (id),
    year             integer       not null check (year between 2000 and 2100),
    requested_level  varchar(10)   not null check (requested_level in ('SPECIAL', 'GENERAL')),
    reasons          varchar(4000) not null,
    state            varchar(20)   not null check (state in ('SUBMITTED', 'OFFICE_APPROVED', 'RECOGNISED', 'REFUSED')),
    -- the level the office proposed, then the one the graduate school recognised
    level            varchar(10)   check (level in ('SPECIAL', 'GENERAL')),
    submitted_at     timestamptz   not null default now(),
    decided_at       timestamptz,
    version          bigint        not null default 0,
    unique (student_id, year),
    check (state not in ('OFFICE_APPROVED', 'RECOGNISED') or level is not null)
);
create index hardship_application_state_idx on hardship_application (state, year);

create table hardship_evidence (
    id             bigserial    primary key,
    application_id bigint       not null references hardship_application (id) on delete cascade,
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size           integer      not null,
    content        bytea        not null,
    uploaded_at    timestamptz  not null default now()
);
create index hardship_evidence_application_idx on hardship_evidence (application_id);

-- every step of an application: submitted, reviewed, decided, corrected, with its reason
create table hardship_step (
    id             bigserial     primary key,
    application_id bigint        not null references hardship_application (id) on delete cascade,
    from_state     varchar(20),
    to_state       varchar(20)   not null,
    level          varchar(10),
    reason         varchar(2000),
    correction     boolean       not null default false,
    acted_by       varchar(100)  not null,
    acted_as       varchar(20)   not null check (acted_as in ('STUDENT', 'HOSPITAL_OFFICE', 'GRAD_SCHOOL')),
    acted_at       timestamptz   not null default now()
);
create index hardship_step_application_idx on hardship_step (application_id, acted_at);

-- the amount of a hardship grant or tuition reduction per recognised level: a type with
-- such amounts reaches only students recognised at one of its levels that year
create table award_hardship_amount (
    award_type_id bigint        not null references award_type (id) on delete cascade,
    level         varchar(10)   not null check (level in ('SPECIAL', 'GENERAL')),
    amount        numeric(10,2) not null check (amount >= 0),
    primary key (award_type_id, level)
);

-- Tianjin's hardship grant and tuition reduction (DOMAIN §10), per level
insert into award_hardship_amount (award_type_id, level, amount)
select t.id, a.level, a.amount
from award_type t join award_scheme s on s.id = t.scheme_id,
     (values ('HARDSHIP_GRANT', 'SPECIAL', 3000.00), ('HARDSHIP_GRANT', 'GENERAL', 1500.00),
             ('TUITION_REDUCTION', 'SPECIAL', 8000.00), ('TUITION_REDUCTION', 'GENERAL', 4000.00))
         as a (kind, level, amount)
where s.university = 'TMU' and t.kind = a.kind;
