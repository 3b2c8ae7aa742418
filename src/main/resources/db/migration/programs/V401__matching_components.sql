-- The three score components matching computes besides the first five: the exchange that runs back (the mentee's
-- know-how the mentor wants), department diversity and the seniority gap.
alter table program add column weight_reverse_fit integer not null default 20;
alter table program add column weight_diversity integer not null default 10;
alter table program add column weight_seniority_gap integer not null default 5;
