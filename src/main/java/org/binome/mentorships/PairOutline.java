package org.binome.mentorships;

import java.time.Instant;
import org.binome.programs.ProgramView;

/**
 * What a pair's pages show above their own content (its summary): its latest held and next planned session, its
 * objectives reached and written, and its health, without its sessions and objectives themselves.
 */
record PairOutline(
        Mentorship mentorship,
        ProgramView program,
        Instant lastSessionAt,
        Instant nextSessionAt,
        int objectivesReached,
        int objectivesTotal,
        PairHealth health) {}
