-- Payment rolls (issue 18 step 5): the bank account finance pays a student's awards into,
-- part of the student's funding data, recorded by the student or by finance (财务处).
create table student_bank_account (
    student_id  bigint       primary key references student (id),
    bank_name   varchar(100) not null,
    account_no  varchar(40)  not null check (account_no ~ '^[0-9 ]{8,40}$'),
    updated_by  varchar(100) not null,
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
