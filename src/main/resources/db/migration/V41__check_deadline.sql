-- The deadline of each unmet degree-audit check of a student in training, as the last scan found it: the
-- at-risk view lists the students whose checks fall due soon. `extended`: the date is that of an approved
-- extension (waiver of kind EXTEND).
create table check_deadline (
    student_id bigint      not null references student (id) on delete cascade,
    rule_code  varchar(40) not null,
    due_on     date        not null,
    extended   boolean     not null default false,
    primary key (student_id, rule_code)
);

create index check_deadline_due_idx on check_deadline (due_on);
