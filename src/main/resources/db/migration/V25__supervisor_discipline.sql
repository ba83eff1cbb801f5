-- A supervisor's field (the second-level discipline), so that blind reviewers come from the
-- thesis's field (DOMAIN §3.3).

alter table supervisor add column discipline_code varchar(16) references discipline (code);
alter table supervisor_aud add column discipline_code varchar(16);
