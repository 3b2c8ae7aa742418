package org.binome.mentorships;

/** A pair's health as the programme sees it: from dates and counts only, never from content. */
enum Health {
    HEALTHY,
    STALLED,
    /** Proposed, completed or ended: health does not apply. */
    NOT_APPLICABLE
}
