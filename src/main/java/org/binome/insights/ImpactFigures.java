package org.binome.insights;

import java.util.List;

/**
 * The dashboard's figures: a pure function of the data and the filter (no clock, no database), so that each figure
 * can be checked by hand on a small dataset. Each block lives in a class of its own ({@link ParticipationFigures},
 * {@link EngagementFigures}, {@link RetentionFigures}, {@link LinksFigures}), all reading the same filtered
 * applicants and pairs ({@link Selected}); the statistics themselves are {@link KaplanMeier}'s.
 */
final class ImpactFigures {

    static final double DAYS_PER_MONTH = 365.25 / 12;

    private ImpactFigures() {}

    static Dashboard of(ImpactData data, Filter filter) {
        var selected = new Selected(data, filter);
        return new Dashboard(
                filter,
                ParticipationFigures.of(selected),
                EngagementFigures.of(selected),
                RetentionFigures.of(selected),
                LinksFigures.of(selected));
    }

    /** One block alone (the others kept elsewhere): participation. */
    static Dashboard.Participation participation(ImpactData data, Filter filter) {
        return ParticipationFigures.of(new Selected(data, filter));
    }

    static Dashboard.Engagement engagement(ImpactData data, Filter filter) {
        return EngagementFigures.of(new Selected(data, filter));
    }

    static Dashboard.Retention retention(ImpactData data, Filter filter) {
        return RetentionFigures.of(new Selected(data, filter));
    }

    static Dashboard.Links links(ImpactData data, Filter filter) {
        return LinksFigures.of(new Selected(data, filter));
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2).doubleValue() : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
