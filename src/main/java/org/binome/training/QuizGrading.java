package org.binome.training;

import java.util.Map;
import org.binome.shared.RuleViolation;

/**
 * Grades a quiz on the server. Answers name question and choice ids; an id that does not belong to the module (a
 * tampered request) is refused outright, an unanswered question is refused with the answers kept.
 */
final class QuizGrading {

    private QuizGrading() {}

    record Result(int score, boolean passed) {}

    static Result grade(ModuleView module, Map<Long, Long> correct, Map<String, String> answers) {
        for (var entry : answers.entrySet()) {
            var questionId = parse(entry.getKey());
            var choiceId = parse(entry.getValue());
            var question = module.questions().stream()
                    .filter(q -> q.id() == questionId)
                    .findFirst()
                    .orElseThrow(() -> RuleViolation.invalid("training.quiz.tampered"));
            if (question.choices().stream().noneMatch(c -> c.id() == choiceId)) {
                throw RuleViolation.invalid("training.quiz.tampered");
            }
        }
        if (module.questions().stream().anyMatch(q -> !answers.containsKey(String.valueOf(q.id())))) {
            throw RuleViolation.invalid("training.quiz.unanswered");
        }
        long right = module.questions().stream()
                .filter(q -> String.valueOf(correct.get(q.id())).equals(answers.get(String.valueOf(q.id()))))
                .count();
        int score = module.questions().isEmpty()
                ? 100
                : (int) (100 * right / module.questions().size());
        return new Result(score, module.passMark() == null || score >= module.passMark());
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw RuleViolation.invalid("training.quiz.tampered");
        }
    }
}
