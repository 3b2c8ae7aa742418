-- The pairs feedback follows (copied from the mentorships module's events): who is in them, when they started, held
-- their first session and ended, so that first-session, end and six-month surveys go to the right people.
create table feedback_pair_member (
    mentorship_id bigint not null,
    program_id bigint not null,
    employee_number varchar(50) not null,
    participant_role varchar(10) not null,
    ended_on date,
    constraint feedback_pair_member_pk primary key (mentorship_id, employee_number)
);
create index feedback_pair_member_program_idx on feedback_pair_member (program_id);
