package org.binome.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.binome.shared.SelectOption;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;

/**
 * One row of the skill profile form with its words already in the reader's language: the skill, its field names and
 * its two selects' options, the level and priority as the form holds them (as saved, or as typed after a refused save).
 *
 * <p>Written out in the template, a row took some fifty expressions, a message key built per option and the form's
 * level compared through a method call on each of its nine options: {@code /me/skills} spent four fifths of its CPU in
 * Thymeleaf and SpEL. Here the words are looked up once a page and each row reads plain values, its error marks
 * included ({@link Marks}).
 */
record SkillProfileRow(
        String code,
        String name,
        String category,
        String description,
        String offeredField,
        String wantedField,
        String commentField,
        String offeredLabel,
        String wantedLabel,
        String commentLabel,
        List<SelectOption> offered,
        List<SelectOption> wanted,
        String comment,
        Marks offeredMarks,
        Marks wantedMarks,
        Marks commentMarks) {

    /**
     * How a control shows a refused save: {@code invalid} when its own field has an error, {@code describedBy} the id
     * of the message it points to (its own, else its column's), null when there is none. Decided here from the form's
     * errors rather than by two expressions a control in the template, which a page without errors paid for too.
     */
    record Marks(boolean invalid, String describedBy) {

        static final Marks NONE = new Marks(false, null);

        static Marks of(Errors errors, String field, String column) {
            if (errors == null || !errors.hasErrors()) {
                return NONE;
            }
            if (errors.hasFieldErrors(field)) {
                return new Marks(true, field + "-error");
            }
            return column != null && errors.hasFieldErrors(column) ? new Marks(false, column + "-error") : NONE;
        }
    }

    static List<SkillProfileRow> of(
            List<SkillProfileLine> lines, SkillProfileForm form, Errors errors, MessageSource messages, Locale locale) {
        var levels = SelectOption.Scale.of(
                messages, locale, "skills.none", "skills.level.", SkillDeclaration.MAX_OFFERED_LEVEL);
        var priorities = SelectOption.Scale.of(
                messages, locale, "skills.none", "skills.priority.", SkillDeclaration.MAX_WANTED_PRIORITY);
        var rows = new ArrayList<SkillProfileRow>(lines.size());
        var inOrder = java.util.Comparator.comparing(SkillProfileLine::skill, SkillView.readingOrder(locale));
        for (var line : lines.stream().sorted(inOrder).toList()) {
            var skill = line.skill();
            var code = skill.code();
            var name = skill.name(locale);
            rows.add(new SkillProfileRow(
                    code,
                    name,
                    messages.getMessage("skills.category." + skill.category(), null, locale),
                    skill.description(locale),
                    "offered[" + code + "]",
                    "wanted[" + code + "]",
                    "comment[" + code + "]",
                    messages.getMessage("skills.offered.of", new Object[] {name}, locale),
                    messages.getMessage("skills.wanted.of", new Object[] {name}, locale),
                    messages.getMessage("skills.comment.of", new Object[] {name}, locale),
                    levels.options("0", "", form.offeredLevel(code)),
                    priorities.options("0", "", form.wantedPriority(code)),
                    form.comment().get(code),
                    Marks.of(errors, "offered[" + code + "]", "offered"),
                    Marks.of(errors, "wanted[" + code + "]", "wanted"),
                    Marks.of(errors, "comment[" + code + "]", null)));
        }
        return rows;
    }
}
