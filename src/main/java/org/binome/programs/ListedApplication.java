package org.binome.programs;

import java.time.Instant;

/**
 * An application as the reviewers' list shows it: the few columns of its row, without the skills, motivation, consent
 * text and wishes that only its own page shows.
 */
record ListedApplication(
        long id,
        String employeeNumber,
        ParticipantRole role,
        ApplicationStatus status,
        String site,
        Instant submittedAt,
        int version) {}
