-- A rotation the office cancels before it starts stays on record as cancelled: out of the
-- timetable, the department's capacity and the audit, with who, when and why. It can be
-- restored, with a reason, while it has not started and its dates are still free. Only
-- scheduled rotations are unique per student, department and first day (a cancelled one
-- does not block scheduling the same dates again).
alter table rotation
    add column status varchar(12) not null default 'SCHEDULED' check (status in ('SCHEDULED', 'CANCELLED'));
alter table rotation drop constraint rotation_student_id_department_id_start_date_key;
create unique index rotation_scheduled_key on rotation (student_id, department_id, start_date)
    where status = 'SCHEDULED';

create table rotation_status_change (
    id          bigserial primary key,
    rotation_id bigint       not null references rotation (id) on delete cascade,
    student_id  bigint       not null references student (id),
    from_status varchar(12)  not null,
    to_status   varchar(12)  not null,
    reason      varchar(500) not null,
    actor       varchar(100) not null,
    changed_at  timestamptz  not null default now()
);
create index rotation_status_change_student_idx on rotation_status_change (student_id);
