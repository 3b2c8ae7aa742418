package org.binome.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.binome.shared.SelectOption;
import org.binome.skills.SkillDeclaration;
import org.binome.skills.SkillView;
import org.springframework.context.MessageSource;

/**
 * One row of the application form's skills table in the reader's language: the skill, the labels of its two selects
 * and their options ({@code code:level}) as the form holds them.
 *
 * <p>Written out in the template, the table took some thirty-five expressions a skill (a message key built per option,
 * the form's level compared through a method call on each of nine options); the page spent most of its time there.
 */
record ApplicationSkillRow(
        String code,
        String name,
        String offeredLabel,
        String wantedLabel,
        List<SelectOption> offered,
        List<SelectOption> wanted) {

    static List<ApplicationSkillRow> of(
            List<SkillView> catalogue, ApplicationForm form, MessageSource messages, Locale locale) {
        var levels = SelectOption.Scale.of(
                messages, locale, "programs.level.none", "programs.level.offered.", SkillDeclaration.MAX_OFFERED_LEVEL);
        var priorities = SelectOption.Scale.of(
                messages,
                locale,
                "programs.level.none",
                "programs.level.wanted.",
                SkillDeclaration.MAX_WANTED_PRIORITY);
        var rows = new ArrayList<ApplicationSkillRow>(catalogue.size());
        for (var skill : catalogue) {
            var code = skill.code();
            var name = skill.name(locale);
            rows.add(new ApplicationSkillRow(
                    code,
                    name,
                    messages.getMessage("programs.apply.offeredLevelOf", new Object[] {name}, locale),
                    messages.getMessage("programs.apply.wantedLevelOf", new Object[] {name}, locale),
                    levels.options("", code + ":", form.offeredLevel(code)),
                    priorities.options("", code + ":", form.wantedLevel(code))));
        }
        return rows;
    }
}
