package org.binome.mentorships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The health policy, from dates and counts only. An active pair is stalled when no session took place or is planned
 * within the programme's cadence plus a margin (counted from the last session, or from the start when there was
 * none), or when it still has no objective some days after its kick-off. Days are local days, as the caller counts
 * them in the installation's time zone.
 */
record PairHealth(Health health, List<StallReason> reasons) {

    static final int DEFAULT_CADENCE_DAYS = 30;

    PairHealth {
        reasons = List.copyOf(reasons);
    }

    /** What a pair's health is computed from, apart from the day. */
    record Facts(
            MentorshipStatus status,
            LocalDate startedOn,
            int objectives,
            LocalDate lastSessionOn,
            LocalDate nextSessionOn,
            Integer cadenceDays,
            int marginDays,
            int objectivesGraceDays) {

        /** The pair's health on this day. */
        PairHealth on(LocalDate today) {
            if (status != MentorshipStatus.ACTIVE || startedOn == null) {
                return new PairHealth(Health.NOT_APPLICABLE, List.of());
            }
            int window = window();
            var reasons = new ArrayList<StallReason>();
            var lastActivity = lastActivity();
            boolean recent = !today.isAfter(lastActivity.plusDays(window));
            boolean planned = nextSessionOn != null && !nextSessionOn.isAfter(today.plusDays(window));
            if (!recent && !planned) {
                reasons.add(StallReason.NO_RECENT_SESSION);
            }
            if (objectives == 0 && today.isAfter(startedOn.plusDays(objectivesGraceDays))) {
                reasons.add(StallReason.NO_OBJECTIVES);
            }
            return new PairHealth(reasons.isEmpty() ? Health.HEALTHY : Health.STALLED, reasons);
        }

        /**
         * The first day after {@code today} on which {@link #on} may say something else (a pair becomes stalled when
         * its window passes, or its objectives' grace period; a planned session comes within the window), or null if
         * the date alone never changes it. A session starting or an objective added changes the facts, and their
         * events say so: a kept health is true until that day.
         */
        LocalDate changesOn(LocalDate today) {
            if (status != MentorshipStatus.ACTIVE || startedOn == null) {
                return null;
            }
            int window = window();
            var lastActivity = lastActivity();
            LocalDate first = earliestAfter(today, null, lastActivity.plusDays(window + 1L));
            if (nextSessionOn != null) {
                first = earliestAfter(today, first, nextSessionOn.minusDays(window));
            }
            if (objectives == 0) {
                first = earliestAfter(today, first, startedOn.plusDays(objectivesGraceDays + 1L));
            }
            return first;
        }

        /** Days without a session before a pair stalls: the programme's cadence plus the margin. */
        private int window() {
            return (cadenceDays == null || cadenceDays <= 0 ? DEFAULT_CADENCE_DAYS : cadenceDays) + marginDays;
        }

        private LocalDate lastActivity() {
            return lastSessionOn == null ? startedOn : max(startedOn, lastSessionOn);
        }
    }

    private static LocalDate earliestAfter(LocalDate today, LocalDate first, LocalDate candidate) {
        if (!candidate.isAfter(today)) {
            return first;
        }
        return first == null || candidate.isBefore(first) ? candidate : first;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
