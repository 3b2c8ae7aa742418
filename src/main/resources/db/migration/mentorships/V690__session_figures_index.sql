-- Pair figures (impact dashboard, pair follow-up) read, per pair, its planned sessions' count, minutes and first and
-- last dates: this index answers them from the index alone, without the sessions' rows and their text columns.
create index mentorship_session_figures_idx on mentorship_session (mentorship_id, status, starts_at, duration_minutes);
