-- Records kept before the audit log existed (identity's account history) are copied into the chain once: one row per
-- source, written in the same transaction as the copied entries, so a restart or a second node never copies twice.
create table audit_backfill (
    source varchar(60) primary key,
    done_at timestamp with time zone not null,
    entries integer not null
);
