package org.binome.programs;

import java.time.Instant;

/**
 * An application as the reviewers' list shows and filters it: the few columns of its row, without the motivation,
 * consent text and wishes that only its own page shows.
 */
record ListedApplication(
        long id,
        String employeeNumber,
        ParticipantRole role,
        ApplicationStatus status,
        String site,
        String offeredSkills,
        String wantedSkills,
        Instant submittedAt,
        int version) {

    /** Whether the application offers or wants this skill ("code:level" pairs, as saved). */
    boolean declares(String skill) {
        return declares(offeredSkills, skill) || declares(wantedSkills, skill);
    }

    private static boolean declares(String pairs, String skill) {
        return Program.split(pairs).stream().anyMatch(pair -> pair.startsWith(skill + ":"));
    }
}
