-- The theory exam scores of students' mid-term assessments (中期考核), taken from released
-- online exams held for the mid-term (exam_sitting.purpose = 'MIDTERM_THEORY'), with the
-- sitting they came from. Kept per student and exam: a score whose mid-term session is not
-- yet scheduled waits for it.
create table midterm_theory_score (
    id          bigserial primary key,
    student_id  bigint not null references student (id),
    sitting_id  bigint not null,
    held_on     date not null,
    score       numeric(5, 1) not null,
    recorded_at timestamptz not null default now(),
    unique (student_id, sitting_id)
);
