-- An exit exam result that came with an import (a result, no sitting recorded) is corrected too: the
-- correction records the sitting with its date and scores, and keeps that before there was only the
-- imported result (no date, no scores).
alter table rotation_exam_correction
    alter column old_on drop not null,
    alter column old_theory drop not null,
    alter column old_skills drop not null;
