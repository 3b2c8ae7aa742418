package org.binome.mentorships;

import java.time.LocalDate;
import java.util.List;

/** A pair or group became active: the kick-off (charter, expectations, objectives) awaits its members. */
public record MentorshipStarted(
        long programId,
        long mentorshipId,
        Long proposalId,
        List<String> mentors,
        List<String> mentees,
        LocalDate startedOn) {

    public MentorshipStarted {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
    }
}
