package org.binome.training;

import java.util.List;
import java.util.Set;
import org.binome.programs.ParticipantRole;

/** A person's path in one programme: its modules and those they completed. */
record PathProgress(
        long programId, String programName, ParticipantRole role, List<ModuleView> modules, Set<Long> completed) {

    public boolean isCompleted(long moduleId) {
        return completed.contains(moduleId);
    }

    public boolean finished() {
        return modules.stream().allMatch(m -> completed.contains(m.id()));
    }

    public int percent() {
        return modules.isEmpty() ? 100 : (int) (100L * completedCount() / modules.size());
    }

    public long completedCount() {
        return modules.stream().filter(m -> completed.contains(m.id())).count();
    }
}
