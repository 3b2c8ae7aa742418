package org.binome.mentorships;

import java.time.Instant;

/** A session's log was written (what each side learned stays with the pair; this carries dates and length only). */
public record SessionLogged(
        long programId, long mentorshipId, long sessionId, Instant heldAt, int durationMinutes, String loggedBy) {}
