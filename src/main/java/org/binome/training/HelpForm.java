package org.binome.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A participant's help request form; the programme must be one of theirs (checked by the controller). */
record HelpForm(
        @NotNull Long programId,
        String addressee,
        @NotBlank @Size(max = 5000) String message) {}
