package org.binome.skills;

import java.util.Locale;

/** A skill of the catalogue, named and described in French and English; a retired skill is no longer offered. */
public record SkillView(
        String code,
        String nameFr,
        String nameEn,
        SkillCategory category,
        String descriptionFr,
        String descriptionEn,
        boolean retired) {

    public SkillView(String code, String nameFr, String nameEn, SkillCategory category) {
        this(code, nameFr, nameEn, category, null, null, false);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionFr;
    }
}
