package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily health check found an active pair stalled: nudge its members (and tell the programme's administrators).
 * Published at most once a day per mentorship.
 */
public record MentorshipStalled(
        long programId,
        long mentorshipId,
        List<String> mentors,
        List<String> mentees,
        List<StallReason> reasons,
        Instant lastSessionAt,
        Instant nextSessionAt,
        LocalDate detectedOn) {

    public MentorshipStalled {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
        reasons = List.copyOf(reasons);
    }
}
