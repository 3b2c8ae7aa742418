package org.binome.insights;

import java.time.LocalDate;

/**
 * Hire cohorts, the one grouping retention matches by that the directory's bands ({@link org.binome.people.Bands}:
 * generations and seniority) do not define.
 */
final class Groups {

    private Groups() {}

    /** No hire date: a cohort of its own. */
    static final int UNKNOWN_COHORT = Integer.MIN_VALUE;

    /**
     * Hire cohorts of five calendar years (2015 for 2015-2019), the finest grain that still leaves comparable groups;
     * {@link #UNKNOWN_COHORT} without a hire date. A number, not a label: retention groups 30,000 people by it.
     */
    static int hireCohort(LocalDate hireDate) {
        return hireDate == null ? UNKNOWN_COHORT : Math.floorDiv(hireDate.getYear(), 5) * 5;
    }
}
