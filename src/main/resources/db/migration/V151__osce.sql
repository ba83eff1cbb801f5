-- OSCE (客观结构化临床考试, DOMAIN §3.4): an exam of a hospital with stations, each testing
-- one core competency with a checklist of points and a global rating; examiners assigned
-- per station enter only their own stations. Pass rules are data: defaults per program,
-- copied onto each exam and station where the office may change them.

create table osce_pass_rule (
    program_code           varchar(40)  primary key references program (code),
    station_pass_percent   numeric(5, 1) not null check (station_pass_percent between 0 and 100),
    station_min_global     integer      not null check (station_min_global between 1 and 5),
    overall_pass_percent   numeric(5, 1) not null check (overall_pass_percent between 0 and 100),
    min_stations_passed_percent numeric(5, 1) not null check (min_stations_passed_percent between 0 and 100)
);
insert into osce_pass_rule values ('PUMCH-POSTDOC', 60, 3, 70, 75);

create table osce_exam (
    id                     bigserial primary key,
    hospital_id            bigint       not null references hospital (id),
    program_code           varchar(40)  not null references program (code),
    title                  varchar(200) not null,
    held_on                date         not null,
    overall_pass_percent   numeric(5, 1) not null check (overall_pass_percent between 0 and 100),
    min_stations_passed_percent numeric(5, 1) not null check (min_stations_passed_percent between 0 and 100),
    status                 varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    version                bigint       not null default 0,
    created_by             varchar(100) not null,
    created_at             timestamptz  not null default now()
);
create index osce_exam_hospital_idx on osce_exam (hospital_id, held_on);

create table osce_station (
    id              bigserial primary key,
    exam_id         bigint       not null references osce_exam (id) on delete cascade,
    position        integer      not null,
    competency_code varchar(30)  not null references competency (code),
    title           varchar(200) not null,
    pass_percent    numeric(5, 1) not null check (pass_percent between 0 and 100),
    min_global      integer      not null check (min_global between 1 and 5),
    unique (exam_id, position)
);

create table osce_checklist_item (
    id         bigserial primary key,
    station_id bigint       not null references osce_station (id) on delete cascade,
    position   integer      not null,
    text       varchar(300) not null,
    points     integer      not null check (points between 1 and 100),
    unique (station_id, position)
);

create table osce_station_examiner (
    station_id    bigint not null references osce_station (id) on delete cascade,
    supervisor_id bigint not null references supervisor (id),
    primary key (station_id, supervisor_id)
);
create index osce_station_examiner_idx on osce_station_examiner (supervisor_id);

create table osce_candidate (
    exam_id    bigint not null references osce_exam (id) on delete cascade,
    student_id bigint not null references student (id),
    primary key (exam_id, student_id)
);
create index osce_candidate_student_idx on osce_candidate (student_id);

-- One sheet per candidate and station: the points of each checklist item and the global
-- rating (1–5), by the examiner who entered them.
create table osce_sheet (
    id            bigserial primary key,
    station_id    bigint       not null references osce_station (id) on delete cascade,
    student_id    bigint       not null references student (id),
    global_rating integer      not null check (global_rating between 1 and 5),
    points        integer      not null,
    max_points    integer      not null,
    entered_by    varchar(100) not null,
    entered_at    timestamptz  not null default now(),
    unique (station_id, student_id)
);

create table osce_sheet_item (
    sheet_id bigint  not null references osce_sheet (id) on delete cascade,
    item_id  bigint  not null references osce_checklist_item (id) on delete cascade,
    points   integer not null check (points >= 0),
    primary key (sheet_id, item_id)
);
