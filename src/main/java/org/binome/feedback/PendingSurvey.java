package org.binome.feedback;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A survey waiting for one person's answer, as their home page lists it.
 *
 * @param invitationId the invitation, to open at {@link #link()}
 * @param moment when in the programme it was sent
 * @param titleFr the survey's title in French
 * @param titleEn the survey's title in English
 * @param closesOn the last day it can be answered
 */
record PendingSurvey(long invitationId, SurveyMoment moment, String titleFr, String titleEn, LocalDate closesOn) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }

    public String link() {
        return "/me/surveys/" + invitationId;
    }
}
