-- A blind review's state in one column instead of spread over verdict and declined_at:
-- pending, submitted, declined by the reviewer, or withdrawn by the graduate school
-- (DOMAIN §6). Withdrawals recorded before this migration cannot be told from declines
-- and stay DECLINED.
alter table thesis_review
    add column status varchar(10) not null default 'PENDING'
        check (status in ('PENDING', 'SUBMITTED', 'DECLINED', 'WITHDRAWN'));

update thesis_review
set status = case
                 when verdict is not null then 'SUBMITTED'
                 when declined_at is not null then 'DECLINED'
                 else 'PENDING'
             end;

-- A verdict is what makes a review submitted.
alter table thesis_review
    add constraint thesis_review_status_verdict check ((status = 'SUBMITTED') = (verdict is not null));
