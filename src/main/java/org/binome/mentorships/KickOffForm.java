package org.binome.mentorships;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A member re-accepts the programme charter (the version they read) and states their expectations. */
record KickOffForm(
        Integer charterVersion,
        @NotNull @AssertTrue Boolean charterAccepted,
        @NotBlank @Size(max = 2000) String expectations) {}
