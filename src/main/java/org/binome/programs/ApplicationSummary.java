package org.binome.programs;

import java.time.Instant;

/** One of a person's applications with its programme, for their home page. */
public record ApplicationSummary(
        long applicationId,
        long programId,
        String programName,
        ProgramStatus programStatus,
        ParticipantRole role,
        ApplicationStatus status,
        Instant submittedAt,
        String reviewMessage) {}
