package org.binome.programs;

import java.time.Instant;

/** One application in numbers, for impact dashboards: who, which role, where it stands and when. No content. */
public record ApplicationRecord(
        long programId,
        String employeeNumber,
        ParticipantRole role,
        ApplicationStatus status,
        Instant submittedAt,
        Instant reviewedAt) {}
