-- The thesis from its file to the degree (DOMAIN §6): file versions with their character
-- counts, the originality declaration signed in the app, review rounds with the similarity
-- result, blind-review assignments, the defense vote, the degree committee's decision and
-- the award, and the yearly spot check. Conflict checks need supervisor groups and the
-- co-authors of the student's publications.

alter table supervisor add column group_code varchar(40);
alter table supervisor_aud add column group_code varchar(40);
create index supervisor_group_idx on supervisor (group_code);

alter table publication add column co_authors varchar(1000);
alter table achievement_claim add column co_authors varchar(1000);

alter table thesis
    add column current_round        integer      not null default 1 check (current_round between 1 and 9),
    add column counts_source        varchar(10)  not null default 'IMPORT' check (counts_source in ('IMPORT', 'FILE', 'OVERRIDE')),
    add column override_reason      varchar(500),
    add column override_by          varchar(100),
    add column override_at          timestamptz,
    add column student_signed_by    varchar(100),
    add column student_signed_at    timestamptz,
    add column supervisor_signed_by varchar(100),
    add column supervisor_signed_at timestamptz,
    add column version              bigint       not null default 0;

-- FULL is the thesis as written; BLIND the anonymised copy reviewers receive.
create table thesis_file (
    id                bigserial primary key,
    student_id        bigint       not null references student (id),
    kind              varchar(5)   not null check (kind in ('FULL', 'BLIND')),
    version_no        integer      not null check (version_no >= 1),
    file_name         varchar(255) not null,
    format            varchar(4)   not null check (format in ('PDF', 'DOCX')),
    content           bytea        not null,
    size_bytes        integer      not null,
    sha256            varchar(64)  not null,
    body_chars        integer,
    abstract_zh_chars integer,
    abstract_en_chars integer,
    not_found         varchar(60),
    uploaded_by       varchar(100) not null,
    uploaded_at       timestamptz  not null default now(),
    unique (student_id, kind, version_no)
);

-- One round per attempt at the defense: the similarity check opens the way to review; a
-- result above the program's maximum cancels the round, as does a blocking review.
create table thesis_round (
    id                   bigserial primary key,
    student_id           bigint        not null references student (id),
    round_no             integer       not null check (round_no between 1 and 9),
    status               varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'CANCELLED', 'BLOCKED', 'CLEARED')),
    similarity_percent   numeric(5, 2) check (similarity_percent between 0 and 100),
    similarity_report    bytea,
    similarity_file_name varchar(255),
    similarity_by        varchar(100),
    similarity_at        timestamptz,
    review_started_on    date,
    review_due_on        date,
    closed_reason        varchar(40),
    closed_at            timestamptz,
    version              bigint        not null default 0,
    unique (student_id, round_no)
);

-- Theses recorded before: their first round, with the similarity already recorded.
insert into thesis_round (student_id, round_no, similarity_percent, similarity_by, similarity_at)
select student_id, 1, similarity_percent, case when similarity_percent is null then null else recorded_by end,
       case when similarity_percent is null then null else recorded_at end
from thesis;

alter table thesis_review drop constraint thesis_review_student_id_reviewer_id_key;
alter table thesis_review
    alter column verdict drop not null,
    add column round_no         integer      not null default 1,
    add column code             varchar(12)  unique,
    add column assigned_by      varchar(100),
    add column due_on           date,
    add column score_topic      numeric(4, 1) check (score_topic between 0 and 20),
    add column score_innovation numeric(4, 1) check (score_innovation between 0 and 30),
    add column score_knowledge  numeric(4, 1) check (score_knowledge between 0 and 20),
    add column score_ability    numeric(4, 1) check (score_ability between 0 and 20),
    add column score_writing    numeric(4, 1) check (score_writing between 0 and 10),
    add column comments         varchar(4000),
    add column submitted_at     timestamptz,
    add column declined_reason  varchar(500),
    add column declined_at      timestamptz,
    add column version          bigint       not null default 0;
alter table thesis_review add constraint thesis_review_round_reviewer_key unique (student_id, round_no, reviewer_id);
create index thesis_review_reviewer_idx on thesis_review (reviewer_id);

create table review_reminder (
    review_id bigint      not null references thesis_review (id) on delete cascade,
    kind      varchar(10) not null check (kind in ('DUE_SOON', 'OVERDUE')),
    sent_on   date        not null,
    primary key (review_id, kind)
);

-- Per program: the review deadline in working days, when to remind, and whether a reviewer
-- from the student's own hospital is excluded.
create table review_policy (
    program_code          varchar(40) primary key references program (code),
    working_days          integer     not null default 35 check (working_days between 5 and 120),
    remind_before_days    integer     not null default 5 check (remind_before_days between 1 and 30),
    exclude_same_hospital boolean     not null default false,
    version               bigint      not null default 0
);
insert into review_policy (program_code, exclude_same_hospital)
select code, degree_type in ('PRO_DOCTOR', 'ACADEMIC_DOCTOR') from program;

alter table milestone_session
    add column votes_for     integer check (votes_for >= 0),
    add column votes_against integer check (votes_against >= 0),
    add column votes_abstain integer check (votes_abstain >= 0),
    add column resolution    varchar(4000);

create table degree_decision (
    id              bigserial primary key,
    student_id      bigint       not null unique references student (id),
    meeting_on      date         not null,
    committee_size  integer      not null check (committee_size between 3 and 99),
    votes_for       integer      not null check (votes_for >= 0),
    votes_against   integer      not null check (votes_against >= 0),
    votes_abstain   integer      not null check (votes_abstain >= 0),
    decision        varchar(10)  not null check (decision in ('AWARD', 'NOT_AWARD')),
    resolution      varchar(4000) not null,
    decided_by      varchar(100) not null,
    decided_at      timestamptz  not null default now(),
    awarded_on      date,
    certificate_no  varchar(32)  unique,
    awarded_by      varchar(100),
    version         bigint       not null default 0,
    check (votes_for + votes_against + votes_abstain <= committee_size),
    check ((awarded_on is null) = (certificate_no is null)),
    check (awarded_on is null or decision = 'AWARD')
);
create index degree_decision_awarded_idx on degree_decision (awarded_on);

create table spot_check (
    id            bigserial primary key,
    award_year    integer       not null unique check (award_year between 2000 and 2100),
    seed          bigint        not null,
    doctoral_rate numeric(4, 3) not null check (doctoral_rate > 0 and doctoral_rate <= 1),
    master_rate   numeric(4, 3) not null check (master_rate > 0 and master_rate <= 1),
    population    integer       not null,
    drawn_by      varchar(100)  not null,
    drawn_at      timestamptz   not null default now()
);

create table spot_check_item (
    spot_check_id bigint       not null references spot_check (id),
    student_id    bigint       not null references student (id),
    doctoral      boolean      not null,
    result        varchar(10)  check (result in ('PASSED', 'PROBLEM')),
    comments      varchar(2000),
    recorded_by   varchar(100),
    recorded_at   timestamptz,
    version       bigint       not null default 0,
    primary key (spot_check_id, student_id)
);
