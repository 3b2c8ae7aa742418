package org.binome.mentorships;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Ending a mentorship early: a reason category, an optional word for the others, and whether to be matched again. */
record EndForm(@NotNull EndReason reason, @Size(max = 1000) String message, Boolean rematch) {}
