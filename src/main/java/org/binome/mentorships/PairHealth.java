package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The health policy, from dates and counts only. An active pair is stalled when no session took place or is planned
 * within the programme's cadence plus a margin (counted from the last session, or from the start when there was
 * none), or when it still has no objective some days after its kick-off.
 */
record PairHealth(Health health, List<StallReason> reasons) {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int DEFAULT_CADENCE_DAYS = 30;

    PairHealth {
        reasons = List.copyOf(reasons);
    }

    static PairHealth of(
            MentorshipStatus status,
            LocalDate startedOn,
            int objectives,
            Instant lastSessionAt,
            Instant nextSessionAt,
            Integer cadenceDays,
            int marginDays,
            int objectivesGraceDays,
            LocalDate today) {
        if (status != MentorshipStatus.ACTIVE || startedOn == null) {
            return new PairHealth(Health.NOT_APPLICABLE, List.of());
        }
        int window = (cadenceDays == null || cadenceDays <= 0 ? DEFAULT_CADENCE_DAYS : cadenceDays) + marginDays;
        var reasons = new ArrayList<StallReason>();
        var lastActivity = lastSessionAt == null
                ? startedOn
                : max(startedOn, lastSessionAt.atZone(PARIS).toLocalDate());
        boolean recent = !today.isAfter(lastActivity.plusDays(window));
        boolean planned = nextSessionAt != null
                && !nextSessionAt.atZone(PARIS).toLocalDate().isAfter(today.plusDays(window));
        if (!recent && !planned) {
            reasons.add(StallReason.NO_RECENT_SESSION);
        }
        if (objectives == 0 && today.isAfter(startedOn.plusDays(objectivesGraceDays))) {
            reasons.add(StallReason.NO_OBJECTIVES);
        }
        return new PairHealth(reasons.isEmpty() ? Health.HEALTHY : Health.STALLED, reasons);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
