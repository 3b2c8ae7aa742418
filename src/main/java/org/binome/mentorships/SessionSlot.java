package org.binome.mentorships;

import java.time.Instant;

/** A validated time and place for a session. */
record SessionSlot(
        Instant startsAt, int durationMinutes, MeetingFormat format, String place, String link, String agenda) {

    Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }
}
