-- Degree committee meetings (学位评定委员会会议): the candidates of a meeting in one table,
-- their votes entered together, confirmed and recorded at once; and the corrections of a
-- recorded vote by the graduate school, each with what was recorded before and why.

create table degree_meeting (
    id              bigserial primary key,
    held_on         date          not null,
    members_total   integer       not null check (members_total between 3 and 99),
    members_present integer       check (members_present >= 0),
    resolution      varchar(4000),
    status          varchar(14)   not null default 'OPEN'
                    check (status in ('OPEN', 'VOTES_ENTERED', 'RECORDED', 'CANCELLED')),
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null default now(),
    recorded_by     varchar(100),
    recorded_at     timestamptz,
    version         bigint        not null default 0,
    check (members_present is null or members_present <= members_total),
    check ((status in ('VOTES_ENTERED', 'RECORDED')) = (members_present is not null and resolution is not null))
);
create index degree_meeting_held_on_idx on degree_meeting (held_on desc);

create table degree_meeting_candidate (
    meeting_id    bigint       not null references degree_meeting (id),
    position      integer      not null,
    student_id    bigint       not null references student (id),
    votes_for     integer      check (votes_for >= 0),
    votes_against integer      check (votes_against >= 0),
    votes_abstain integer      check (votes_abstain >= 0),
    unmet_checks  varchar(1000),
    primary key (meeting_id, position),
    unique (meeting_id, student_id),
    check ((votes_for is null) = (votes_against is null) and (votes_for is null) = (votes_abstain is null))
);
create index degree_meeting_candidate_student_idx on degree_meeting_candidate (student_id);

alter table degree_decision add column meeting_id bigint references degree_meeting (id);
alter table degree_decision add column members_present integer check (members_present >= 0);
create index degree_decision_meeting_idx on degree_decision (meeting_id);

create table degree_decision_correction (
    decision_id          bigint        not null references degree_decision (id),
    position             integer       not null,
    votes_for_before     integer       not null,
    votes_against_before integer       not null,
    votes_abstain_before integer       not null,
    decision_before      varchar(10)   not null check (decision_before in ('AWARD', 'NOT_AWARD')),
    votes_for_after      integer       not null check (votes_for_after >= 0),
    votes_against_after  integer       not null check (votes_against_after >= 0),
    votes_abstain_after  integer       not null check (votes_abstain_after >= 0),
    decision_after       varchar(10)   not null check (decision_after in ('AWARD', 'NOT_AWARD')),
    reason               varchar(2000) not null,
    corrected_by         varchar(100)  not null,
    corrected_at         timestamptz   not null,
    primary key (decision_id, position)
);
