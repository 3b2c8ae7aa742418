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
 * @param lastSessionAt when the last held session started, or null
 * @param nextSessionAt when the next planned session starts, or null
 * @param countsChangeAt when the session counts alone next change with time (the next session starts, the oldest of
 *     the last 30 days leaves them), or null if never: with the two dates above, what a pair's sessions give, kept by
 *     a reader and handed back ({@link Sessions}) to read the pair again without its sessions
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
        java.time.Instant recountAt,
        java.time.Instant lastSessionAt,
        java.time.Instant nextSessionAt,
        java.time.Instant countsChangeAt) {

    public PairRecord {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
    }

    /**
     * What a pair's sessions give, true until {@code changesAt} (or for ever if null) unless a session of the pair is
     * planned, logged, moved or cancelled: a reader that kept it hands it back to {@code
     * Mentorships.pairRecords(programmes, known)} so that the pair is read again without its sessions.
     *
     * @param held sessions planned and already started (not cancelled)
     * @param minutes their minutes
     * @param recent those of the last 30 days
     * @param lastAt when the last of them started, or null
     * @param nextAt when the next one to come starts, or null
     * @param changesAt when {@code held} or {@code recent} next change with time alone, or null
     */
    public record Sessions(
            int held,
            long minutes,
            int recent,
            java.time.Instant lastAt,
            java.time.Instant nextAt,
            java.time.Instant changesAt) {

        /** Still true at this instant with no event about the pair. */
        public boolean trueAt(java.time.Instant instant) {
            return changesAt == null || changesAt.isAfter(instant);
        }
    }

    /** What this pair's sessions give (see {@link Sessions}). */
    public Sessions sessions() {
        return new Sessions(
                sessionsHeld, minutesHeld, sessionsLast30Days, lastSessionAt, nextSessionAt, countsChangeAt);
    }

    public boolean endedEarly() {
        return "ENDED_EARLY".equals(status);
    }
}
