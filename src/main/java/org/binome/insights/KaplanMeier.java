package org.binome.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Kaplan–Meier estimate of staying over time, with Greenwood's variance. A pure function of follow-up times: each
 * person is followed from their start for {@code days}, and either left then ({@code left}) or was still there when
 * follow-up stopped (censored).
 */
record KaplanMeier(List<Step> steps, int size) {

    /** One person's follow-up. */
    record FollowUp(int days, boolean left) {}

    /**
     * The curve just after day {@code day}: the share still there and Greenwood's sum Σ d/(n(n−d)) up to that day.
     */
    record Step(int day, int atRisk, int left, double staying, double greenwoodSum) {}

    static KaplanMeier of(List<FollowUp> followUps) {
        var leftOn = new TreeMap<Integer, Integer>();
        var censoredOn = new TreeMap<Integer, Integer>();
        for (var f : followUps) {
            (f.left() ? leftOn : censoredOn).merge(f.days(), 1, Integer::sum);
        }
        var steps = new ArrayList<Step>();
        int atRisk = followUps.size();
        double staying = 1.0;
        double greenwood = 0.0;
        var days = new TreeMap<Integer, Boolean>();
        leftOn.keySet().forEach(d -> days.put(d, true));
        censoredOn.keySet().forEach(d -> days.putIfAbsent(d, false));
        for (var day : days.keySet()) {
            int d = leftOn.getOrDefault(day, 0);
            if (d > 0) {
                staying *= 1.0 - (double) d / atRisk;
                greenwood += atRisk == d ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
                steps.add(new Step(day, atRisk, d, staying, greenwood));
            }
            // People censored on a day still count as at risk for departures on that same day.
            atRisk -= d + censoredOn.getOrDefault(day, 0);
        }
        return new KaplanMeier(List.copyOf(steps), followUps.size());
    }

    /** The share still there after {@code day} days. */
    double staying(int day) {
        double s = 1.0;
        for (var step : steps) {
            if (step.day() > day) {
                break;
            }
            s = step.staying();
        }
        return s;
    }

    /** Greenwood's variance of {@link #staying(int)}: S² Σ d/(n(n−d)). */
    double variance(int day) {
        double s = 1.0;
        double sum = 0.0;
        for (var step : steps) {
            if (step.day() > day) {
                break;
            }
            s = step.staying();
            sum = step.greenwoodSum();
        }
        return Double.isInfinite(sum) ? 0.0 : s * s * sum;
    }
}
