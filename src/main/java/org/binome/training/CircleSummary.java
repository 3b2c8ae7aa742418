package org.binome.training;

import java.time.Instant;

/**
 * A circle as the facilitator's home lists it: counts only, never what was said.
 *
 * @param nextSessionId the next planned session, or null
 * @param nextSessionAt when it starts, or null
 */
record CircleSummary(
        long id,
        long programId,
        String name,
        int activeMembers,
        int sessionsHeld,
        Long nextSessionId,
        Instant nextSessionAt) {}
