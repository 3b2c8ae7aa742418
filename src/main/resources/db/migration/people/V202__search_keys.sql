-- Directory search at 100,000 people: names and e-mail folded to lower case without accents, indexed, so that a
-- prefix search is an index range on H2 and PostgreSQL alike (lower(...) like '...%' scanned the whole table).
alter table person add column last_name_key varchar(100);
alter table person add column first_name_key varchar(100);
alter table person add column email_key varchar(254);
update person set
    last_name_key = translate(lower(last_name), 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa'),
    first_name_key = translate(lower(first_name), 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa'),
    email_key = lower(email);
create index person_last_name_key_ix on person (last_name_key);
create index person_first_name_key_ix on person (first_name_key);
create index person_email_key_ix on person (email_key);
-- the directory's default order, complete, so that the first page is read from the index without sorting
create index person_sort_name_ix on person (last_name, first_name, employee_number);
