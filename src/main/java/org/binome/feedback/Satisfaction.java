package org.binome.feedback;

/**
 * Overall satisfaction at the end of the programme, on the 1–5 agreement scale.
 *
 * @param respondents people who answered (0 when hidden)
 * @param hidden true under the threshold (or by complementary suppression); the other fields are then 0
 * @param favourable answers 4 ("agree") or 5 ("strongly agree")
 * @param favourablePercent {@code favourable} as a share of {@code respondents}, 0–100
 * @param mean mean answer, 1–5
 */
public record Satisfaction(int respondents, boolean hidden, int favourable, double favourablePercent, double mean) {

    static final Satisfaction HIDDEN = new Satisfaction(0, true, 0, 0, 0);
}
