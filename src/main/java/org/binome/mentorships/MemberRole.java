package org.binome.mentorships;

/** The side a member takes in one mentorship. */
enum MemberRole {
    MENTOR,
    MENTEE
}
