package org.binome.programs;

import java.time.DayOfWeek;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Programme set-up for other modules' tests: the writes an administrator or a volunteer makes through the programme
 * pages, which the {@link Programs} facade keeps to its own module. The programme itself comes from {@link
 * TestProgrammes}.
 */
public final class ProgrammeSetup {

    private final Programs programs;

    public ProgrammeSetup(Programs programs) {
        this.programs = programs;
    }

    public ProgramView changeStatus(long programId, ProgramStatus target) {
        return programs.changeStatus(programId, target, true);
    }

    ApplicationView apply(long programId, String applicant, ApplicationCommand command) {
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
                command(programId, role, "Apprendre l’un de l’autre", Map.of(), Map.of(), List.of(), List.of()));
    }

    /**
     * The person's application in this role with these skills (catalogue code to level offered, or to priority
     * wanted), free on Tuesday mornings, in French, in person or remote, consent and the current charter accepted.
     */
    public ApplicationView applyWithSkills(
            long programId,
            String applicant,
            ParticipantRole role,
            Map<String, Integer> offeredSkills,
            Map<String, Integer> wantedSkills) {
        return apply(
                programId,
                applicant,
                command(
                        programId,
                        role,
                        "Test",
                        offeredSkills,
                        wantedSkills,
                        List.of(DayOfWeek.TUESDAY),
                        List.of(TimeSlot.MORNING)));
    }

    private ApplicationCommand command(
            long programId,
            ParticipantRole role,
            String motivation,
            Map<String, Integer> offeredSkills,
            Map<String, Integer> wantedSkills,
            List<DayOfWeek> days,
            List<TimeSlot> slots) {
        return new ApplicationCommand(
                role,
                motivation,
                offeredSkills,
                wantedSkills,
                days,
                slots,
                List.of("fr"),
                MeetingMode.BOTH,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                true,
                true,
                programs.charter(programId).number());
    }

    public void accept(long programId, Collection<Long> applicationIds) {
        programs.review(programId, applicationIds, ApplicationStatus.ACCEPTED, "", "test");
    }
}
