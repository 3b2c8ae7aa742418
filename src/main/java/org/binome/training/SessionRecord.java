package org.binome.training;

import java.util.List;

/** What a finished session recorded (to import past sessions, e.g. demo data). */
record SessionRecord(
        String followUp,
        String problem,
        String contract,
        String suggestions,
        String actionPlan,
        String learnings,
        List<String> attendees) {}
