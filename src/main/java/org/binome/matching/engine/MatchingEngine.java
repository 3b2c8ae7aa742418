package org.binome.matching.engine;

import java.util.Arrays;

/**
 * Computes maximum-total-score matchings between mentors and mentees.
 *
 * <p>Both entry points are exact: no heuristic can silently leave a better pairing on the table, which matters when
 * programme managers compare the result with their own intuition. Results are deterministic, ties included, so
 * re-running a matching after an unrelated change does not reshuffle people.
 *
 * <p>Internally a maximum-score matching where anyone may stay unmatched is solved as a minimum-cost assignment with
 * cost {@code -score}, where each mentee also has a zero-cost "unmatched" option and ineligible pairs (forbidden,
 * absent, or below the minimum score) are simply not edges.
 */
public final class MatchingEngine {

    private MatchingEngine() {}

    /**
     * Solves a cohort where every pair has a score. A mentor of capacity k is expanded into k identical slots, so
     * the work grows with mentees × total capacity; use {@link #solve(SparseScores, MatchingRules)} beyond a few
     * thousand per side.
     */
    public static MatchingResult solve(DenseScores scores, MatchingRules rules) {
        requireNonNull(scores, rules);
        rules.checkMentorCount(scores.mentorCount());
        int mentees = scores.menteeCount();
        int mentors = scores.mentorCount();
        int[] slotStart = new int[mentors + 1];
        for (int j = 0; j < mentors; j++) {
            // More slots than mentees can never be used, and capping keeps the matrix size bounded.
            slotStart[j + 1] = slotStart[j] + Math.min(rules.capacityOf(j), mentees);
        }
        int slots = slotStart[mentors];
        int[] mentorOfSlot = new int[slots];
        for (int j = 0; j < mentors; j++) {
            Arrays.fill(mentorOfSlot, slotStart[j], slotStart[j + 1], j);
        }
        double[] cost = new double[Math.multiplyExact(mentees, slots)];
        double minScore = rules.minScore();
        for (int i = 0; i < mentees; i++) {
            int off = i * slots;
            for (int j = 0; j < mentors; j++) {
                double score = scores.score(j, i);
                double c = eligible(score, minScore) && !scores.isForbidden(j, i) ? -score : Double.POSITIVE_INFINITY;
                Arrays.fill(cost, off + slotStart[j], off + slotStart[j + 1], c);
            }
        }
        int[] slotOfMentee = DenseCore.solve(mentees, slots, cost, new double[mentees]);
        int[] mentorOfMentee = new int[mentees];
        for (int i = 0; i < mentees; i++) {
            mentorOfMentee[i] = slotOfMentee[i] < 0 ? -1 : mentorOfSlot[slotOfMentee[i]];
        }
        return MatchingResult.of(mentorOfMentee, scores::score);
    }

    /**
     * Solves a cohort given as candidate lists, optimally with respect to the listed pairs. Capacities are handled
     * natively (no slot expansion), so this scales to cohorts of 100,000 with tens of candidates each.
     *
     * <p>Scores with at most {@value #MAX_DECIMALS} decimal places (integers, 0.5, 7.25, 0.73…) are solved exactly as
     * integers by {@link SparseAuction}; other scores (full binary precision) go to the path-based {@link SparseCore},
     * which is exact up to floating-point rounding but much slower on large cohorts.
     */
    public static MatchingResult solve(SparseScores scores, MatchingRules rules) {
        requireNonNull(scores, rules);
        rules.checkMentorCount(scores.mentorCount());
        int mentees = scores.menteeCount();
        int[] start = scores.menteeStart();
        int[] mentor = scores.candidateMentor();
        double[] score = scores.candidateScore();
        double minScore = rules.minScore();
        int[] keptStart = new int[mentees + 1];
        int[] keptMentor = new int[mentor.length];
        double[] keptCost = new double[mentor.length];
        int kept = 0;
        for (int i = 0; i < mentees; i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                if (eligible(score[e], minScore)) {
                    keptMentor[kept] = mentor[e];
                    keptCost[kept++] = -score[e];
                }
            }
            keptStart[i + 1] = kept;
        }
        int[] capacity = new int[scores.mentorCount()];
        for (int j = 0; j < capacity.length; j++) {
            capacity[j] = rules.capacityOf(j);
        }
        int[] mentorOfMentee = null;
        long[] values = decimalValues(keptCost, kept, mentees);
        if (values != null) {
            try {
                mentorOfMentee = SparseAuction.solve(keptStart, keptMentor, values, capacity);
            } catch (SparseAuction.PriceOverflow e) {
                mentorOfMentee = null;
            }
        }
        if (mentorOfMentee == null) {
            mentorOfMentee = new SparseCore(
                            capacity.length, keptStart, keptMentor, keptCost, new double[mentees], capacity)
                    .solve();
        }
        return MatchingResult.of(mentorOfMentee, scores::score);
    }

    /** Decimal places tried when turning scores into exact integers: 0.1, 0.25 or 73.125 are all handled exactly. */
    private static final int MAX_DECIMALS = 9;

    /**
     * Scores as exact integers for {@link SparseAuction}: the smallest d ≤ {@link #MAX_DECIMALS} such that every kept
     * score is the double nearest to some integer k / 10^d, and the integers stay small enough for the auction's long
     * arithmetic. Returns {@code null} when there is no such d (e.g. scores with full binary precision); the caller
     * then uses the path-based solver, which works on the doubles directly.
     */
    private static long[] decimalValues(double[] cost, int count, int mentees) {
        long limit = SparseAuction.MAX_SCALED / SparseAuction.scale(mentees);
        double power = 1;
        search:
        for (int d = 0; d <= MAX_DECIMALS; d++, power *= 10) {
            long[] values = new long[count];
            for (int e = 0; e < count; e++) {
                double score = -cost[e];
                double scaled = Math.rint(score * power);
                if (Math.abs(scaled) > limit || scaled / power != score) {
                    continue search;
                }
                values[e] = (long) scaled;
            }
            return values;
        }
        return null;
    }

    /**
     * A negative pair can never beat leaving both people unmatched, so it is dropped before solving; that keeps the
     * dense and sparse paths equal even on ties, and shrinks the graph.
     */
    private static boolean eligible(double score, double minScore) {
        return score >= minScore && score >= 0;
    }

    private static void requireNonNull(Object scores, MatchingRules rules) {
        if (scores == null) {
            throw new IllegalArgumentException("scores must not be null");
        }
        if (rules == null) {
            throw new IllegalArgumentException("rules must not be null");
        }
    }
}
