package org.binome.mentorships;

import java.time.LocalDate;
import java.util.List;

/**
 * One pair or group in numbers, for impact dashboards: dates, status, members and session counts, never content.
 *
 * @param status {@code PROPOSED}, {@code ACTIVE}, {@code COMPLETED} or {@code ENDED_EARLY}
 * @param endReason why it ended early ({@code SCHEDULES}, {@code NEEDS_MET}, {@code ROLE_CHANGE}, {@code LEAVING},
 *     {@code NOT_A_MATCH}, {@code OTHER}), or null
 * @param sessionsHeld sessions planned and already started (not cancelled)
 * @param sessionsLast30Days sessions held in the 30 days before now
 * @param stalled the pair health of the follow-up page says "stalled" (today)
 * @param recountAt when the session counts or the health next change with time alone (a planned session starts, a
 *     held one leaves the last 30 days, the day {@code PairHealth.changesOn} gives), or null if never: a record kept
 *     until then stays true without an event about the pair
 */
public record PairRecord(
        long id,
        long programId,
        String status,
        LocalDate createdOn,
        LocalDate startedOn,
        LocalDate endedOn,
        String endReason,
        List<String> mentors,
        List<String> mentees,
        int sessionsHeld,
        long minutesHeld,
        int sessionsLast30Days,
        boolean stalled,
        java.time.Instant recountAt) {

    public PairRecord {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
    }

    public boolean endedEarly() {
        return "ENDED_EARLY".equals(status);
    }
}
