-- Selection (issue 18 step 4): a student with a diversion case that waits for a decision
-- and may end in a delay (延期) is excluded like a delayed one, the case's trigger kept
-- with the line (the published list is a record of its day).
alter table award_list_line drop constraint award_list_line_excluded_check;
alter table award_list_line add constraint award_list_line_excluded_check
    check (excluded in ('DELAYED', 'DELAY_CASE', 'ETHICS_VETO'));
alter table award_list_line add column excluded_detail varchar(100);
