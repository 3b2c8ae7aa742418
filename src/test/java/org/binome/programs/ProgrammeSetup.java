package org.binome.programs;

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
}
