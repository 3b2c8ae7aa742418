package org.binome.feedback;

import java.util.List;
import java.util.Map;

/** What a page shows as given answers (a form sent back with problems, or one's own saved answers). */
record AnswerSheet(Map<Long, List<String>> values, Map<Long, String> problems) {

    static final AnswerSheet EMPTY = new AnswerSheet(Map.of(), Map.of());

    public boolean has(long questionId, Object value) {
        return values.getOrDefault(questionId, List.of()).contains(String.valueOf(value));
    }

    public String text(long questionId) {
        var given = values.getOrDefault(questionId, List.of());
        return given.isEmpty() ? "" : given.get(0);
    }

    public List<String> all(long questionId) {
        return values.getOrDefault(questionId, List.of());
    }

    public boolean answered(long questionId) {
        return !all(questionId).isEmpty();
    }

    public String problem(long questionId) {
        return problems.get(questionId);
    }
}
