package org.binome.mentorships;

import java.time.LocalDate;
import org.springframework.validation.Errors;

/** An objective as a member writes or edits it; {@code version} is the one they read (null for a new one). */
record ObjectiveForm(
        String title,
        String measure,
        LocalDate targetDate,
        ObjectiveProgress progress,
        String progressComment,
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

    void validate(Errors errors) {
        Forms.required(errors, "title", title, 300);
        Forms.optional(errors, "measure", measure, 1000);
        Forms.optional(errors, "progressComment", progressComment, 500);
    }
}
