-- Directory at 100,000 people: every index costs each imported row, so each one here serves whole query shapes of
-- the directory page. Names sort by their folded keys, then by the unique employee number so that pages never overlap:
--  * (folded last name, first name, number) serves the prefix search on the last name and the default order; the
--    two indexes on the raw names and the single-column key index go;
--  * the hire date alone serves the sort by hire date: both databases read the dates in order and sort only the
--    people of the first dates by name (a full-order index cost the import a second on H2).
drop index if exists person_last_name_ix;
drop index if exists person_sort_name_ix;
drop index if exists person_last_name_key_ix;
create index person_name_key_ix on person (last_name_key, first_name_key, employee_number);
create index person_hire_date_ix on person (hire_date);
-- New people's ids are drawn 10,000 at a time: H2 records each draw of its identity sequence with a commit of its own,
-- which with WRITE_DELAY=0 writes every page a large import has changed so far (30 draws per 1,000 people at the
-- default of 32). Ids left unused (a restart, a PostgreSQL session ending) are only gaps; nothing reads them.
alter table person alter column id set cache 10000;
