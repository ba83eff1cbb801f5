-- What the degree audit's scan (eligibility) found for each student in training, kept by the student register
-- for its list's risk column and filter: the open diversion cases and warnings, and the earliest deadline of
-- an unmet audit check. No row: nothing found.
create table student_risk (
    student_id    bigint primary key references student (id) on delete cascade,
    open_cases    integer not null default 0 check (open_cases >= 0),
    open_warnings integer not null default 0 check (open_warnings >= 0),
    next_due_on   date,
    assessed_on   date    not null
);

create index student_risk_due_idx on student_risk (next_due_on) where next_due_on is not null;
