package org.binome.mentorships;

/** Which pairs the administrators' list shows: all, one status, the stalled ones or those still to kick off. */
enum PairFilter {
    ALL,
    ACTIVE,
    STALLED,
    KICK_OFF_PENDING,
    PROPOSED,
    COMPLETED,
    ENDED_EARLY
}
