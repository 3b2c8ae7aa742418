package org.binome.programs;

/** A programme at a glance, for dashboards: its stage, how ready it is and how many volunteered. */
public record ProgramOverview(
        long id,
        String name,
        ProgramStatus status,
        int readinessScore,
        long mentorApplications,
        long mentorsAccepted,
        Integer mentorCapacity,
        long menteeApplications,
        long menteesAccepted,
        Integer menteeCapacity,
        boolean sponsoredBy) {}
