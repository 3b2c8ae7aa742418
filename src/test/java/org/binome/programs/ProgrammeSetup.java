package org.binome.programs;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Programme set-up for other modules' tests: the writes an administrator or a volunteer makes through the programme
 * pages, which the {@link Programs} facade keeps to its own module.
 */
public final class ProgrammeSetup {

    private final Programs programs;

    public ProgrammeSetup(Programs programs) {
        this.programs = programs;
    }

    public ProgramView create(ProgramCommand command, String createdBy) {
        return programs.create(command, createdBy);
    }

    public ProgramView changeStatus(long programId, ProgramStatus target) {
        return programs.changeStatus(programId, target, true);
    }

    public ApplicationView apply(long programId, String applicant, ApplicationCommand command) {
        return programs.apply(programId, applicant, command, Locale.FRENCH);
    }

    /**
     * The person's own application in this role with nothing more than consent and the current charter accepted (no
     * skills, no preferences).
     */
    public ApplicationView applyPlainly(long programId, String applicant, ParticipantRole role) {
        return apply(
                programId,
                applicant,
                new ApplicationCommand(
                        role,
                        "Apprendre l’un de l’autre",
                        Map.of(),
                        Map.of(),
                        List.of(),
                        List.of(),
                        List.of("fr"),
                        MeetingMode.BOTH,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        true,
                        true,
                        programs.charter(programId).number()));
    }

    public void accept(long programId, Collection<Long> applicationIds) {
        programs.review(programId, applicationIds, ApplicationStatus.ACCEPTED, "", "test");
    }

    /** The design with these dated phases, as an administrator types them on the programme form. */
    public static ProgramCommand withTimeline(ProgramCommand c, Map<Phase, LocalDate> dates) {
        var timeline = dates.entrySet().stream()
                .map(e -> new DatedPhase(e.getKey(), e.getValue()))
                .toList();
        return new ProgramCommand(
                c.name(),
                c.purpose(),
                c.objectives(),
                c.mentorExpectations(),
                c.menteeExpectations(),
                c.format(),
                c.maxMenteesPerMentor(),
                c.minGroupSize(),
                c.maxGroupSize(),
                c.sessionMinutes(),
                c.frequencyDays(),
                timeline,
                c.mentorMaxSeniority(),
                c.menteeMinSeniority(),
                c.mentorCapacity(),
                c.menteeCapacity(),
                c.matching(),
                c.targetSkills(),
                c.sponsors(),
                c.sponsorMessage(),
                c.trainingRequired(),
                c.supportPlanned(),
                c.supportText(),
                c.faq());
    }

    /** A plain pairs programme (one mentee per mentor, no training required) with these dated phases. */
    public static ProgramCommand pairs(String name, Map<Phase, LocalDate> dates) {
        return withTimeline(DemoDesigns.minimal(name), dates);
    }
}
