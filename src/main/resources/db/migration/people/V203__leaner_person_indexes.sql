-- HR import at 100,000 people: every index costs each inserted row. The directory sorts names by their folded keys,
-- so one index (folded last name, first name, then the unique employee number) serves both the prefix search on the
-- last name and the default order; the two indexes on the raw names and the single-column key index go.
drop index if exists person_last_name_ix;
drop index if exists person_sort_name_ix;
drop index if exists person_last_name_key_ix;
create index person_name_key_ix on person (last_name_key, first_name_key, employee_number);
