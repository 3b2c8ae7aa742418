package org.binome.programs;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * What a person writes when they volunteer. Offered skills map a catalogue code to a level (1–4), wanted skills to a
 * priority (1–3). Consent and charter acceptance are the applicant's own acts: without both nothing is recorded.
 */
record ApplicationCommand(
        ParticipantRole role,
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
        boolean consentGiven,
        boolean charterAccepted,
        int charterVersion) {

    ApplicationCommand {
        offeredSkills = offeredSkills == null ? Map.of() : Map.copyOf(offeredSkills);
        wantedSkills = wantedSkills == null ? Map.of() : Map.copyOf(wantedSkills);
        preferredDays = preferredDays == null ? List.of() : List.copyOf(preferredDays);
        timeSlots = timeSlots == null ? List.of() : List.copyOf(timeSlots);
        languages = languages == null ? List.of() : List.copyOf(languages);
        wishedPeople = wishedPeople == null ? List.of() : List.copyOf(wishedPeople);
        avoidedPeople = avoidedPeople == null ? List.of() : List.copyOf(avoidedPeople);
        wishedDepartments = wishedDepartments == null ? List.of() : List.copyOf(wishedDepartments);
        avoidedDepartments = avoidedDepartments == null ? List.of() : List.copyOf(avoidedDepartments);
    }
}
