-- A recorded award whose certificate number or date was mistyped is corrected by the
-- graduate school with a reason; each correction keeps the values before and after,
-- who corrected them, when and why.
create table degree_award_correction (
    decision_id           bigint        not null references degree_decision (id),
    position              integer       not null,
    awarded_on_before     date          not null,
    certificate_no_before varchar(32)   not null,
    awarded_on_after      date          not null,
    certificate_no_after  varchar(32)   not null,
    reason                varchar(2000) not null,
    corrected_by          varchar(100)  not null,
    corrected_at          timestamptz   not null,
    primary key (decision_id, position)
);
