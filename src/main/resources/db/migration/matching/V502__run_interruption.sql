-- Which process runs a matching run (host name and a per-process id), so that a run left RUNNING by a process that
-- stopped can be recognised, and why a run was interrupted (RESTART: its process stopped; TIMEOUT: it ran too long).
alter table matching_run add column node varchar(200);
alter table matching_run add column process varchar(100);
alter table matching_run add column interruption varchar(20);
