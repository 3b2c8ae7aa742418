package org.binome.mentorships;

/** A programme's pairs in numbers, for dashboards: statuses, health, sessions, hours of exchange and objectives. */
record PairHealthCounts(
        long programId,
        int total,
        int proposed,
        int active,
        int completed,
        int endedEarly,
        int kickOffPending,
        int healthy,
        int stalled,
        int sessionsHeld,
        int sessionsPlanned,
        long minutesOfExchange,
        int objectives,
        int objectivesInProgress,
        int objectivesReached,
        int reviewsAnswered) {}
