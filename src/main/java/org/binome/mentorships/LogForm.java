package org.binome.mentorships;

import java.util.List;
import org.springframework.validation.Errors;

/**
 * What a session brought, written by a member after it: what was covered, what the mentee learned, what the mentor
 * learned back, next steps; the writer's own 1–5 rating; who attended (group sessions).
 */
record LogForm(
        String covered,
        String menteeLearned,
        String mentorLearned,
        String nextSteps,
        Integer rating,
        List<String> attended,
        Integer version) {

    static LogForm of(SessionView session, Integer myRating) {
        return new LogForm(
                session.covered(),
                session.menteeLearned(),
                session.mentorLearned(),
                session.nextSteps(),
                myRating,
                session.attended(),
                session.version());
    }

    void validate(Errors errors) {
        Forms.required(errors, "covered", covered, 4000);
        Forms.optional(errors, "menteeLearned", menteeLearned, 4000);
        Forms.optional(errors, "mentorLearned", mentorLearned, 4000);
        Forms.optional(errors, "nextSteps", nextSteps, 4000);
        Forms.rating(errors, "rating", rating, false);
    }
}
