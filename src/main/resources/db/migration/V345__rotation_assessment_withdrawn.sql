-- A workplace assessment (Mini-CEX, DOPS, medical record) recorded by mistake is withdrawn (作废)
-- with a reason by its department's coordinator or its hospital's office: it stays on record, shown
-- as withdrawn, and no longer counts.
alter table rotation_assessment
    add column withdrawn_at timestamp with time zone,
    add column withdrawn_by varchar(200),
    add column withdrawn_reason varchar(500),
    add constraint rotation_assessment_withdrawn check (
        (withdrawn_at is null and withdrawn_by is null and withdrawn_reason is null)
        or (withdrawn_at is not null and withdrawn_by is not null and withdrawn_reason is not null));
