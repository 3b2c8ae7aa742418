-- SCIM provisioning: the identity provider's own id for a person (externalId), and whether it deleted the person.
-- A deleted person is never removed (pairs, feedback and history keep their names): they are marked as left like any
-- departure, and SCIM answers 404 for them from then on.
alter table person add column external_id varchar(200);
alter table person add column scim_deleted boolean default false not null;
