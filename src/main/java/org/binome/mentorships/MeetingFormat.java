package org.binome.mentorships;

/** Where a session happens: in a place, or remotely through a link. */
enum MeetingFormat {
    IN_PERSON,
    REMOTE
}
