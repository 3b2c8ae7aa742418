package org.binome.mentorships;

import org.springframework.validation.Errors;

/** A member's review: satisfaction 1–5, what worked, what to improve. */
record ReviewForm(Integer satisfaction, String worked, String toImprove) {

    void validate(Errors errors) {
        Forms.rating(errors, "satisfaction", satisfaction, true);
        Forms.optional(errors, "worked", worked, 2000);
        Forms.optional(errors, "toImprove", toImprove, 2000);
    }
}
