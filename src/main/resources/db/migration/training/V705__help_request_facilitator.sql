-- A help request addressed to "the facilitator" belongs to the requester's own facilitator, chosen when it is asked:
-- nobody else reads it (people write there about difficulties with their partner).
alter table help_request add column facilitator varchar(20);
update help_request h set facilitator = (
    select min(c.facilitator) from circle c join circle_member m on m.circle_id = c.id
     where c.program_id = h.program_id and m.employee_number = h.requester)
 where h.addressee = 'FACILITATOR';
create index help_request_facilitator on help_request (facilitator);
