-- The comprehensive evaluation's parameters per component (issue 18, step 3), as data like the
-- weights: research points per indexed publication, practice/service points per credit, the
-- ethics file's base score and the points a positive or negative entry adds or takes off, the
-- score of a rotation exam passed only at the retake.
alter table award_component add column params varchar(300) not null default '';

update award_component set params = 'sci=40;core=20;other=5' where code = 'RESEARCH';
update award_component set params = 'perCredit=50' where code = 'SERVICE';
update award_component set params = 'base=80;positive=5;negative=20' where code = 'ETHICS';
update award_component set params = 'retake=60' where code = 'CLINICAL';
