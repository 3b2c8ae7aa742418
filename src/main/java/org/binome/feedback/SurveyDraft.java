package org.binome.feedback;

import java.util.List;
import java.util.Locale;

/** A survey's content as written or edited: saved as a new version when the survey already has answers. */
record SurveyDraft(
        String code,
        SurveyMoment moment,
        SurveyAudience audience,
        String titleFr,
        String titleEn,
        String introFr,
        String introEn,
        int openDays,
        List<Question> questions) {

    SurveyDraft {
        questions = List.copyOf(questions);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleFr;
    }

    /** One question; {@code id} is null until saved. */
    record Question(
            Long id,
            String code,
            QuestionKind kind,
            Measure measure,
            DigitalArea area,
            SurveyAudience audience,
            boolean required,
            String textFr,
            String textEn,
            List<Option> options) {

        Question {
            options = List.copyOf(options);
        }

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? textEn : textFr;
        }

        public boolean isFor(org.binome.programs.ParticipantRole role) {
            return audience.includes(role);
        }

        public boolean hasOption(String code) {
            return options.stream().anyMatch(o -> o.code().equals(code));
        }
    }

    record Option(String code, String labelFr, String labelEn) {

        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
        }
    }
}
