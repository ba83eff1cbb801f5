-- The medical-ethics file (医德档案, DOMAIN §9, issue 18): a student's positive and negative
-- entries, each recorded by the office of the student's hospital or by the graduate school, with
-- an optional evidence file. A negative entry may be a veto (一票否决): it excludes the student
-- from awards for as long as the award scheme says.
create table ethics_entry (
    id                bigserial     primary key,
    student_id        bigint        not null references student (id),
    occurred_on       date          not null,
    polarity          varchar(10)   not null check (polarity in ('POSITIVE', 'NEGATIVE')),
    source            varchar(20)   not null check (source in ('PATIENT_PRAISE', 'COMMENDATION', 'COMPLAINT', 'INCIDENT')),
    description       varchar(2000) not null,
    veto              boolean       not null default false,
    recorded_as       varchar(20)   not null check (recorded_as in ('HOSPITAL_OFFICE', 'GRAD_SCHOOL')),
    recorded_by       varchar(100)  not null,
    recorded_at       timestamptz   not null default now(),
    evidence_name     varchar(255),
    evidence_type     varchar(100),
    evidence_size     integer,
    evidence          bytea,
    check (not veto or polarity = 'NEGATIVE'),
    check ((evidence is null) = (evidence_name is null))
);
create index ethics_entry_student_idx on ethics_entry (student_id, occurred_on desc);
create index ethics_entry_veto_idx on ethics_entry (occurred_on) where veto;
