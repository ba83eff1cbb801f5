-- A scheduled rotation's last day moves either way (提前结束 or 延长): the history keeps the end
-- date it had and the one it got, which now differ in either direction.
alter table rotation_status_change
    drop constraint rotation_status_change_dates,
    add constraint rotation_status_change_dates check ((old_end_date is null) = (new_end_date is null)
        and (new_end_date is null or new_end_date <> old_end_date));
