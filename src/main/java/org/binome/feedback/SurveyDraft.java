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

    /** The same survey with these questions (an edit keeps everything else). */
    SurveyDraft withQuestions(List<Question> edited) {
        return new SurveyDraft(code, moment, audience, titleFr, titleEn, introFr, introEn, openDays, edited);
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

        /** The same question with these choices. */
        Question withOptions(List<Option> edited) {
            return new Question(id, code, kind, measure, area, audience, required, textFr, textEn, edited);
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
