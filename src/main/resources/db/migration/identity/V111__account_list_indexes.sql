-- Bulk invitations and messages find accounts by employee number; the administrators' list sorts by name and filters
-- by the exact stored roles value (roles are kept sorted, so a role is a handful of values).
create index user_account_employee_number_ix on user_account (employee_number);
create index user_account_name_ix on user_account (display_name, id);
create index user_account_roles_ix on user_account (roles, display_name);
