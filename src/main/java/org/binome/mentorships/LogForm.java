package org.binome.mentorships;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.Range;

/**
 * What a session brought, written by a member after it: what was covered, what the mentee learned, what the mentor
 * learned back, next steps; the writer's own 1–5 rating; who attended (group sessions).
 */
record LogForm(
        @NotBlank @Size(max = 4000) String covered,
        @Size(max = 4000) String menteeLearned,
        @Size(max = 4000) String mentorLearned,
        @Size(max = 4000) String nextSteps,
        @Range(min = 1, max = 5) Integer rating,
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
}
