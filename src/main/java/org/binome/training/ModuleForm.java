package org.binome.training;

import org.springframework.validation.Errors;

/** The administrator's form for one module. */
record ModuleForm(
        String titleFr,
        String titleEn,
        String bodyFr,
        String bodyEn,
        String videoUrl,
        Integer minutes,
        Integer passMark,
        String quiz) {

    static ModuleForm blank() {
        return new ModuleForm("", "", "", "", "", 10, null, "");
    }

    static ModuleForm of(ModuleView m, java.util.Map<Long, Long> correct) {
        return new ModuleForm(
                m.titleFr(),
                m.titleEn(),
                m.bodyFr(),
                m.bodyEn(),
                m.videoUrl(),
                m.minutes(),
                m.passMark(),
                QuizText.format(m, correct));
    }

    /** Checks every field; returns the quiz questions read from the text (empty: no quiz). */
    java.util.List<DefaultPaths.SeedQuestion> validate(Errors errors) {
        required(errors, "titleFr", titleFr, 200);
        required(errors, "titleEn", titleEn, 200);
        required(errors, "bodyFr", bodyFr, 50_000);
        required(errors, "bodyEn", bodyEn, 50_000);
        if (!TrainingPaths.validVideoUrl(videoUrl)) {
            errors.rejectValue("videoUrl", "training.module.videoUrl.invalid");
        }
        if (!errors.hasFieldErrors("minutes") && (minutes == null || minutes < 1 || minutes > 240)) {
            errors.rejectValue("minutes", "training.module.minutes.invalid");
        }
        if (!errors.hasFieldErrors("passMark") && passMark != null && (passMark < 1 || passMark > 100)) {
            errors.rejectValue("passMark", "training.module.passMark.invalid");
        }
        var questions = QuizText.parse(quiz, errors);
        if (!questions.isEmpty() && passMark == null && !errors.hasFieldErrors("passMark")) {
            errors.rejectValue("passMark", "training.module.passMark.required");
        }
        return questions;
    }

    private static void required(Errors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "training.field.required");
        } else if (value.length() > max) {
            errors.rejectValue(field, "training.field.tooLong", new Object[] {max}, null);
        }
    }
}
