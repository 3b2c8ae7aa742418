package org.binome.matching;

import java.util.List;

/**
 * Everyone in a published proposal said yes: the pair (or group) may start. The mentorships module listens and opens
 * the mentorship. One or two mentors; one mentee for a pair, several for a group.
 */
public record MatchAccepted(long programId, long proposalId, List<String> mentors, List<String> mentees) {

    public MatchAccepted {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
    }
}
