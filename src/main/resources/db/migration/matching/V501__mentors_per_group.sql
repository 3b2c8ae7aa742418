-- Group mentoring: how many mentors each group of a run gets (1, or 2 when a second eligible mentor is free).
alter table matching_run add column mentors_per_group integer not null default 1;
