package org.binome.mentorships;

/** The side a member takes in one mentorship. */
public enum MemberRole {
    MENTOR,
    MENTEE
}
