package org.binome.matching.engine;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the engine's three paths on seeded random instances. Sizes are kept moderate so a full run fits
 * in a few minutes on two cores; {@code bench/compare_scipy.py} covers the large sizes against scipy.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class EngineBenchmarks {

    /** Integer LAP, the OR-Library path: costs uniform in [1, 1000]. */
    @State(Scope.Benchmark)
    public static class IntMatrix {
        @Param({"500", "1000", "2000"})
        int n;

        int[] costs;

        @Setup
        public void generate() {
            SplittableRandom random = new SplittableRandom(n);
            costs = new int[n * n];
            for (int k = 0; k < costs.length; k++) {
                costs[k] = 1 + random.nextInt(1000);
            }
        }
    }

    /** Product path: double scores, 20 % forbidden, a minimum score and capacity 2. */
    @State(Scope.Benchmark)
    public static class Cohort {
        @Param({"300", "1000"})
        int mentors;

        DenseScores dense;
        MatchingRules rules;

        @Setup
        public void generate() {
            SplittableRandom random = new SplittableRandom(mentors);
            int mentees = 2 * mentors;
            double[][] scores = new double[mentors][mentees];
            java.util.List<Pair> forbidden = new java.util.ArrayList<>();
            for (int j = 0; j < mentors; j++) {
                for (int i = 0; i < mentees; i++) {
                    scores[j][i] = random.nextDouble();
                    if (random.nextInt(5) == 0) {
                        forbidden.add(new Pair(j, i));
                    }
                }
            }
            dense = DenseScores.of(scores, forbidden);
            rules = MatchingRules.oneToOne().withMinScore(0.2).withCapacity(mentors, 2);
        }
    }

    /** Product path on candidate lists: 20 candidates per mentee, capacity 1. */
    @State(Scope.Benchmark)
    public static class Candidates {
        @Param({"10000", "30000"})
        int mentees;

        SparseScores scores;
        MatchingRules rules;

        @Setup
        public void generate() {
            scores = SparseTiming.randomCohort(mentees, mentees, 20, 42);
            rules = MatchingRules.oneToOne();
        }
    }

    @Benchmark
    public LapSolution intLap(IntMatrix state) {
        return IntCostAssignment.solve(state.n, state.n, state.costs);
    }

    @Benchmark
    public MatchingResult denseMatching(Cohort state) {
        return MatchingEngine.solve(state.dense, state.rules);
    }

    @Benchmark
    public MatchingResult sparseMatching(Candidates state) {
        return MatchingEngine.solve(state.scores, state.rules);
    }
}
