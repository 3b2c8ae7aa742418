package org.binome.mentorships;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.Range;

/** A member's review: satisfaction 1–5, what worked, what to improve. */
record ReviewForm(
        @NotNull @Range(min = 1, max = 5) Integer satisfaction,
        @Size(max = 2000) String worked,
        @Size(max = 2000) String toImprove) {}
