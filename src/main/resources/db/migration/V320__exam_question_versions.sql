-- Editing questions: a question a sitting has already shown is never changed in place; saving
-- makes a new version (same lineage, next number) and the old one stays for the papers that used it.
-- Retired questions are not drawn any more.
alter table exam_question add column lineage_id     bigint references exam_question (id);
alter table exam_question add column version_no     integer      not null default 1;
alter table exam_question add column superseded_by  bigint references exam_question (id);
alter table exam_question add column changed_by     varchar(100);
alter table exam_question add column changed_at     timestamptz;
alter table exam_question add column retired_at     timestamptz;
alter table exam_question add column retired_by     varchar(100);
alter table exam_question add column retired_reason varchar(1000);
update exam_question set lineage_id = id where lineage_id is null;
create index exam_question_lineage_idx on exam_question (lineage_id, version_no);
