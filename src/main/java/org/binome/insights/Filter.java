package org.binome.insights;

import java.time.LocalDate;
import org.binome.people.Bands;
import org.binome.people.EmployeeRecord;

/**
 * The dashboard's filter: department, site, generation and seniority band, each optional (null or blank: everyone).
 * A pair belongs to the selection when one of its members does.
 */
record Filter(String department, String site, String generation, String seniority) {

    static final Filter NONE = new Filter(null, null, null, null);

    Filter {
        department = blankToNull(department);
        site = blankToNull(site);
        generation = generation != null && Bands.GENERATIONS.contains(generation) ? generation : null;
        seniority = seniority != null && Bands.SENIORITY.contains(seniority) ? seniority : null;
    }

    boolean isEmpty() {
        return department == null && site == null && generation == null && seniority == null;
    }

    boolean matches(EmployeeRecord person, LocalDate today) {
        return person != null
                && (department == null || department.equals(person.department()))
                && (site == null || site.equals(person.site()))
                && (generation == null || generation.equals(Bands.generation(person.birthYear())))
                && (seniority == null
                        || seniority.equals(Bands.seniority(person.careerStartYear(), person.hireDate(), today)));
    }

    /** The filter as query parameters, for links and exports. */
    String query() {
        var q = new StringBuilder();
        append(q, "department", department);
        append(q, "site", site);
        append(q, "generation", generation);
        append(q, "seniority", seniority);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append('&')
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
