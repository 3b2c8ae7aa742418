package org.binome.training;

import java.util.List;
import java.util.Locale;
import org.binome.programs.ParticipantRole;

/** One module of a training path, in both languages; {@code passMark} is null when it has no quiz. */
record ModuleView(
        long id,
        long programId,
        ParticipantRole role,
        int position,
        String titleFr,
        String titleEn,
        String bodyFr,
        String bodyEn,
        String videoUrl,
        int minutes,
        Integer passMark,
        List<QuestionView> questions,
        int version) {

    public String title(Locale locale) {
        return english(locale) ? titleEn : titleFr;
    }

    public String body(Locale locale) {
        return english(locale) ? bodyEn : bodyFr;
    }

    public boolean hasQuiz() {
        return passMark != null && !questions.isEmpty();
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** A quiz question; the choices never say which one is right (that stays on the server). */
    record QuestionView(long id, String textFr, String textEn, List<ChoiceView> choices) {
        public String text(Locale locale) {
            return english(locale) ? textEn : textFr;
        }
    }

    record ChoiceView(long id, String textFr, String textEn) {
        public String text(Locale locale) {
            return english(locale) ? textEn : textFr;
        }
    }
}
