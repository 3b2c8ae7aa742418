-- Sign-in throttling with progressive delays instead of a lock-out. One row per throttled key (a SHA-256 digest of
-- the account and the client, of the account, or of the address: never a typed name nor an IP address). An attempt is
-- counted before the password is checked, with a compare-and-set on version, so parallel guesses cannot all slip
-- through between a check and an insert; a successful sign-in deletes its account's rows.
create table login_throttle (
    throttle_key varchar(80) primary key,
    failures integer not null,
    last_attempt_at timestamp with time zone,
    next_attempt_at timestamp with time zone not null,
    version integer not null
);
create index login_throttle_last_ix on login_throttle (last_attempt_at);

-- Devices (a random cookie) and addresses from which an account signed in before, as digests: they are not slowed
-- down by failures that strangers cause on the account.
create table login_known_client (
    known_key varchar(80) primary key,
    last_seen_at timestamp with time zone not null
);
create index login_known_client_seen_ix on login_known_client (last_seen_at);

drop table login_failure;
