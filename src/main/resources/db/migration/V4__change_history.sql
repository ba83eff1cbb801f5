-- Change history (Hibernate Envers): one revision per transaction, with who made it.

create table audit_revision (
    id        bigserial primary key,
    timestamp bigint       not null,
    username  varchar(100) not null
);

create table student_aud (
    id                bigint      not null,
    rev               bigint      not null references audit_revision (id),
    revtype           smallint,
    student_no        varchar(32),
    name              varchar(100),
    degree_type       varchar(20),
    program_code      varchar(40),
    cohort_year       integer,
    discipline_code   varchar(16),
    admission_type    varchar(20),
    source_school     varchar(10),
    hospital_id       bigint,
    supervisor_id     bigint,
    co_supervisor_id  bigint,
    status            varchar(30),
    status_since      date,
    primary key (id, rev)
);

create table supervisor_aud (
    id                      bigint      not null,
    rev                     bigint      not null references audit_revision (id),
    revtype                 smallint,
    staff_no                varchar(32),
    name                    varchar(100),
    title_level             varchar(20),
    doctoral_supervisor     boolean,
    master_supervisor       boolean,
    institution             varchar(200),
    hospital_id             bigint,
    degree_committee_member boolean,
    birth_year              integer,
    primary key (id, rev)
);
