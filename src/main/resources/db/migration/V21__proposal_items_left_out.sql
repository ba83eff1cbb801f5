-- Which proposed rotations the office left out when it accepted a proposal, so that the
-- accepted proposal shows what was scheduled and what was not.

alter table schedule_proposal_item add column left_out boolean not null default false;
