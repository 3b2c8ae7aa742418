package org.binome.mentorships;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An objective as a member writes or edits it; {@code version} is the one they read (null for a new one). */
record ObjectiveForm(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 1000) String measure,
        LocalDate targetDate,
        ObjectiveProgress progress,
        @Size(max = 500) String progressComment,
        Integer version) {

    static ObjectiveForm blank() {
        return new ObjectiveForm("", "", null, ObjectiveProgress.NOT_STARTED, "", null);
    }

    static ObjectiveForm of(ObjectiveView objective) {
        return new ObjectiveForm(
                objective.title(),
                objective.measure(),
                objective.targetDate(),
                objective.progress(),
                objective.progressComment(),
                objective.version());
    }
}
