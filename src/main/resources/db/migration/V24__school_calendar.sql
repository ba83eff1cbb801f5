-- The school calendar's exceptions to Monday–Friday: public holidays falling on weekdays and
-- weekend days worked instead (调休). Review deadlines count working days with them.

create table school_calendar_day (
    day        date         primary key,
    kind       varchar(10)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name       varchar(100) not null,
    created_by varchar(100) not null,
    created_at timestamptz  not null default now()
);
