package org.binome.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Both solvers against exhaustive search on random small cohorts covering every rule at once. */
class MatchingEnginePropertyTests {

    /** A random cohort, with the same eligibility expressed for the dense table, the candidate lists and the oracle. */
    private record Cohort(double[][] scores, List<Pair> forbidden, int[] capacity, double minScore, int mentees) {

        static Cohort random(int mentors, int mentees, long seed) {
            Random random = new Random(seed);
            double[][] scores = new double[mentors][mentees];
            List<Pair> forbidden = new ArrayList<>();
            for (int j = 0; j < mentors; j++) {
                for (int i = 0; i < mentees; i++) {
                    // Quarter steps keep sums exact in binary while allowing non-integer scores and ties.
                    scores[j][i] = (random.nextInt(41) - 8) / 4.0;
                    if (random.nextInt(5) == 0) {
                        forbidden.add(new Pair(j, i));
                    }
                }
            }
            int[] capacity = new int[mentors];
            for (int j = 0; j < mentors; j++) {
                capacity[j] = random.nextInt(4);
            }
            double minScore = random.nextBoolean() ? Double.NEGATIVE_INFINITY : random.nextInt(8) / 2.0;
            return new Cohort(scores, forbidden, capacity, minScore, mentees);
        }

        boolean[][] allowed() {
            boolean[][] allowed = new boolean[scores.length][mentees];
            for (int j = 0; j < scores.length; j++) {
                for (int i = 0; i < mentees; i++) {
                    allowed[j][i] = scores[j][i] >= minScore && !forbidden.contains(new Pair(j, i));
                }
            }
            return allowed;
        }

        SparseScores candidates() {
            boolean[][] allowed = allowed();
            SparseScores.Builder builder = SparseScores.builder(scores.length, mentees);
            for (int j = scores.length - 1; j >= 0; j--) {
                for (int i = 0; i < mentees; i++) {
                    if (!forbidden.contains(new Pair(j, i))) {
                        builder.add(i, j, scores[j][i]);
                    }
                }
            }
            return builder.build();
        }

        MatchingRules rules() {
            return new MatchingRules(minScore, capacity);
        }

        double bruteForce() {
            return BruteForce.bestTotal(scores, allowed(), capacity, mentees);
        }

        void assertFeasible(MatchingResult result) {
            boolean[][] allowed = allowed();
            int[] used = new int[scores.length];
            double total = 0;
            for (Match match : result.matches()) {
                assertThat(allowed[match.mentor()][match.mentee()])
                        .as("pair %s is eligible", match)
                        .isTrue();
                assertThat(match.score()).isEqualTo(scores[match.mentor()][match.mentee()]);
                used[match.mentor()]++;
                total += match.score();
            }
            for (int j = 0; j < used.length; j++) {
                assertThat(used[j]).as("load of mentor %d", j).isLessThanOrEqualTo(capacity[j]);
            }
            assertThat(result.totalScore()).isCloseTo(total, within(1e-9));
        }
    }

    @Property(tries = 250)
    void denseSolverFindsTheBruteForceOptimum(
            @ForAll @IntRange(min = 0, max = 4) int mentors,
            @ForAll @IntRange(min = 0, max = 6) int mentees,
            @ForAll long seed) {
        Cohort cohort = Cohort.random(mentors, mentees, seed);
        MatchingResult result =
                MatchingEngine.solve(DenseScores.of(cohort.scores(), cohort.forbidden()), cohort.rules());
        cohort.assertFeasible(result);
        assertThat(result.totalScore()).isCloseTo(cohort.bruteForce(), within(1e-9));
    }

    @Property(tries = 250)
    void sparseSolverFindsTheBruteForceOptimum(
            @ForAll @IntRange(min = 0, max = 4) int mentors,
            @ForAll @IntRange(min = 0, max = 6) int mentees,
            @ForAll long seed) {
        Cohort cohort = Cohort.random(mentors, mentees, seed);
        MatchingResult result = MatchingEngine.solve(cohort.candidates(), cohort.rules());
        cohort.assertFeasible(result);
        assertThat(result.totalScore()).isCloseTo(cohort.bruteForce(), within(1e-9));
    }

    @Property(tries = 30)
    void denseAndSparseAgreeOnLargerCohorts(
            @ForAll @IntRange(min = 1, max = 40) int mentors,
            @ForAll @IntRange(min = 1, max = 60) int mentees,
            @ForAll long seed) {
        Cohort cohort = Cohort.random(mentors, mentees, seed);
        MatchingResult dense =
                MatchingEngine.solve(DenseScores.of(cohort.scores(), cohort.forbidden()), cohort.rules());
        MatchingResult sparse = MatchingEngine.solve(cohort.candidates(), cohort.rules());
        cohort.assertFeasible(dense);
        cohort.assertFeasible(sparse);
        assertThat(sparse.totalScore()).isCloseTo(dense.totalScore(), within(1e-9));
    }
}
