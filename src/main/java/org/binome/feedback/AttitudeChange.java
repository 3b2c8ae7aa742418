package org.binome.feedback;

/**
 * The intergenerational-climate block (how each generation sees the other, 1–5 agreement, higher is warmer), paired
 * per person between enrolment (T0) and the end, for the respondents of one generation.
 *
 * @param generation the respondents' generation, a code of {@code people.Bands.GENERATIONS}
 * @param pairs people of this generation with both a T0 and an end climate block (0 when hidden)
 * @param hidden true under the threshold (or by complementary suppression, siblings being the other generations of
 *     the same scope); the means are then 0
 * @param meanBefore mean climate score at T0, 1–5
 * @param meanAfter mean climate score at the end, 1–5
 */
public record AttitudeChange(String generation, int pairs, boolean hidden, double meanBefore, double meanAfter) {

    static AttitudeChange hidden(String generation) {
        return new AttitudeChange(generation, 0, true, 0, 0);
    }

    /** {@code meanAfter - meanBefore}. */
    public double change() {
        return meanAfter - meanBefore;
    }
}
