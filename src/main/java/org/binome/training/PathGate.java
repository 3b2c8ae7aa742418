package org.binome.training;

import org.binome.matching.TrainingGate;
import org.binome.programs.ParticipantRole;
import org.binome.programs.Programs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching's training gate: a programme that does not require training lets everyone through; otherwise a person
 * passes once they completed every module of their role's path (the role of their application in that programme).
 */
@Component
class PathGate implements TrainingGate {

    private final Programs programs;
    private final TrainingPaths paths;

    PathGate(Programs programs, TrainingPaths paths) {
        this.programs = programs;
        this.paths = paths;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean completed(long programId, String employeeNumber) {
        var program = programs.find(programId);
        if (program.isEmpty() || !program.get().trainingRequired()) {
            return true;
        }
        var role = programs.applicationOf(programId, employeeNumber)
                .map(a -> a.role())
                .orElse(ParticipantRole.MENTOR);
        if (!paths.seeded(programId, role)) {
            // Nobody has opened this path yet (it is copied on first read), so nobody can have completed it.
            return false;
        }
        var done = paths.completedBy(employeeNumber, programId);
        return paths.modules(programId, role).stream().allMatch(m -> done.contains(m.id()));
    }
}
