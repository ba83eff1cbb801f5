-- Peer mentoring (高带低, DOMAIN §9): a senior student mentors junior master's students per term.

create table mentoring_setting (
    id             smallint primary key default 1 check (id = 1),
    max_mentees    smallint not null default 3 check (max_mentees >= 1),
    min_feedback   smallint not null default 3 check (min_feedback >= 1)
);
insert into mentoring_setting (id, max_mentees, min_feedback) values (1, 3, 3);

create table mentoring_pairing (
    id          bigserial primary key,
    term_code   varchar(16)  not null references academic_term (code),
    mentor_id   bigint       not null references student (id),
    state       varchar(16)  not null,
    end_reason  varchar(500),
    ended_on    date,
    paired_by   varchar(100) not null,
    paired_at   timestamptz  not null default now(),
    version     bigint       not null default 0
);
create index mentoring_pairing_mentor on mentoring_pairing (mentor_id, term_code);

create table mentoring_mentee (
    pairing_id  bigint not null references mentoring_pairing (id) on delete cascade,
    student_id  bigint not null references student (id),
    primary key (pairing_id, student_id)
);
create index mentoring_mentee_student on mentoring_mentee (student_id);

create table mentoring_meeting (
    id          bigserial primary key,
    pairing_id  bigint       not null references mentoring_pairing (id) on delete cascade,
    held_on     date         not null,
    topic       varchar(200) not null,
    minutes     smallint     not null check (minutes between 1 and 600),
    notes       varchar(2000),
    recorded_at timestamptz  not null default now()
);
create index mentoring_meeting_pairing on mentoring_meeting (pairing_id);

create table mentoring_attendance (
    meeting_id  bigint not null references mentoring_meeting (id) on delete cascade,
    student_id  bigint not null references student (id),
    primary key (meeting_id, student_id)
);

create table mentoring_feedback (
    meeting_id  bigint       not null references mentoring_meeting (id) on delete cascade,
    student_id  bigint       not null references student (id),
    score       smallint     not null check (score between 1 and 5),
    comment     varchar(500),
    given_at    timestamptz  not null default now(),
    primary key (meeting_id, student_id)
);

-- a mentor's meetings count as service points in the comprehensive evaluation (per meeting, as scheme data)
update award_component set params = case when params = '' then 'perMeeting=5' else params || ';perMeeting=5' end
where code = 'SERVICE' and params not like '%perMeeting%';
