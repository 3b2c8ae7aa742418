package org.binome.insights;

import java.time.LocalDate;

/**
 * Hire cohorts, the one grouping retention matches by that the directory's bands ({@link org.binome.people.Bands}:
 * generations and seniority) do not define.
 */
final class Groups {

    private Groups() {}

    /** Hire cohorts of five calendar years ("2015-2019"), the finest grain that still leaves comparable groups. */
    static String hireCohort(LocalDate hireDate) {
        if (hireDate == null) {
            return org.binome.people.Bands.UNKNOWN;
        }
        int from = Math.floorDiv(hireDate.getYear(), 5) * 5;
        return from + "-" + (from + 4);
    }
}
