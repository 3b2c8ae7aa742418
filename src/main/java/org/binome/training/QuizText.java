package org.binome.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * A quiz as administrators type it, one line each: {@code ? question}, {@code + right answer}, {@code - wrong answer},
 * French and English separated by {@code |}. Plain text keeps the editor simple and works without JavaScript.
 */
final class QuizText {

    static final int MAX_QUESTIONS = 10;

    private QuizText() {}

    static String format(ModuleView module, Map<Long, Long> correct) {
        var text = new StringBuilder();
        for (var q : module.questions()) {
            text.append("? ")
                    .append(q.textFr())
                    .append(" | ")
                    .append(q.textEn())
                    .append('\n');
            for (var c : q.choices()) {
                text.append(c.id() == correct.getOrDefault(q.id(), -1L) ? "+ " : "- ")
                        .append(c.textFr())
                        .append(" | ")
                        .append(c.textEn())
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** The questions written in the text, or the errors on field {@code quiz} explaining what is wrong. */
    static List<DefaultPaths.SeedQuestion> parse(String text, Errors errors) {
        var questions = new ArrayList<DefaultPaths.SeedQuestion>();
        if (text == null || text.isBlank()) {
            return questions;
        }
        String fr = null;
        String en = null;
        var choices = new ArrayList<DefaultPaths.SeedChoice>();
        int number = 0;
        for (var raw : text.split("\\R")) {
            var line = raw.strip();
            number++;
            if (line.isEmpty()) {
                continue;
            }
            var kind = line.charAt(0);
            var parts = line.substring(1).split("\\|", 2);
            var textFr = parts[0].strip();
            var textEn = parts.length > 1 ? parts[1].strip() : textFr;
            if (textFr.isEmpty() || textFr.length() > 1000 || textEn.length() > 1000) {
                errors.rejectValue("quiz", "training.quiz.syntax", new Object[] {number}, null);
                return List.of();
            }
            switch (kind) {
                case '?' -> {
                    if (fr != null) {
                        questions.add(new DefaultPaths.SeedQuestion(fr, en, List.copyOf(choices)));
                    }
                    fr = textFr;
                    en = textEn;
                    choices.clear();
                }
                case '+', '-' -> {
                    if (fr == null) {
                        errors.rejectValue("quiz", "training.quiz.syntax", new Object[] {number}, null);
                        return List.of();
                    }
                    choices.add(new DefaultPaths.SeedChoice(textFr, textEn, kind == '+'));
                }
                default -> {
                    errors.rejectValue("quiz", "training.quiz.syntax", new Object[] {number}, null);
                    return List.of();
                }
            }
        }
        if (fr != null) {
            questions.add(new DefaultPaths.SeedQuestion(fr, en, List.copyOf(choices)));
        }
        for (var q : questions) {
            if (q.choices().size() < 2
                    || q.choices().stream()
                                    .filter(DefaultPaths.SeedChoice::correct)
                                    .count()
                            != 1) {
                errors.rejectValue("quiz", "training.quiz.oneRightAnswer", new Object[] {q.fr()}, null);
                return List.of();
            }
        }
        if (questions.size() > MAX_QUESTIONS) {
            errors.rejectValue("quiz", "training.quiz.tooMany", new Object[] {MAX_QUESTIONS}, null);
            return List.of();
        }
        return questions;
    }
}
