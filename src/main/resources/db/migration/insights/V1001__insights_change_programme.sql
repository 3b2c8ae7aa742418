-- A programme's settings changed (programs' ProgramChanged or ProgramOpened): which programme, so that other nodes
-- bring only what its settings affect up to date instead of reading every record again.
alter table insights_change add column program_id bigint;
