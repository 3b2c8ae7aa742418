package org.binome.mentorships;

import java.time.Instant;
import java.time.LocalDate;
import org.binome.programs.ProgramView;

/**
 * A pair in figures at one moment: its planned sessions (the latest held, the next, how many were held), its
 * objectives (written, in progress, reached) and its health, without the sessions and objectives themselves; and the
 * day it was read, on which its reviews open or not ({@link ReviewPolicy}). What a pair's summary, a list of pairs and
 * the daily reminders need: {@link PairFactsLoader#outlines} counts it in the database for any number of pairs.
 */
record PairOutline(
        Mentorship mentorship,
        ProgramView program,
        PairLoading.SessionFigures sessions,
        PairLoading.ObjectiveFigures objectives,
        PairHealth health,
        LocalDate today) {

    static final PairLoading.SessionFigures NO_SESSIONS = new PairLoading.SessionFigures(null, null, 0);

    static final PairLoading.ObjectiveFigures NO_OBJECTIVES = new PairLoading.ObjectiveFigures(0, 0, 0);

    Instant lastSessionAt() {
        return sessions.last();
    }

    Instant nextSessionAt() {
        return sessions.next();
    }
}
