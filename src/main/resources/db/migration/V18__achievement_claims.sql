-- Achievements entered by the student, confirmed (or rejected, with a reason) by staff. A
-- confirmed certificate or publication is recorded where the degree audit reads it; grants,
-- patents and awards stay in this register.

create table achievement_claim (
    id                bigserial primary key,
    student_id        bigint        not null references student (id),
    kind              varchar(30)   not null check (kind in ('MEDICAL_LICENSE', 'RESIDENCY_COMPLETION', 'PUBLICATION',
                                                     'GRANT', 'PATENT', 'AWARD')),
    title             varchar(500)  not null,
    journal           varchar(300),
    indexing          varchar(10)   check (indexing in ('SCI', 'CORE', 'OTHER')),
    author_position   integer       check (author_position between 1 and 100),
    related_to_thesis boolean       not null default false,
    article_type      varchar(20)   check (article_type in ('RESEARCH', 'REVIEW', 'CASE_REPORT', 'OTHER')),
    obtained_on       date          not null,
    detail            varchar(1000),
    status            varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'CONFIRMED', 'REJECTED')),
    reason            varchar(500),
    entered_by        varchar(100)  not null,
    entered_at        timestamptz   not null default now(),
    decided_by        varchar(100),
    decided_at        timestamptz,
    version           bigint        not null default 0,
    check (kind <> 'PUBLICATION' or (journal is not null and indexing is not null and author_position is not null
                                     and article_type is not null))
);
create index achievement_claim_student_idx on achievement_claim (student_id);
create index achievement_claim_status_idx on achievement_claim (status);
