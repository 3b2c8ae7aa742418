package org.binome.skills;

import java.util.Locale;

/** A skill of the catalogue, named in French and English. */
public record SkillView(String code, String nameFr, String nameEn, SkillCategory category) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
