package org.binome.feedback;

/**
 * "Would you recommend the programme to a colleague?" on 0–10, summarised as a net promoter score.
 *
 * @param respondents people who answered (0 when hidden)
 * @param hidden true under the threshold (or by complementary suppression); the other fields are then 0
 * @param promoters answers 9 or 10
 * @param passives answers 7 or 8
 * @param detractors answers 0 to 6
 * @param score net promoter score: percentage of promoters minus percentage of detractors, from -100 to 100
 */
public record Recommendation(
        int respondents, boolean hidden, int promoters, int passives, int detractors, double score) {

    static final Recommendation HIDDEN = new Recommendation(0, true, 0, 0, 0, 0);
}
