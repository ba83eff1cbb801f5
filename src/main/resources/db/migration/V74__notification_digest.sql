-- The daily digest (issue 16): a notification of a kind its reader hears of by digest is
-- marked so, and listed in one mail a day; digested_at is set in the transaction that
-- puts that mail in the outbox, so an item is listed at most once.
alter table notification add column digest boolean not null default false;
alter table notification add column digested_at timestamptz;
-- the digest run's claim: only the few rows waiting, however large the table
create index notification_digest_waiting on notification (account_id) where digest and digested_at is null;
