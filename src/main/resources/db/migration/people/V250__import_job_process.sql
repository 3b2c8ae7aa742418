-- Which process runs an HR import (host name and a per-process id): on start-up a node marks interrupted only the
-- imports its own previous processes left half-way, never one another node is running.
alter table import_job add column node varchar(200);
alter table import_job add column process varchar(100);
