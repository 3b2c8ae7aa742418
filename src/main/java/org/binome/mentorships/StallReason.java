package org.binome.mentorships;

/** Why an active pair is considered stalled. */
enum StallReason {
    /** No session took place or is planned within the programme's cadence plus the margin. */
    NO_RECENT_SESSION,
    /** Still no objective fourteen days after the kick-off. */
    NO_OBJECTIVES
}
