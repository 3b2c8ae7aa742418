package org.binome.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.binome.people.PersonView;
import org.binome.programs.ApplicationView;
import org.binome.programs.MatchingComponent;
import org.binome.programs.MatchingSettings;
import org.binome.programs.ProgramFormat;
import org.binome.programs.ProgramView;

/**
 * A programme's accepted mentors and mentees as matching sees them: each application joined with its author's
 * directory entry. Pure functions, so that the benchmark can build a cohort without a database.
 */
record Cohort(List<Candidate> mentors, List<Candidate> mentees) {

    Cohort {
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
    }

    boolean isEmpty() {
        return mentors.isEmpty() && mentees.isEmpty();
    }

    Map<String, Candidate> byNumber() {
        var all = new LinkedHashMap<String, Candidate>();
        mentors.forEach(c -> all.put(c.employeeNumber(), c));
        mentees.forEach(c -> all.put(c.employeeNumber(), c));
        return all;
    }

    /**
     * How many mentees one mentor takes: one in pairs, the programme's maximum in one-to-many, and the largest group
     * size in group mentoring (the mentor is the group's anchor).
     */
    static int mentorCapacity(ProgramView program) {
        if (program.format() == ProgramFormat.ONE_TO_MANY && program.maxMenteesPerMentor() != null) {
            return Math.max(1, program.maxMenteesPerMentor());
        }
        if (program.format() == ProgramFormat.GROUPS && program.maxGroupSize() != null) {
            return Math.max(1, program.maxGroupSize());
        }
        return 1;
    }

    static Candidate candidate(ApplicationView application, PersonView person, int capacity, LocalDate today) {
        var languages = new HashSet<String>(
                application.languages().isEmpty() ? nullSafe(person.languages()) : application.languages());
        var site = application.site() == null || application.site().isBlank() ? person.site() : application.site();
        return new Candidate(
                application.employeeNumber(),
                person.fullName(),
                person.department(),
                site,
                ProgramView.seniority(person.careerStartYear(), person.hireDate(), today),
                Set.copyOf(languages),
                Map.copyOf(application.offeredSkills()),
                Map.copyOf(application.wantedSkills()),
                availability(application),
                modality(application),
                Set.copyOf(application.wishedPeople()),
                Set.copyOf(application.avoidedPeople()),
                Set.copyOf(application.wishedDepartments()),
                Set.copyOf(application.avoidedDepartments()),
                capacity);
    }

    /** Days × slots ("MONDAY-MORNING"); only days or only slots when the other was left empty (flexible). */
    static Set<String> availability(ApplicationView application) {
        var slots = new HashSet<String>();
        if (application.preferredDays().isEmpty()) {
            application.timeSlots().forEach(t -> slots.add("ANY-" + t.name()));
        } else if (application.timeSlots().isEmpty()) {
            application.preferredDays().forEach(d -> slots.add(d.name() + "-ANY"));
        } else {
            for (var day : application.preferredDays()) {
                for (var slot : application.timeSlots()) {
                    slots.add(day.name() + "-" + slot.name());
                }
            }
        }
        return Set.copyOf(slots);
    }

    private static Candidate.Modality modality(ApplicationView application) {
        if (application.meetingMode() == null) {
            return Candidate.Modality.BOTH;
        }
        return switch (application.meetingMode()) {
            case IN_PERSON -> Candidate.Modality.IN_PERSON;
            case REMOTE -> Candidate.Modality.REMOTE;
            case BOTH -> Candidate.Modality.BOTH;
        };
    }

    private static List<String> nullSafe(List<String> list) {
        return list == null ? List.of() : list;
    }

    /** The programme's weights, one programme component for each score component. */
    static MatchingWeights weights(MatchingSettings settings) {
        var weights = new java.util.EnumMap<ScoreComponent, Double>(ScoreComponent.class);
        var mandatory = java.util.EnumSet.noneOf(ScoreComponent.class);
        for (var component : MatchingComponent.values()) {
            var score = component(component);
            weights.put(score, (double) settings.weight(component));
            if (settings.mandatory().contains(component)) {
                mandatory.add(score);
            }
        }
        return new MatchingWeights(weights, mandatory, Math.max(0, Math.min(100, settings.minScore())));
    }

    static ScoreComponent component(MatchingComponent component) {
        return switch (component) {
            case SKILLS -> ScoreComponent.SKILL_FIT;
            case REVERSE_FIT -> ScoreComponent.REVERSE_FIT;
            case LANGUAGES -> ScoreComponent.LANGUAGE;
            case AVAILABILITY -> ScoreComponent.AVAILABILITY;
            case LOCATION -> ScoreComponent.LOCATION;
            case DIVERSITY -> ScoreComponent.DIVERSITY;
            case WISHES -> ScoreComponent.WISHES;
            case SENIORITY_GAP -> ScoreComponent.SENIORITY_GAP;
        };
    }

    /** Builds the cohort from accepted applications; an application whose author left the directory is skipped. */
    static Cohort of(
            List<ApplicationView> mentorApplications,
            List<ApplicationView> menteeApplications,
            Function<String, java.util.Optional<PersonView>> people,
            int mentorCapacity,
            LocalDate today) {
        var mentors = new ArrayList<Candidate>();
        for (var application : mentorApplications) {
            people.apply(application.employeeNumber())
                    .ifPresent(p -> mentors.add(candidate(application, p, mentorCapacity, today)));
        }
        var mentees = new ArrayList<Candidate>();
        for (var application : menteeApplications) {
            people.apply(application.employeeNumber()).ifPresent(p -> mentees.add(candidate(application, p, 1, today)));
        }
        return new Cohort(mentors, mentees);
    }
}
