-- Thesis milestones held by a panel: the composition rules per program and milestone (DOMAIN
-- §6, Tianjin's table as the default for every program), the sessions the office schedules,
-- and their panel members with scores.

create table panel_rule (
    program_code              varchar(40) not null references program (code),
    milestone_type            varchar(30) not null check (milestone_type in ('PROPOSAL', 'MIDTERM', 'STAGE_ASSESSMENT',
                                  'THESIS_PROGRESS', 'PRE_DEFENSE', 'CLINICAL_COMPETENCY', 'DEFENSE')),
    min_size                  integer     not null check (min_size between 1 and 15),
    max_size                  integer     check (max_size >= min_size),
    odd_size                  boolean     not null default false,
    min_title                 varchar(20) check (min_title in ('FULL_SENIOR', 'ASSOCIATE_SENIOR')),
    doctoral_counts_as_title  boolean     not null default false,
    min_doctoral_supervisors  integer     not null default 0,
    doctoral_only_for_doctors boolean     not null default false,
    external_chair            boolean     not null default false,
    min_degree_committee      integer     not null default 0,
    max_retakes               integer     not null default 1 check (max_retakes between 0 and 3),
    version                   bigint      not null default 0,
    primary key (program_code, milestone_type)
);

insert into panel_rule (program_code, milestone_type, min_size, max_size, odd_size, min_title, doctoral_counts_as_title,
                        min_doctoral_supervisors, doctoral_only_for_doctors, external_chair, min_degree_committee)
select p.code, r.type, r.min_size, r.max_size, r.odd_size, r.min_title, r.doctoral_counts, r.min_doctoral,
       r.only_doctors, r.external_chair, r.min_committee
from program p, (values
    ('PROPOSAL',            5, null::integer, false, 'ASSOCIATE_SENIOR', false, 3, true,  false, 0),
    ('MIDTERM',             3, 5,             true,  'ASSOCIATE_SENIOR', false, 0, false, false, 0),
    ('PRE_DEFENSE',         3, null::integer, false, 'FULL_SENIOR',      true,  1, false, false, 0),
    ('DEFENSE',             5, 7,             true,  'FULL_SENIOR',      false, 0, false, true,  1),
    ('CLINICAL_COMPETENCY', 5, 7,             true,  'FULL_SENIOR',      false, 0, false, true,  1)
) as r(type, min_size, max_size, odd_size, min_title, doctoral_counts, min_doctoral, only_doctors, external_chair,
       min_committee);

create table milestone_session (
    id           bigserial primary key,
    student_id   bigint       not null references student (id),
    type         varchar(30)  not null,
    attempt      integer      not null default 1 check (attempt between 1 and 4),
    scheduled_on date         not null,
    place        varchar(200) not null,
    status       varchar(10)  not null default 'PLANNED' check (status in ('PLANNED', 'CONFIRMED', 'HELD')),
    result       varchar(4)   check (result in ('PASS', 'FAIL')),
    comments     varchar(2000),
    created_by   varchar(100) not null,
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 0
);
create index milestone_session_student_idx on milestone_session (student_id);

create table milestone_panel_member (
    session_id    bigint       not null references milestone_session (id) on delete cascade,
    supervisor_id bigint       not null references supervisor (id),
    chair         boolean      not null default false,
    score         numeric(5, 1) check (score between 0 and 100),
    primary key (session_id, supervisor_id)
);
