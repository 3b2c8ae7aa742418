package org.binome.feedback;

/**
 * What a caller asks results for: one programme or all of them, narrowed by optional group filters. A null filter
 * means "any". Values are those of the directory at answer time: department and site as the HR import writes them,
 * generation and seniority as the codes of {@link org.binome.people.Bands} (e.g. {@code gen-z}, {@code 15to24}).
 *
 * @param programmeId a programme's id, or null for every programme
 * @param department a department name, or null
 * @param site a site name, or null
 * @param generation a generation code of {@code people.Bands.GENERATIONS}, or null
 * @param seniority a seniority code of {@code people.Bands.SENIORITY}, or null
 */
public record ResultScope(Long programmeId, String department, String site, String generation, String seniority) {

    public ResultScope {
        department = blankToNull(department);
        site = blankToNull(site);
        generation = blankToNull(generation);
        seniority = blankToNull(seniority);
    }

    /** Every respondent of one programme. */
    public static ResultScope programme(long programmeId) {
        return new ResultScope(programmeId, null, null, null, null);
    }

    /** Every respondent of every programme. */
    public static ResultScope everyProgramme() {
        return new ResultScope(null, null, null, null, null);
    }

    public ResultScope withGeneration(String code) {
        return new ResultScope(programmeId, department, site, code, seniority);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
