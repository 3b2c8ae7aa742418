package org.binome.mentorships;

import org.springframework.validation.Errors;

/** Field checks the mentorship forms share; each error names a message key shown next to its field. */
final class Forms {

    private Forms() {}

    static void required(Errors errors, String field, String value, int max) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "mentorships.error.required");
        } else {
            optional(errors, field, value, max);
        }
    }

    static void optional(Errors errors, String field, String value, int max) {
        if (!errors.hasFieldErrors(field) && value != null && value.strip().length() > max) {
            errors.rejectValue(field, "mentorships.error.tooLong", new Object[] {max}, null);
        }
    }

    static void rating(Errors errors, String field, Integer value, boolean required) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (value == null) {
            if (required) {
                errors.rejectValue(field, "mentorships.error.rating");
            }
        } else if (value < 1 || value > 5) {
            errors.rejectValue(field, "mentorships.error.rating");
        }
    }
}
