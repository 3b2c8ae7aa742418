package org.binome.programs;

import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/** What makes a programme design coherent. Errors name the form field they belong to. */
final class ProgramRules {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 5000;

    private ProgramRules() {}

    static void check(ProgramCommand c, Errors errors, Set<String> catalogue, Predicate<String> personExists) {
        if (c.name() == null || c.name().isBlank()) {
            errors.rejectValue("name", "programs.error.required");
        } else if (c.name().length() > NAME_MAX) {
            errors.rejectValue("name", "programs.error.tooLong", new Object[] {NAME_MAX}, null);
        }
        length(errors, "purpose", c.purpose());
        length(errors, "objectives", String.join("\n", c.objectives()));
        length(errors, "mentorExpectations", c.mentorExpectations());
        length(errors, "menteeExpectations", c.menteeExpectations());
        length(errors, "sponsorMessage", c.sponsorMessage());
        length(errors, "supportText", c.supportText());
        if (c.format() == ProgramFormat.ONE_TO_MANY) {
            if (c.maxMenteesPerMentor() == null) {
                errors.rejectValue("maxMenteesPerMentor", "programs.error.required");
            } else {
                range(errors, "maxMenteesPerMentor", c.maxMenteesPerMentor(), 2, 20);
            }
        }
        if (c.format() == ProgramFormat.GROUPS) {
            if (c.minGroupSize() == null) {
                errors.rejectValue("minGroupSize", "programs.error.required");
            }
            if (c.maxGroupSize() == null) {
                errors.rejectValue("maxGroupSize", "programs.error.required");
            }
            if (c.minGroupSize() != null && c.maxGroupSize() != null) {
                range(errors, "minGroupSize", c.minGroupSize(), 2, 50);
                range(errors, "maxGroupSize", c.maxGroupSize(), 2, 50);
                if (c.minGroupSize() > c.maxGroupSize()) {
                    errors.rejectValue("maxGroupSize", "programs.error.groupRange");
                }
            }
        }
        range(errors, "sessionMinutes", c.sessionMinutes(), 15, 480);
        range(errors, "frequencyDays", c.frequencyDays(), 1, 365);
        range(errors, "mentorMaxSeniority", c.mentorMaxSeniority(), 0, 60);
        range(errors, "menteeMinSeniority", c.menteeMinSeniority(), 0, 60);
        range(errors, "mentorCapacity", c.mentorCapacity(), 0, 100_000);
        range(errors, "menteeCapacity", c.menteeCapacity(), 0, 100_000);
        var matching = c.matching() == null ? MatchingSettings.defaults() : c.matching();
        int total = 0;
        for (var component : MatchingComponent.values()) {
            var field = "weight" + capitalised(component);
            range(errors, field, matching.weight(component), 0, 100);
            total += Math.max(0, matching.weight(component));
        }
        if (total == 0) {
            errors.rejectValue("weightSkills", "programs.error.weights");
        }
        range(errors, "minScore", matching.minScore(), 0, 100);
        // Each dated phase must come on or after the one before it.
        DatedPhase previous = null;
        for (var phase : ProgramForm.PHASE_FIELDS.keySet()) {
            var date = c.date(phase);
            if (date == null) {
                continue;
            }
            if (previous != null && date.isBefore(previous.date())) {
                errors.rejectValue(
                        ProgramForm.PHASE_FIELDS.get(phase),
                        "programs.error.dateOrder",
                        new Object[] {
                            new DefaultMessageSourceResolvable(
                                    "programs.phase." + previous.phase().name())
                        },
                        null);
            }
            previous = new DatedPhase(phase, date);
        }
        for (var skill : c.targetSkills()) {
            if (!catalogue.contains(skill)) {
                errors.rejectValue("targetSkills", "programs.error.unknownSkill", new Object[] {skill}, null);
            }
        }
        for (var sponsor : c.sponsors()) {
            if (!personExists.test(sponsor)) {
                errors.rejectValue("sponsors", "programs.error.unknownPerson", new Object[] {sponsor}, null);
            }
        }
        for (var item : c.faq()) {
            if (item.question().isBlank() || item.answer().isBlank()) {
                errors.rejectValue("faqQuestions", "programs.error.faqIncomplete");
                break;
            }
            if (item.question().length() > 500 || item.answer().length() > TEXT_MAX) {
                errors.rejectValue("faqQuestions", "programs.error.tooLong", new Object[] {TEXT_MAX}, null);
                break;
            }
        }
    }

    private static String capitalised(MatchingComponent component) {
        var name = component.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static void length(Errors errors, String field, String value) {
        if (value != null && value.length() > TEXT_MAX) {
            errors.rejectValue(field, "programs.error.tooLong", new Object[] {TEXT_MAX}, null);
        }
    }

    private static void range(Errors errors, String field, Integer value, int min, int max) {
        if (value == null || errors.hasFieldErrors(field)) {
            return;
        }
        if (value < min || value > max) {
            errors.rejectValue(
                    field,
                    value < 0 ? "programs.error.negative" : "programs.error.range",
                    new Object[] {min, max},
                    null);
        }
    }
}
