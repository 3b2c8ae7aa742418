package org.binome.matching.engine;

import java.util.Arrays;

/**
 * What a matching may do besides maximising the total score.
 *
 * <p>Leaving someone unmatched is always allowed and contributes nothing. A pair below {@code minScore} is never
 * chosen, so a programme can prefer "no mentor yet" to a poor pairing; pairs at or above it are chosen only if they
 * raise the total, which means negative scores are never chosen either.
 *
 * @param minScore lowest acceptable score; {@link Double#NEGATIVE_INFINITY} accepts every pair
 * @param capacities how many mentees each mentor can take (0 allowed), or {@code null} for one each
 */
public record MatchingRules(double minScore, int[] capacities) {

    public MatchingRules {
        if (Double.isNaN(minScore)) {
            throw new IllegalArgumentException("minScore must be a number, got NaN");
        }
        if (capacities != null) {
            capacities = capacities.clone();
            for (int j = 0; j < capacities.length; j++) {
                if (capacities[j] < 0) {
                    throw new IllegalArgumentException(
                            "capacity of mentor " + j + " must not be negative, got " + capacities[j]);
                }
            }
        }
    }

    /** One mentee per mentor, every pair acceptable. */
    public static MatchingRules oneToOne() {
        return new MatchingRules(Double.NEGATIVE_INFINITY, null);
    }

    public MatchingRules withMinScore(double minimum) {
        return new MatchingRules(minimum, capacities);
    }

    /** Per-mentor capacities, indexed like the mentors of the scores. */
    public MatchingRules withCapacities(int... perMentor) {
        return new MatchingRules(minScore, perMentor);
    }

    /** Same capacity for each of {@code mentorCount} mentors. */
    public MatchingRules withCapacity(int mentorCount, int capacity) {
        int[] all = new int[mentorCount];
        Arrays.fill(all, capacity);
        return new MatchingRules(minScore, all);
    }

    @Override
    public int[] capacities() {
        return capacities == null ? null : capacities.clone();
    }

    int capacityOf(int mentor) {
        return capacities == null ? 1 : capacities[mentor];
    }

    void checkMentorCount(int mentorCount) {
        if (capacities != null && capacities.length != mentorCount) {
            throw new IllegalArgumentException(
                    "got " + capacities.length + " capacities for " + mentorCount + " mentors");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MatchingRules that
                && Double.compare(minScore, that.minScore) == 0
                && Arrays.equals(capacities, that.capacities);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(minScore) + Arrays.hashCode(capacities);
    }

    @Override
    public String toString() {
        return "MatchingRules[minScore=" + minScore + ", capacities="
                + (capacities == null ? "1 each" : Arrays.toString(capacities)) + "]";
    }
}
