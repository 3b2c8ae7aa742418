package org.binome.feedback;

/**
 * After the first session, how each participant saw their pair: good fit, still deciding, not a good fit.
 *
 * @param respondents people who answered the question in the scope (0 when hidden)
 * @param hidden true when the group is under {@code binome.feedback.min-group-size}, or hidden so that a hidden
 *     sibling group cannot be deduced by subtraction; every other field is then 0
 * @param goodFit answers "good fit"
 * @param stillDeciding answers "still deciding"
 * @param notAGoodFit answers "not a good fit"
 */
public record FitDistribution(int respondents, boolean hidden, int goodFit, int stillDeciding, int notAGoodFit) {

    static final FitDistribution HIDDEN = new FitDistribution(0, true, 0, 0, 0);

    /** Share of "good fit" answers, 0–100 (0 when hidden). */
    public double goodFitPercent() {
        return percent(goodFit);
    }

    public double stillDecidingPercent() {
        return percent(stillDeciding);
    }

    public double notAGoodFitPercent() {
        return percent(notAGoodFit);
    }

    private double percent(int count) {
        return respondents == 0 ? 0 : 100.0 * count / respondents;
    }
}
