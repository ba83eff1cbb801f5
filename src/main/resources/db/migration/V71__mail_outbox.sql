-- E-mails waiting to be sent (issue 16): written in the transaction that makes the
-- notification, sent by a background sender that claims rows with "for update skip
-- locked" (one send per message, however many instances run), retried with back-off,
-- and left DEAD for staff to resend after too many failures.
create table mail_outbox (
    id              bigserial    primary key,
    notification_id bigint       references notification (id) on delete set null,
    recipient       varchar(200) not null,
    subject         varchar(300) not null,
    body            text         not null,
    status          varchar(20)  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      varchar(500),
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_status on mail_outbox (status, created_at desc);
