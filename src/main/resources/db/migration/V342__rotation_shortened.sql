-- A scheduled rotation ended early (提前结束) by the office: the history keeps the end date
-- it had and the one it got, next to the reason (from and to status both SCHEDULED).
alter table rotation_status_change
    add column old_end_date date,
    add column new_end_date date,
    add constraint rotation_status_change_dates check ((old_end_date is null) = (new_end_date is null)
        and (new_end_date is null or new_end_date < old_end_date));
