-- Quiz attempts per person and module: after a few failed tries the next one waits longer and longer, so that the
-- training gate cannot be passed by trying every combination of answers.
create table quiz_attempts (
    module_id bigint not null,
    employee_number varchar(20) not null,
    failures integer not null,
    last_attempt_at timestamp with time zone not null,
    version integer not null,
    constraint quiz_attempts_pk primary key (module_id, employee_number)
);
