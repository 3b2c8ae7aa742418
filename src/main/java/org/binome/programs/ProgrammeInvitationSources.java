package org.binome.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.binome.identity.InvitationSources;
import org.binome.people.Directory;
import org.springframework.stereotype.Component;

/**
 * Tells identity who a programme's eligible audience is, for inviting it: the active employees who could apply as a
 * mentor or as a mentee under the programme's seniority rules (everyone when it has none).
 */
@Component
class ProgrammeInvitationSources implements InvitationSources {

    private final Programs programs;
    private final Directory directory;
    private final Clock clock;

    ProgrammeInvitationSources(Programs programs, Directory directory, Clock clock) {
        this.programs = programs;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public List<Source> programmes() {
        return programs.findAll().stream()
                .map(program -> new Source(program.id(), program.name()))
                .toList();
    }

    @Override
    public List<String> eligible(long programmeId) {
        var program = programs.find(programmeId).orElse(null);
        if (program == null) {
            return List.of();
        }
        var today = LocalDate.now(clock);
        return directory.activeFacts().stream()
                .filter(person -> {
                    int seniority = ProgramView.seniority(person.careerStartYear(), person.hireDate(), today);
                    boolean mentor = program.mentorMaxSeniority() == null || seniority <= program.mentorMaxSeniority();
                    boolean mentee = program.menteeMinSeniority() == null || seniority >= program.menteeMinSeniority();
                    return mentor || mentee;
                })
                .map(person -> person.employeeNumber())
                .toList();
    }
}
