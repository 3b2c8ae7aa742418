package org.binome.mentorships;

import java.util.List;

/**
 * What a participant's home page shows about their mentorships: each of them, the next session (or null) and what to
 * do next, most urgent first.
 */
record ParticipantHome(List<MentorshipSummary> mentorships, UpcomingSession nextSession, List<NextAction> nextActions) {

    public ParticipantHome {
        mentorships = List.copyOf(mentorships);
        nextActions = List.copyOf(nextActions);
    }

    public boolean isEmpty() {
        return mentorships.isEmpty();
    }
}
