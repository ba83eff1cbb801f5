-- A mis-entered exit exam (出科考核) corrected by its department's coordinator, with the
-- reason: what the sitting said before and after. The sitting and the rotation's result
-- carry the corrected values; this keeps what they were.
create table rotation_exam_correction (
    id           bigserial primary key,
    rotation_id  bigint        not null references rotation (id) on delete cascade,
    attempt      smallint      not null check (attempt between 1 and 2),
    old_on       date          not null,
    old_theory   numeric(5, 1) not null,
    old_skills   numeric(5, 1) not null,
    old_passed   boolean       not null,
    new_on       date          not null,
    new_theory   numeric(5, 1) not null check (new_theory between 0 and 100),
    new_skills   numeric(5, 1) not null check (new_skills between 0 and 100),
    new_passed   boolean       not null,
    reason       varchar(500)  not null check (length(trim(reason)) > 0),
    corrected_by varchar(100)  not null,
    corrected_at timestamptz   not null default now()
);
create index rotation_exam_correction_rotation on rotation_exam_correction (rotation_id);
