package org.binome.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * Generations (by birth year) and seniority bands (years since the career started, or since hire), the groups the
 * dashboard filters and matches by. Same bands as the skills map.
 */
final class Groups {

    static final String UNKNOWN = "unknown";
    static final List<String> GENERATIONS = List.of("gen-z", "millennials", "gen-x", "boomers", UNKNOWN);
    static final List<String> SENIORITY = List.of("lt5", "5to14", "15to24", "25plus", UNKNOWN);

    private Groups() {}

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

    static String seniority(Integer careerStartYear, LocalDate hireDate, LocalDate on) {
        Integer start = careerStartYear;
        if (start == null && hireDate != null) {
            start = hireDate.getYear();
        }
        if (start == null) {
            return UNKNOWN;
        }
        int years = on.getYear() - start;
        if (years < 5) {
            return "lt5";
        }
        if (years < 15) {
            return "5to14";
        }
        return years < 25 ? "15to24" : "25plus";
    }

    /** Hire cohorts of five calendar years ("2015-2019"), the finest grain that still leaves comparable groups. */
    static String hireCohort(LocalDate hireDate) {
        if (hireDate == null) {
            return UNKNOWN;
        }
        int from = Math.floorDiv(hireDate.getYear(), 5) * 5;
        return from + "-" + (from + 4);
    }
}
