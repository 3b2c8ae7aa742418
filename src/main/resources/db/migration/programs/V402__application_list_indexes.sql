-- The reviewers' list reads a page of a programme's applications, newest first, and the sites they give, from the
-- database: at 40,000 applications it read them all to sort, filter and count them in memory.
create index program_application_submitted_ix on program_application (program_id, submitted_at desc, id desc);
create index program_application_site_ix on program_application (program_id, site);
