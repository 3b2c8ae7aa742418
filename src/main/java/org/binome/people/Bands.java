package org.binome.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The one definition, for the whole product, of generations (by birth year) and seniority bands (by years since the
 * career started, or since hire when the career start is unknown). Every module that groups people by generation or
 * seniority (skills map, surveys, impact dashboard) uses these codes; their translated labels are the message keys
 * given by {@link #label(String)} ({@code people.band.<code>} in the people bundle, French and English).
 *
 * <p>Codes, oldest-first order is not implied: {@link #GENERATIONS} and {@link #SENIORITY} list them in display
 * order. {@link #UNKNOWN} stands for a person whose birth year (or career start and hire date) is not known.
 */
public final class Bands {

    /** The band of a person whose date is not known. */
    public static final String UNKNOWN = "unknown";

    /** Generation codes in display order: Gen Z (1997+), Millennials (1981–1996), Gen X (1965–1980), Boomers. */
    public static final List<String> GENERATIONS = List.of("gen-z", "millennials", "gen-x", "boomers", UNKNOWN);

    /** Seniority codes in display order: under 5 years, 5–14, 15–24, 25 and more. */
    public static final List<String> SENIORITY = List.of("lt5", "5to14", "15to24", "25plus", UNKNOWN);

    /** Sorts generation codes in display order (unknown codes last). */
    public static final Comparator<String> GENERATION_ORDER = Comparator.comparingInt(code -> rank(GENERATIONS, code));

    /** Sorts seniority codes in display order (unknown codes last). */
    public static final Comparator<String> SENIORITY_ORDER = Comparator.comparingInt(code -> rank(SENIORITY, code));

    private Bands() {}

    /** The generation of someone born this year ({@link #UNKNOWN} for null). */
    public static String generation(Integer birthYear) {
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

    /** The seniority band on {@code today}: years since the career started, or since hire when it is not known. */
    public static String seniority(Integer careerStartYear, LocalDate hireDate, LocalDate today) {
        Integer known = years(careerStartYear, hireDate, today);
        if (known == null) {
            return UNKNOWN;
        }
        int years = known;
        if (years < 5) {
            return "lt5";
        }
        if (years < 15) {
            return "5to14";
        }
        return years < 25 ? "15to24" : "25plus";
    }

    /**
     * Years of experience on {@code today}, as every rule and figure counts them: since the career started, or since
     * hire when the career start is not known (an HR export often has only the hire date); {@code null} when neither
     * is known. Never negative.
     */
    public static Integer years(Integer careerStartYear, LocalDate hireDate, LocalDate today) {
        Integer start = careerStartYear != null ? careerStartYear : hireDate != null ? hireDate.getYear() : null;
        return start == null ? null : Math.max(0, today.getYear() - start);
    }

    public static String generationOf(PersonFacts person) {
        return generation(person.birthYear());
    }

    public static String seniorityOf(PersonFacts person, LocalDate today) {
        return seniority(person.careerStartYear(), person.hireDate(), today);
    }

    /** The message key of a band's translated label, e.g. {@code people.band.gen-z}. */
    public static String label(String code) {
        return "people.band." + code;
    }

    private static int rank(List<String> codes, String code) {
        int index = codes.indexOf(code);
        return index < 0 ? codes.size() : index;
    }
}
