-- Blind-review verdicts imported in the exchange format (`reviews`: student, reviewer, verdict;
-- no review period, scores or comments) went into the student's current round without the round
-- knowing it: the round stayed open "under review" with no deadline and never concluded. A round
-- now keeps whether verdicts were imported into it (it is then under review without a review
-- period) and is judged by the program's verdict rule as soon as they are all in, as the app does
-- for its own reviews (ReviewRound.recordImportedVerdicts).
alter table thesis_round add column reviews_imported boolean not null default false;

-- An imported review is one the app did not assign: no code, no assigning office.
create temporary table imported_review as
select student_id, round_no, status, verdict, recorded_at
from thesis_review
where code is null and assigned_by is null;

-- A round for imported verdicts of students whose thesis was never recorded.
insert into thesis_round (student_id, round_no)
select distinct student_id, round_no from imported_review
on conflict (student_id, round_no) do nothing;

update thesis_round o set reviews_imported = true
where exists (select 1 from imported_review i where i.student_id = o.student_id and i.round_no = o.round_no);

-- The limits of each student's rule set (the version for the cohort: the latest first cohort at or
-- before it, a version without one applying to every cohort), as the audit reads them:
-- BLIND_REVIEW min and maxDisagree (default 0), SIMILARITY max.
create temporary table round_limits as
select o.id as round_id,
       coalesce((select substring(c.params from 'min=([0-9]+)')::int from rule_set_check c
                 where c.rule_set_id = rs.id and c.code = 'BLIND_REVIEW'), 0) as min_reviewers,
       coalesce((select substring(c.params from 'maxDisagree=([0-9]+)')::int from rule_set_check c
                 where c.rule_set_id = rs.id and c.code = 'BLIND_REVIEW'), 0) as max_disagree,
       (select substring(c.params from 'max=([0-9.]+)')::numeric from rule_set_check c
        where c.rule_set_id = rs.id and c.code = 'SIMILARITY') as max_similarity,
       (select count(*) from thesis_review r
        where r.student_id = o.student_id and r.round_no = o.round_no and r.status in ('PENDING', 'SUBMITTED')) as active,
       (select count(*) from thesis_review r
        where r.student_id = o.student_id and r.round_no = o.round_no and r.status = 'SUBMITTED') as submitted,
       (select count(*) from thesis_review r
        where r.student_id = o.student_id and r.round_no = o.round_no and r.verdict = 'DISAGREE') as disagree,
       (select max(r.recorded_at) from thesis_review r
        where r.student_id = o.student_id and r.round_no = o.round_no) as last_recorded
from thesis_round o
join student s on s.id = o.student_id
left join lateral (
    select r.id from rule_set r
    where r.program_code = s.program_code and (r.from_cohort is null or r.from_cohort <= s.cohort_year)
    order by r.from_cohort desc nulls last
    limit 1
) rs on true
where o.reviews_imported and o.status = 'OPEN';

-- A similarity result above the program's maximum cancels the round, as the check would have
-- before the review.
update thesis_round o set status = 'CANCELLED', closed_reason = 'SIMILARITY', closed_at = l.last_recorded
from round_limits l
where l.round_id = o.id and o.review_started_on is null and o.similarity_percent is not null
  and l.max_similarity is not null and o.similarity_percent > l.max_similarity;

-- Every active review in and enough: more disagreeing verdicts than the program tolerates block
-- the round, otherwise it is cleared for the defense.
update thesis_round o
set status       = case when l.disagree > l.max_disagree then 'BLOCKED' else 'CLEARED' end,
    closed_reason = case when l.disagree > l.max_disagree then 'REVIEW' end,
    closed_at    = l.last_recorded
from round_limits l
where l.round_id = o.id and o.status = 'OPEN' and l.submitted >= l.active and l.submitted >= l.min_reviewers;

drop table round_limits;
drop table imported_review;
