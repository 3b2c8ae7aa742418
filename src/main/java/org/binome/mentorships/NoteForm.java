package org.binome.mentorships;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NoteForm(@NotBlank @Size(max = 5000) String body, Boolean shared) {}
