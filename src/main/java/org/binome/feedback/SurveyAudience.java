package org.binome.feedback;

import org.binome.programs.ParticipantRole;

/** Who a survey or a question is for: everyone, mentors (the juniors) or mentees. */
enum SurveyAudience {
    ALL,
    MENTOR,
    MENTEE;

    boolean includes(ParticipantRole role) {
        return this == ALL || name().equals(role.name());
    }
}
