package org.binome.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A facilitator's (or administrator's) answer to a help request. */
record HelpAnswerForm(@NotBlank @Size(max = 5000) String answer) {}
