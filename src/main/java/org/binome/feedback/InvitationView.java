package org.binome.feedback;

import java.time.LocalDate;
import org.binome.programs.ParticipantRole;

/** One invitation as its owner sees it: which survey, for which programme, open until when, answered or not. */
record InvitationView(
        long id,
        long surveyId,
        long versionId,
        long programId,
        String employeeNumber,
        ParticipantRole role,
        SurveyMoment moment,
        String titleFr,
        String titleEn,
        LocalDate sentOn,
        LocalDate closesOn,
        LocalDate answeredOn) {

    public boolean answered() {
        return answeredOn != null;
    }

    public boolean openOn(LocalDate today) {
        return !answered() && !today.isAfter(closesOn);
    }

    public String title(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }
}
