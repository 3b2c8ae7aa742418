-- The department of the account's holder, copied from the directory and kept up to date by it (HR import, edits,
-- SCIM), so that the administrators' list filters by department with an index instead of a list of employee numbers.
alter table user_account add column department varchar(100);
create index user_account_department_ix on user_account (department, display_name, id);
