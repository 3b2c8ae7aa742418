package org.binome.mentorships;

/** What a participant should do next in one of their mentorships. */
enum NextActionKind {
    ACCEPT_PROPOSAL,
    KICK_OFF,
    WRITE_OBJECTIVES,
    PLAN_SESSION,
    LOG_SESSION,
    RATE_SESSION,
    ANSWER_REVIEW
}
