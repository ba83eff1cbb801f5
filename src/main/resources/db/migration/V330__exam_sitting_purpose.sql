-- What a sitting is for (where its released results go): the theory exam of a rotation
-- department (the rotation's theory score), the theory exam of the mid-term assessment
-- (中期考核, the student's mid-term record) or a course or discipline exam. Sittings that
-- name a rotation department were rotation theory exams.
alter table exam_sitting add column purpose varchar(20) not null default 'COURSE'
    check (purpose in ('ROTATION_THEORY', 'MIDTERM_THEORY', 'COURSE'));
update exam_sitting set purpose = 'ROTATION_THEORY' where department_id is not null;
