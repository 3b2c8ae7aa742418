package org.binome.mentorships;

/** A mentorship's life: proposed by matching, active once everyone accepted, then completed or ended early. */
enum MentorshipStatus {
    PROPOSED,
    ACTIVE,
    COMPLETED,
    ENDED_EARLY;

    public boolean isOver() {
        return this == COMPLETED || this == ENDED_EARLY;
    }
}
