-- An approved extension whose date has passed is EXPIRED, so that a new waiver for the same
-- rule can be requested.

alter table waiver drop constraint waiver_status_check;
alter table waiver add constraint waiver_status_check check (status in ('REQUESTED', 'SUPERVISOR_APPROVED',
    'HOSPITAL_APPROVED', 'APPROVED', 'REJECTED', 'REVOKED', 'EXPIRED'));
