package org.binome.skills;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.binome.people.PersonFacts;

/** Generations (by birth year) and seniority bands (by career start), the groups of the skills map. */
final class Bands {

    static final String UNKNOWN = "unknown";

    static final List<String> GENERATIONS = List.of("gen-z", "millennials", "gen-x", "boomers", UNKNOWN);
    static final List<String> SENIORITY = List.of("lt5", "5to14", "15to24", "25plus", UNKNOWN);

    static final Map<SkillMap.Dimension, Comparator<String>> ORDER = Map.of(
            SkillMap.Dimension.GENERATION, Comparator.comparingInt(GENERATIONS::indexOf),
            SkillMap.Dimension.SENIORITY, Comparator.comparingInt(SENIORITY::indexOf),
            SkillMap.Dimension.DEPARTMENT, Comparator.naturalOrder());

    private Bands() {}

    static String groupOf(SkillMap.Dimension dimension, PersonFacts person, LocalDate today) {
        return switch (dimension) {
            case DEPARTMENT -> person.department();
            case GENERATION -> generation(person.birthYear());
            case SENIORITY -> seniority(person, today);
        };
    }

    static String generation(Integer birthYear) {
        if (birthYear == null) {
            return UNKNOWN;
        }
        if (birthYear >= 1997) {
            return "gen-z";
        }
        if (birthYear >= 1981) {
            return "millennials";
        }
        return birthYear >= 1965 ? "gen-x" : "boomers";
    }

    /** Years since the career started, or since hire when the career start is not known. */
    static String seniority(PersonFacts person, LocalDate today) {
        Integer start = person.careerStartYear();
        if (start == null && person.hireDate() != null) {
            start = person.hireDate().getYear();
        }
        if (start == null) {
            return UNKNOWN;
        }
        int years = today.getYear() - start;
        if (years < 5) {
            return "lt5";
        }
        if (years < 15) {
            return "5to14";
        }
        return years < 25 ? "15to24" : "25plus";
    }
}
