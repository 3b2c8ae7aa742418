package org.binome.skills;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import org.binome.people.PersonFacts;

/** The groups of the skills map; generations and seniority bands are the people module's {@code Bands}. */
final class Bands {

    static final String UNKNOWN = org.binome.people.Bands.UNKNOWN;

    static final Map<SkillMap.Dimension, Comparator<String>> ORDER = Map.of(
            SkillMap.Dimension.GENERATION, org.binome.people.Bands.GENERATION_ORDER,
            SkillMap.Dimension.SENIORITY, org.binome.people.Bands.SENIORITY_ORDER,
            SkillMap.Dimension.DEPARTMENT, Comparator.naturalOrder());

    private Bands() {}

    static String groupOf(SkillMap.Dimension dimension, PersonFacts person, LocalDate today) {
        return switch (dimension) {
            case DEPARTMENT -> person.department();
            case GENERATION -> org.binome.people.Bands.generationOf(person);
            case SENIORITY -> org.binome.people.Bands.seniorityOf(person, today);
        };
    }
}
