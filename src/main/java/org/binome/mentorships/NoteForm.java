package org.binome.mentorships;

import org.springframework.validation.Errors;

record NoteForm(String body, Boolean shared) {

    void validate(Errors errors) {
        Forms.required(errors, "body", body, 5000);
    }
}
