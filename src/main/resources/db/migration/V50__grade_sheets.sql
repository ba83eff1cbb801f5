-- The grade sheet (成绩单) of each offering: open while grades are entered, submitted (locked and
-- final) by the instructor, reopened by the graduate school with a reason, submitted again.
create table grade_sheet (
    offering_id  bigint       primary key references course_offering (id) on delete cascade,
    status       varchar(12)  not null default 'OPEN' check (status in ('OPEN', 'SUBMITTED', 'REOPENED')),
    submitted_by varchar(200),
    submitted_at timestamptz,
    reopened_by  varchar(200),
    reopened_at  timestamptz,
    version      bigint       not null default 0
);
create index grade_sheet_status_idx on grade_sheet (status);

-- Its history: submissions, reopenings with their reasons, staff imports into a submitted sheet.
-- A step without an actor was made by the system.
create table grade_sheet_step (
    id             bigserial    primary key,
    offering_id    bigint       not null references grade_sheet (offering_id) on delete cascade,
    action         varchar(12)  not null check (action in ('RECORD', 'SUBMIT', 'REOPEN', 'IMPORT')),
    status_after   varchar(12)  not null check (status_after in ('OPEN', 'SUBMITTED', 'REOPENED')),
    reason         varchar(1000),
    grades_changed integer      check (grades_changed >= 0),
    actor          varchar(200),
    acted_at       timestamptz  not null default now(),
    check (action <> 'REOPEN' or reason is not null)
);
create index grade_sheet_step_offering_idx on grade_sheet_step (offering_id);

-- Every existing offering gets its sheet. Those of a term that has ended, with every enrolled
-- student graded, were final before sheets were submitted: they start submitted, by the system.
insert into grade_sheet (offering_id, status, submitted_at)
select o.id,
       case when t.ends_on < current_date
                 and exists (select 1 from enrollment e where e.offering_id = o.id)
                 and not exists (select 1 from enrollment e where e.offering_id = o.id
                     and not exists (select 1 from grade g where g.student_id = e.student_id
                         and g.course_id = o.course_id and g.term = o.term))
            then 'SUBMITTED' else 'OPEN' end,
       null
from course_offering o left join academic_term t on t.code = o.term;

update grade_sheet set submitted_at = now() where status = 'SUBMITTED';

insert into grade_sheet_step (offering_id, action, status_after)
select offering_id, 'SUBMIT', 'SUBMITTED' from grade_sheet where status = 'SUBMITTED';
