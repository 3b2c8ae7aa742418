package org.binome.mentorships;

import org.springframework.validation.Errors;

/** A member re-accepts the programme charter (the version they read) and states their expectations. */
record KickOffForm(Integer charterVersion, Boolean charterAccepted, String expectations) {

    void validate(Errors errors) {
        if (!Boolean.TRUE.equals(charterAccepted)) {
            errors.rejectValue("charterAccepted", "mentorships.kickoff.error.charter");
        }
        Forms.required(errors, "expectations", expectations, 2000);
    }
}
