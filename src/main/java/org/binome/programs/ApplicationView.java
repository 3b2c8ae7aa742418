package org.binome.programs;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An application as its author, the reviewers and other modules (matching) read it. */
public record ApplicationView(
        long id,
        long programId,
        String employeeNumber,
        ParticipantRole role,
        ApplicationStatus status,
        String motivation,
        Map<String, Integer> offeredSkills,
        Map<String, Integer> wantedSkills,
        List<DayOfWeek> preferredDays,
        List<TimeSlot> timeSlots,
        List<String> languages,
        MeetingMode meetingMode,
        String site,
        List<String> wishedPeople,
        List<String> avoidedPeople,
        List<String> wishedDepartments,
        List<String> avoidedDepartments,
        String consentVersion,
        Instant consentedAt,
        int charterVersion,
        Instant charterAcceptedAt,
        Instant submittedAt,
        Instant updatedAt,
        Instant reviewedAt,
        String reviewMessage,
        int version) {}
