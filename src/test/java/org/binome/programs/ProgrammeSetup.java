package org.binome.programs;

import java.util.Collection;
import java.util.Locale;

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

    public void accept(long programId, Collection<Long> applicationIds) {
        programs.review(programId, applicationIds, ApplicationStatus.ACCEPTED, "", "test");
    }
}
