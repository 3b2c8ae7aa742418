-- What each pair's sessions give (counts, minutes, last and next session, when the counts next change with time
-- alone), as a node read them at computed_at: kept so that a node reading every record (at its start, after
-- binome.insights.cache-for=PT0S) reads these rows instead of every session. A row is used only while no change of
-- its pair (or of everything) was written to insights_change since computed_at, before changes_at, and for 12 hours at
-- most (insights_change keeps a day). Ids and counts only: no person, no content.
create table insights_pair_sessions (
    pair_id bigint primary key,
    held integer not null,
    minutes bigint not null,
    recent integer not null,
    last_at timestamp with time zone,
    next_at timestamp with time zone,
    changes_at timestamp with time zone,
    computed_at timestamp with time zone not null
);
