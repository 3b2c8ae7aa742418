-- ShedLock's table: a scheduled job runs on one node at a time. Plain timestamps in UTC, as ShedLock writes them
-- with the database's own clock (usingDbTime), so nodes with different clocks or time zones agree.
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
