package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One pair as administrators follow it: statuses, dates, counts and health — never what the pair wrote.
 * {@code reviewsAnswered} counts the members' reviews, without their answers.
 */
record PairStatus(
        long mentorshipId,
        long programId,
        MentorshipStatus status,
        List<PartnerView> members,
        LocalDate startedOn,
        LocalDate endedOn,
        boolean kickOffDone,
        Instant lastSessionAt,
        Instant nextSessionAt,
        int sessionsHeld,
        int objectivesTotal,
        int objectivesInProgress,
        int objectivesReached,
        Health health,
        List<StallReason> reasons,
        int reviewsAnswered,
        EndReason endReason,
        boolean group) {

    public PairStatus {
        members = List.copyOf(members);
        reasons = List.copyOf(reasons);
    }
}
