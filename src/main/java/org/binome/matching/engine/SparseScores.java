package org.binome.matching.engine;

import java.util.Arrays;

/**
 * Candidate mentors per mentee, for cohorts too large to score every pair: typically each mentee's k best mentors
 * from a pre-filter. Only listed pairs can be chosen, so an absent pair is the same as a forbidden one.
 *
 * <p>Kept as compressed rows (one contiguous slice of mentors and scores per mentee) so 100,000 mentees with 20
 * candidates each are four flat arrays rather than two million objects. Build with {@link #builder(int, int)}.
 *
 * @param mentorCount number of mentors
 * @param menteeCount number of mentees
 * @param menteeStart offsets, length {@code menteeCount + 1}: mentee i's candidates sit at
 *     {@code menteeStart[i] .. menteeStart[i+1]-1}
 * @param candidateMentor mentor of each candidate
 * @param candidateScore finite score of each candidate
 */
public record SparseScores(
        int mentorCount, int menteeCount, int[] menteeStart, int[] candidateMentor, double[] candidateScore) {

    public SparseScores {
        if (mentorCount < 0 || menteeCount < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + mentorCount + ", " + menteeCount);
        }
        if (menteeStart == null || candidateMentor == null || candidateScore == null) {
            throw new IllegalArgumentException("candidate arrays must not be null");
        }
        if (menteeStart.length != menteeCount + 1 || menteeStart[0] != 0) {
            throw new IllegalArgumentException("menteeStart must have menteeCount + 1 entries starting at 0");
        }
        if (candidateMentor.length != candidateScore.length || menteeStart[menteeCount] != candidateMentor.length) {
            throw new IllegalArgumentException("candidate arrays disagree on the number of candidates");
        }
        for (int i = 0; i < menteeCount; i++) {
            if (menteeStart[i + 1] < menteeStart[i]) {
                throw new IllegalArgumentException("menteeStart must not decrease (mentee " + i + ")");
            }
            for (int e = menteeStart[i]; e < menteeStart[i + 1]; e++) {
                if (candidateMentor[e] < 0 || candidateMentor[e] >= mentorCount) {
                    throw new IllegalArgumentException("mentee " + i + " lists mentor " + candidateMentor[e]
                            + ", outside 0.." + (mentorCount - 1));
                }
                if (!Double.isFinite(candidateScore[e])) {
                    throw new IllegalArgumentException("score of mentor " + candidateMentor[e] + " and mentee " + i
                            + " must be a finite number, got " + candidateScore[e]);
                }
            }
        }
    }

    public static Builder builder(int mentorCount, int menteeCount) {
        return new Builder(mentorCount, menteeCount);
    }

    /** Score of a listed pair; the best one if the pair was listed twice. */
    double score(int mentor, int mentee) {
        double best = Double.NEGATIVE_INFINITY;
        for (int e = menteeStart[mentee]; e < menteeStart[mentee + 1]; e++) {
            if (candidateMentor[e] == mentor) {
                best = Math.max(best, candidateScore[e]);
            }
        }
        return best;
    }

    /** Collects candidates in any order; {@link #build()} groups them by mentee, keeping insertion order within one. */
    public static final class Builder {
        private final int mentorCount;
        private final int menteeCount;
        private int size;
        private int[] mentees = new int[16];
        private int[] mentors = new int[16];
        private double[] scores = new double[16];

        private Builder(int mentorCount, int menteeCount) {
            if (mentorCount < 0 || menteeCount < 0) {
                throw new IllegalArgumentException("counts must not be negative: " + mentorCount + ", " + menteeCount);
            }
            this.mentorCount = mentorCount;
            this.menteeCount = menteeCount;
        }

        /** Adds a candidate pair; a NaN or infinite score is rejected here, where the caller can still tell why. */
        public Builder add(int mentee, int mentor, double score) {
            if (mentee < 0 || mentee >= menteeCount || mentor < 0 || mentor >= mentorCount) {
                throw new IllegalArgumentException("pair (mentor " + mentor + ", mentee " + mentee + ") is outside "
                        + mentorCount + " mentors × " + menteeCount + " mentees");
            }
            if (!Double.isFinite(score)) {
                throw new IllegalArgumentException("score of mentor " + mentor + " and mentee " + mentee
                        + " must be a finite number, got " + score);
            }
            if (size == mentees.length) {
                mentees = Arrays.copyOf(mentees, size * 2);
                mentors = Arrays.copyOf(mentors, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            mentees[size] = mentee;
            mentors[size] = mentor;
            scores[size++] = score;
            return this;
        }

        public SparseScores build() {
            int[] start = new int[menteeCount + 1];
            for (int k = 0; k < size; k++) {
                start[mentees[k] + 1]++;
            }
            for (int i = 0; i < menteeCount; i++) {
                start[i + 1] += start[i];
            }
            int[] next = Arrays.copyOf(start, menteeCount);
            int[] mentorOut = new int[size];
            double[] scoreOut = new double[size];
            for (int k = 0; k < size; k++) {
                int at = next[mentees[k]]++;
                mentorOut[at] = mentors[k];
                scoreOut[at] = scores[k];
            }
            return new SparseScores(mentorCount, menteeCount, start, mentorOut, scoreOut);
        }
    }
}
