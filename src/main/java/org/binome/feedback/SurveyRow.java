package org.binome.feedback;

import java.util.Locale;

/** A survey as listed: what it is, when it goes, whether it is on, and its current version. */
record SurveyRow(
        long id,
        String code,
        SurveyMoment moment,
        SurveyAudience audience,
        boolean enabled,
        String titleFr,
        String titleEn,
        int openDays,
        int currentVersion,
        boolean builtin,
        int version) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }
}
