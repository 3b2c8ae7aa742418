package org.binome.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * The survey builder's form: titles and introductions in French and English, when it is sent, to whom, how long it
 * stays open, and its questions in order. {@code version} is the survey's optimistic version (null for a new survey).
 * Choice options are typed one per line, the French and English lines in the same order; a question keeps its code,
 * what it measures and its options' codes (hidden fields) so that results read every version alike.
 */
record SurveyForm(
        @NotBlank @Size(max = 200) String titleFr,
        @NotBlank @Size(max = 200) String titleEn,
        @Size(max = 2000) String introFr,
        @Size(max = 2000) String introEn,
        @NotNull SurveyMoment moment,
        @NotNull SurveyAudience audience,
        @NotNull @Min(1) @Max(90) Integer openDays,
        Integer version,
        @Valid List<QuestionForm> questions) {

    static final int MAX_QUESTIONS = 60;
    static final int MAX_OPTIONS = 20;

    SurveyForm {
        questions = questions == null
                ? List.of()
                : questions.stream().filter(java.util.Objects::nonNull).toList();
    }

    static SurveyForm empty() {
        return new SurveyForm("", "", "", "", SurveyMoment.ENROLMENT, SurveyAudience.ALL, 21, null, List.of());
    }

    static SurveyForm of(SurveyRow survey, SurveyDraft content) {
        return new SurveyForm(
                content.titleFr(),
                content.titleEn(),
                content.introFr(),
                content.introEn(),
                content.moment(),
                content.audience(),
                content.openDays(),
                survey.version(),
                content.questions().stream().map(QuestionForm::of).toList());
    }

    /** One question of the form; {@code kind} is chosen when the question is added. */
    record QuestionForm(
            String code,
            @NotNull QuestionKind kind,
            Measure measure,
            DigitalArea area,
            @NotNull SurveyAudience audience,
            Boolean required,
            @NotBlank @Size(max = 1000) String textFr,
            @NotBlank @Size(max = 1000) String textEn,
            String optionCodes,
            @Size(max = 6000) String optionsFr,
            @Size(max = 6000) String optionsEn) {

        static QuestionForm of(SurveyDraft.Question q) {
            return new QuestionForm(
                    q.code(),
                    q.kind(),
                    q.measure(),
                    q.area(),
                    q.audience(),
                    q.required(),
                    q.textFr(),
                    q.textEn(),
                    String.join(
                            ",",
                            q.options().stream().map(SurveyDraft.Option::code).toList()),
                    String.join(
                            "\n",
                            q.options().stream()
                                    .map(SurveyDraft.Option::labelFr)
                                    .toList()),
                    String.join(
                            "\n",
                            q.options().stream()
                                    .map(SurveyDraft.Option::labelEn)
                                    .toList()));
        }

        static QuestionForm blank(QuestionKind kind) {
            return new QuestionForm(
                    null,
                    kind,
                    null,
                    kind == QuestionKind.DIGCOMP_LEVEL ? DigitalArea.INFORMATION_AND_DATA_LITERACY : null,
                    SurveyAudience.ALL,
                    !kind.isText(),
                    "",
                    "",
                    "",
                    "",
                    "");
        }

        SurveyDraft.Question question() {
            var codes = lines(optionCodes == null ? "" : optionCodes.replace(',', '\n'));
            var fr = lines(optionsFr);
            var en = lines(optionsEn);
            var options = new ArrayList<SurveyDraft.Option>();
            if (kind.hasOptions()) {
                for (int i = 0; i < fr.size(); i++) {
                    var optionCode = i < codes.size() ? codes.get(i) : "o" + (i + 1) + "-" + shortId();
                    options.add(new SurveyDraft.Option(optionCode, fr.get(i), en.get(i)));
                }
            }
            return new SurveyDraft.Question(
                    null,
                    code == null || code.isBlank() ? "q-" + shortId() : code,
                    kind,
                    measure != null ? measure : kind == QuestionKind.DIGCOMP_LEVEL ? Measure.DIGCOMP : Measure.NONE,
                    kind == QuestionKind.DIGCOMP_LEVEL ? area : null,
                    audience,
                    Boolean.TRUE.equals(required),
                    textFr.strip(),
                    textEn.strip(),
                    options);
        }
    }

    /** The rules annotations cannot say: one question at least, options in both languages, an area for DigComp. */
    void check(Errors errors) {
        if (questions.isEmpty()) {
            errors.reject("feedback.builder.error.noQuestion");
        }
        if (questions.size() > MAX_QUESTIONS) {
            errors.reject("feedback.builder.error.tooManyQuestions", new Object[] {MAX_QUESTIONS}, null);
        }
        for (int i = 0; i < questions.size(); i++) {
            var q = questions.get(i);
            if (q.kind() == null) {
                continue;
            }
            var field = "questions[" + i + "].";
            if (q.kind() == QuestionKind.DIGCOMP_LEVEL && q.area() == null) {
                errors.rejectValue(field + "area", "feedback.builder.error.area");
            }
            if (q.kind().hasOptions()) {
                var fr = lines(q.optionsFr());
                var en = lines(q.optionsEn());
                if (fr.size() < 2 || fr.size() > MAX_OPTIONS) {
                    errors.rejectValue(
                            field + "optionsFr", "feedback.builder.error.options", new Object[] {MAX_OPTIONS}, null);
                } else if (fr.stream().anyMatch(l -> l.length() > 300)) {
                    errors.rejectValue(field + "optionsFr", "feedback.builder.error.optionTooLong");
                }
                if (en.size() != fr.size()) {
                    errors.rejectValue(
                            field + "optionsEn",
                            "feedback.builder.error.optionsCount",
                            new Object[] {fr.size(), en.size()},
                            null);
                } else if (en.stream().anyMatch(l -> l.length() > 300)) {
                    errors.rejectValue(field + "optionsEn", "feedback.builder.error.optionTooLong");
                }
            }
        }
    }

    /** The survey as saved; {@code code} is the survey's (kept when editing, new for a new survey). */
    SurveyDraft draft(String code) {
        return new SurveyDraft(
                code,
                moment,
                audience,
                titleFr.strip(),
                titleEn.strip(),
                blankToNull(introFr),
                blankToNull(introEn),
                openDays,
                questions.stream().map(QuestionForm::question).toList());
    }

    /** The same form with one question added, moved or removed (the builder's buttons; nothing is saved). */
    SurveyForm with(List<QuestionForm> changed) {
        return new SurveyForm(titleFr, titleEn, introFr, introEn, moment, audience, openDays, version, changed);
    }

    static String newCode() {
        return "custom-" + shortId();
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
