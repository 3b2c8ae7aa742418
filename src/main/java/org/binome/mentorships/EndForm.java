package org.binome.mentorships;

import org.springframework.validation.Errors;

/** Ending a mentorship early: a reason category, an optional word for the others, and whether to be matched again. */
record EndForm(EndReason reason, String message, Boolean rematch) {

    void validate(Errors errors) {
        if (reason == null && !errors.hasFieldErrors("reason")) {
            errors.rejectValue("reason", "mentorships.error.required");
        }
        Forms.optional(errors, "message", message, 1000);
    }
}
