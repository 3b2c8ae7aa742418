package org.binome.matching.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times {@link MatchingEngine#solve(SparseScores, MatchingRules)} on a seeded random cohort, outside JMH, so
 * {@code bench/run.sh} can print one line per configuration quickly.
 *
 * <p>Usage: {@code SparseTiming MENTEES MENTORS CANDIDATES CAPACITY RUNS}
 */
public final class SparseTiming {

    private SparseTiming() {}

    static SparseScores randomCohort(int mentees, int mentors, int candidates, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SparseScores.Builder builder = SparseScores.builder(mentors, mentees);
        int[] picked = new int[candidates];
        for (int i = 0; i < mentees; i++) {
            int count = 0;
            while (count < candidates) {
                int mentor = random.nextInt(mentors);
                boolean seen = false;
                for (int k = 0; k < count; k++) {
                    seen |= picked[k] == mentor;
                }
                if (!seen) {
                    picked[count++] = mentor;
                    builder.add(i, mentor, 1 + random.nextInt(1000));
                }
            }
        }
        return builder.build();
    }

    public static void main(String[] args) {
        int mentees = Integer.parseInt(args[0]);
        int mentors = Integer.parseInt(args[1]);
        int candidates = Integer.parseInt(args[2]);
        int capacity = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        SparseScores scores = randomCohort(mentees, mentors, candidates, 42);
        MatchingRules rules = MatchingRules.oneToOne().withCapacity(mentors, capacity);
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        MatchingResult result = null;
        for (int r = 0; r < runs; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            result = MatchingEngine.solve(scores, rules);
            nanos[r] = System.nanoTime() - start;
            cpu[r] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        System.out.printf(
                Locale.ROOT,
                "sparse %d mentees x %d mentors, %d candidates, capacity %d: matched %d, total score %.0f,"
                        + " best %.1f ms, median %.1f ms, first %.1f ms (wall); median CPU %.1f ms%n",
                mentees,
                mentors,
                candidates,
                capacity,
                result.matchedCount(),
                result.totalScore(),
                sorted[0] / 1e6,
                sorted[runs / 2] / 1e6,
                nanos[0] / 1e6,
                sortedCpu[runs / 2] / 1e6);
    }
}
