package org.binome.matching.engine;

import java.util.BitSet;
import java.util.Collection;

/**
 * Every mentor–mentee score of a cohort, for cohorts small enough to score all pairs (a few thousand per side).
 *
 * <p>Stored flat and mentor-major ({@code scores[mentor * menteeCount + mentee]}) because the solver scans whole
 * rows; nested arrays would cost a pointer chase per row and scatter the data. Scores are validated once here so the
 * solver's loops need no checks.
 *
 * @param mentorCount number of mentors
 * @param menteeCount number of mentees
 * @param scores finite scores, mentor-major; not copied, so do not modify it after construction
 * @param forbidden pairs that must never be chosen, as bits {@code mentor * menteeCount + mentee}; not copied
 */
public record DenseScores(int mentorCount, int menteeCount, double[] scores, BitSet forbidden) {

    public DenseScores {
        if (mentorCount < 0 || menteeCount < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + mentorCount + ", " + menteeCount);
        }
        if (scores == null) {
            throw new IllegalArgumentException("scores must not be null");
        }
        if ((long) mentorCount * menteeCount != scores.length) {
            throw new IllegalArgumentException("expected " + ((long) mentorCount * menteeCount) + " scores for "
                    + mentorCount + " mentors × " + menteeCount + " mentees, got " + scores.length);
        }
        for (int k = 0; k < scores.length; k++) {
            if (!Double.isFinite(scores[k])) {
                throw new IllegalArgumentException("score of mentor " + k / menteeCount + " and mentee "
                        + k % menteeCount + " must be a finite number, got " + scores[k]);
            }
        }
        forbidden = forbidden == null ? new BitSet() : forbidden;
    }

    /**
     * Copies a mentor-major score table.
     *
     * @param byMentor {@code byMentor[mentor][mentee]}; every row must have the same length
     */
    public static DenseScores of(double[][] byMentor) {
        return of(byMentor, java.util.List.of());
    }

    /** Same as {@link #of(double[][])}, with pairs that must never be chosen. */
    public static DenseScores of(double[][] byMentor, Collection<Pair> forbiddenPairs) {
        if (byMentor == null) {
            throw new IllegalArgumentException("scores must not be null");
        }
        int mentors = byMentor.length;
        int mentees = mentors == 0 ? 0 : lengthOf(byMentor[0], 0);
        double[] flat = new double[Math.multiplyExact(mentors, mentees)];
        for (int mentor = 0; mentor < mentors; mentor++) {
            if (lengthOf(byMentor[mentor], mentor) != mentees) {
                throw new IllegalArgumentException("mentor " + mentor + " has " + byMentor[mentor].length
                        + " scores, expected " + mentees + " like mentor 0");
            }
            System.arraycopy(byMentor[mentor], 0, flat, mentor * mentees, mentees);
        }
        BitSet forbidden = new BitSet();
        for (Pair pair : forbiddenPairs) {
            if (pair == null
                    || pair.mentor() < 0
                    || pair.mentor() >= mentors
                    || pair.mentee() < 0
                    || pair.mentee() >= mentees) {
                throw new IllegalArgumentException(
                        "forbidden pair " + pair + " is outside the " + mentors + " mentors × " + mentees + " mentees");
            }
            forbidden.set(pair.mentor() * mentees + pair.mentee());
        }
        return new DenseScores(mentors, mentees, flat, forbidden);
    }

    private static int lengthOf(double[] row, int mentor) {
        if (row == null) {
            throw new IllegalArgumentException("scores of mentor " + mentor + " must not be null");
        }
        return row.length;
    }

    public double score(int mentor, int mentee) {
        return scores[mentor * menteeCount + mentee];
    }

    public boolean isForbidden(int mentor, int mentee) {
        return forbidden.get(mentor * menteeCount + mentee);
    }
}
