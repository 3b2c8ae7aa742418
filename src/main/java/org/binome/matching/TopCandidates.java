package org.binome.matching;

import java.util.Arrays;
import java.util.Comparator;
import org.binome.matching.engine.SparseScores;

/**
 * Keeps one person's k best partners while scanning, in a small array. The worst kept score is remembered, so an
 * offer that does not beat it costs one comparison.
 */
final class TopCandidates {
    private final int[] partner;
    private final double[] score;
    private int size;
    private int worst;

    TopCandidates(int k) {
        partner = new int[k];
        score = new double[k];
    }

    void clear() {
        size = 0;
        worst = 0;
    }

    void offer(int candidate, double value) {
        if (size < partner.length) {
            partner[size] = candidate;
            score[size] = value;
            if (size == 0 || value < score[worst]) {
                worst = size;
            }
            size++;
            return;
        }
        if (value > score[worst]) {
            partner[worst] = candidate;
            score[worst] = value;
            for (int k = 0; k < size; k++) {
                if (score[k] < score[worst]) {
                    worst = k;
                }
            }
        }
    }

    /** Adds this mentee's kept mentors as candidate pairs, in mentor order so that runs are reproducible. */
    void drainTo(int mentee, SparseScores.Builder builder, java.util.Set<Long> added, int mentorCount) {
        for (var k : byPartner()) {
            builder.add(mentee, partner[k], score[k]);
            added.add((long) mentee * mentorCount + partner[k]);
        }
    }

    /** Adds this mentor's kept mentees that no mentee list brought in already. */
    void drainMentorTo(int mentor, SparseScores.Builder builder, java.util.Set<Long> added, int mentorCount) {
        for (var k : byPartner()) {
            if (added.add((long) partner[k] * mentorCount + mentor)) {
                builder.add(partner[k], mentor, score[k]);
            }
        }
    }

    /** The kept entries in partner order, so that runs are reproducible. */
    private Integer[] byPartner() {
        var order = new Integer[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer k) -> partner[k]));
        return order;
    }
}
