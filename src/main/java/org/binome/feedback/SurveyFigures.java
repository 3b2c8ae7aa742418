package org.binome.feedback;

import java.util.List;

/**
 * Every aggregated survey figure for one {@link ResultScope}. Each figure carries its own respondent count and hidden
 * state: a figure is hidden when fewer than {@code thresholds.minGroupSize()} people answered it (comments:
 * {@code thresholds.minComments()}), and also when showing it would let a hidden sibling group be deduced by
 * subtraction (complementary suppression, see {@link SurveyResults}).
 *
 * @param scope what was asked
 * @param thresholds the thresholds applied
 * @param participation respondents per moment, in moment order (manual surveys excluded)
 * @param fit first-session fit distribution
 * @param satisfaction end-of-programme satisfaction
 * @param recommendation end-of-programme recommendation (NPS)
 * @param skills paired T0→end change per DigComp area, in the framework's order (always five entries)
 * @param learnedBack what mentors say they learned back
 * @param attitudes paired climate change per generation, in {@code people.Bands.GENERATIONS} order (the scope's
 *     generation only when it has one; {@code unknown} included only when it has answers)
 * @param quotes anonymous comments, or null when read without them ({@link SurveyResults#figuresWithoutQuotes})
 */
public record SurveyFigures(
        ResultScope scope,
        Thresholds thresholds,
        List<Participation> participation,
        FitDistribution fit,
        Satisfaction satisfaction,
        Recommendation recommendation,
        List<SkillChange> skills,
        LearnedBack learnedBack,
        List<AttitudeChange> attitudes,
        Quotes quotes) {

    public SurveyFigures {
        participation = List.copyOf(participation);
        skills = List.copyOf(skills);
        attitudes = List.copyOf(attitudes);
    }

    /**
     * The anonymity thresholds in force (configuration {@code binome.feedback.min-group-size}, default 5, and
     * {@code binome.feedback.min-comments}, default 10; never below 3).
     */
    record Thresholds(int minGroupSize, int minComments) {}
}
