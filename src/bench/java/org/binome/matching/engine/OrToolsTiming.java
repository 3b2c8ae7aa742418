package org.binome.matching.engine;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Solves a sparse problem file ({@code rows columns edges}, then {@code row column cost}, 1-based) with OR-Tools'
 * {@code SimpleLinearSumAssignment} (Java binding {@code LinearSumAssignment}, native cost-scaling code), the
 * reference the sparse benchmark compares {@code solve --sparse} with. Every row must be assigned.
 *
 * <p>Usage: {@code OrToolsTiming FILE RUNS [WARMUP]}; prints the optimum and the solve times in the same format as the
 * {@code solve} command. The arcs are added again before each run and only {@code solve()} is timed (adding the arcs
 * is reported on its own line).
 */
public final class OrToolsTiming {

    private OrToolsTiming() {}

    public static void main(String[] args) throws Exception {
        Loader.loadNativeLibraries();
        int runs = Integer.parseInt(args[1]);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int rows;
        int[] row;
        int[] column;
        long[] cost;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            NumberReader reader = new NumberReader(in);
            rows = reader.nextInt("rows", 0, Integer.MAX_VALUE);
            reader.nextInt("columns", 0, Integer.MAX_VALUE);
            int edges = reader.nextInt("edges", 0, Integer.MAX_VALUE);
            row = new int[edges];
            column = new int[edges];
            cost = new long[edges];
            for (int e = 0; e < edges; e++) {
                row[e] = reader.nextInt("row", 1, Integer.MAX_VALUE) - 1;
                column[e] = reader.nextInt("column", 1, Integer.MAX_VALUE) - 1;
                cost[e] = reader.nextLong("cost");
            }
        }
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        long buildNanos = 0;
        long optimum = 0;
        String status = "";
        for (int r = -warmup; r < runs; r++) {
            long buildStart = System.nanoTime();
            LinearSumAssignment assignment = new LinearSumAssignment();
            for (int e = 0; e < row.length; e++) {
                assignment.addArcWithCost(row[e], column[e], cost[e]);
            }
            buildNanos = System.nanoTime() - buildStart;
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            LinearSumAssignment.Status result = assignment.solve();
            if (r >= 0) {
                nanos[r] = System.nanoTime() - start;
                cpuNanos[r] = threads.getCurrentThreadCpuTime() - cpu;
            }
            status = result.toString();
            optimum = result == LinearSumAssignment.Status.OPTIMAL ? assignment.getOptimalCost() : Long.MIN_VALUE;
            assignment.delete();
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.println("status: " + status + " (" + rows + " rows)");
        System.out.println("optimal cost: " + optimum);
        System.out.printf(Locale.ROOT, "arcs ms: %.3f%n", buildNanos / 1e6);
        System.out.printf(
                Locale.ROOT,
                "solve ms: %.3f (best of %d, median %.3f, first %.3f)%n",
                sorted[0] / 1e6,
                runs,
                sorted[runs / 2] / 1e6,
                nanos[0] / 1e6);
        Arrays.sort(cpuNanos);
        System.out.printf(
                Locale.ROOT, "solve cpu ms: %.3f (median %.3f)%n", cpuNanos[0] / 1e6, cpuNanos[runs / 2] / 1e6);
    }
}
