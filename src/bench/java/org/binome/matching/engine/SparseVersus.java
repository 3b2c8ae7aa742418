package org.binome.matching.engine;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code solve --sparse}'s solver and OR-Tools' {@code SimpleLinearSumAssignment} on the same file in one JVM, runs
 * interleaved so that load from elsewhere on the machine hits both alike; reports wall and thread-CPU medians.
 *
 * <p>Usage: {@code SparseVersus FILE RUNS}
 */
public final class SparseVersus {

    private SparseVersus() {}

    public static void main(String[] args) throws Exception {
        Loader.loadNativeLibraries();
        Path path = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        SparseCostFile problem;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            problem = SparseCostFile.read(in);
        }
        int[] row;
        int[] column;
        long[] cost;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            NumberReader reader = new NumberReader(in);
            reader.nextInt("rows", 0, Integer.MAX_VALUE);
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] wall = new long[2][runs];
        long[][] cpu = new long[2][runs];
        long ours = 0;
        long theirs = 0;
        for (int r = 0; r < runs; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            ours = problem.solve().totalCost();
            wall[0][r] = System.nanoTime() - w0;
            cpu[0][r] = threads.getCurrentThreadCpuTime() - c0;
            LinearSumAssignment assignment = new LinearSumAssignment();
            for (int e = 0; e < row.length; e++) {
                assignment.addArcWithCost(row[e], column[e], cost[e]);
            }
            c0 = threads.getCurrentThreadCpuTime();
            w0 = System.nanoTime();
            LinearSumAssignment.Status status = assignment.solve();
            wall[1][r] = System.nanoTime() - w0;
            cpu[1][r] = threads.getCurrentThreadCpuTime() - c0;
            theirs = status == LinearSumAssignment.Status.OPTIMAL ? assignment.getOptimalCost() : Long.MIN_VALUE;
            assignment.delete();
        }
        for (long[] a : wall) {
            Arrays.sort(a);
        }
        for (long[] a : cpu) {
            Arrays.sort(a);
        }
        System.out.printf(
                Locale.ROOT,
                "%s: Binôme %.1f ms (CPU %.1f), OR-Tools %.1f ms (CPU %.1f), ratio %.2f (CPU %.2f), optimum %d vs %d %s%n",
                path.getFileName(),
                wall[0][runs / 2] / 1e6,
                cpu[0][runs / 2] / 1e6,
                wall[1][runs / 2] / 1e6,
                cpu[1][runs / 2] / 1e6,
                (double) wall[0][runs / 2] / wall[1][runs / 2],
                (double) cpu[0][runs / 2] / cpu[1][runs / 2],
                ours,
                theirs,
                ours == theirs ? "same" : "DIFFERENT");
    }
}
