package org.binome.skills;

import java.text.Collator;
import java.util.Comparator;
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

    /**
     * The catalogue's reading order in a language: by category, then by name in that language, as the language sorts
     * it (an English reader does not get the skills in their French names' order).
     */
    public static Comparator<SkillView> readingOrder(Locale locale) {
        var collator = Collator.getInstance(locale);
        return Comparator.<SkillView, String>comparing(s -> s.category().name())
                .thenComparing(s -> s.name(locale), collator);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionFr;
    }
}
