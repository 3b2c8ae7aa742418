package org.binome.matching.engine;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times {@link IntCostAssignment} on a capacity instance, which the OR-Library format cannot express: the file holds
 * {@code mentees mentors capacity}, then mentees × mentors integer costs. Each mentor column is replicated
 * {@code capacity} times, exactly as scipy is given the problem, and the solve time excludes parsing.
 *
 * <p>Usage: {@code DenseTiming FILE RUNS}; prints lines in the same format as the {@code solve} command.
 */
public final class DenseTiming {

    private DenseTiming() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[1]);
        int mentees;
        int mentors;
        int capacity;
        int[] costs;
        long parseStart = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            NumberReader reader = new NumberReader(in);
            mentees = reader.nextInt("mentees", 0, 100_000);
            mentors = reader.nextInt("mentors", 0, 100_000);
            capacity = reader.nextInt("capacity", 1, 100);
            int columns = mentors * capacity;
            costs = new int[Math.multiplyExact(mentees, columns)];
            for (int i = 0; i < mentees; i++) {
                for (int j = 0; j < mentors; j++) {
                    int c = reader.nextInt("cost", Integer.MIN_VALUE, Integer.MAX_VALUE);
                    Arrays.fill(costs, i * columns + j * capacity, i * columns + (j + 1) * capacity, c);
                }
            }
        }
        long parseNanos = System.nanoTime() - parseStart;
        long[] nanos = new long[runs];
        LapSolution solution = null;
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            solution = IntCostAssignment.solve(mentees, mentors * capacity, costs);
            nanos[r] = System.nanoTime() - start;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.println("optimal cost: " + solution.totalCost());
        System.out.printf(Locale.ROOT, "parse ms: %.3f%n", parseNanos / 1e6);
        System.out.printf(
                Locale.ROOT,
                "solve ms: %.3f (best of %d, median %.3f, first %.3f)%n",
                sorted[0] / 1e6,
                runs,
                sorted[runs / 2] / 1e6,
                nanos[0] / 1e6);
    }
}
