-- Student list: sorting by name or cohort pages through an index instead of sorting the table.
create index student_name_no_idx on student (name, student_no);
create index student_cohort_no_idx on student (cohort_year, student_no);
create index student_status_no_idx on student (status, student_no);
drop index student_name_idx;

-- Search by name or number: one lower-cased column matched with LIKE (ILIKE on UTF-8 is
-- several times slower); Chinese has no case, so lower() leaves names as they are.
alter table student add column search_key varchar(140)
    generated always as (lower(student_no || ' ' || name)) stored;
