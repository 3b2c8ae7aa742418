package org.binome.matching.engine;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times each search strategy of {@link IntCostAssignment} on one OR-Library file, to see which one a class of costs
 * favours. Usage: {@code DenseStrategies FILE RUNS [MODES]} with MODES a comma-separated subset of 0 (adaptive), 1
 * (candidate lists only), 2 (dense search only), 3 (dense only, no greedy start).
 */
public final class DenseStrategies {

    private DenseStrategies() {}

    public static void main(String[] args) throws Exception {
        int n;
        int[] costs;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
            NumberReader reader = new NumberReader(in);
            n = reader.nextInt("n", 0, 46_340);
            costs = new int[n * n];
            for (int k = 0; k < costs.length; k++) {
                costs[k] = reader.nextInt("cost", Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
        }
        int runs = Integer.parseInt(args[1]);
        String[] modes = (args.length > 2 ? args[2] : "0,1,2,3").split(",");
        long[][] nanos = new long[modes.length][runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] totals = new long[modes.length];
        // Runs interleave the modes, so a burst of load elsewhere on the machine hits all of them alike.
        for (int r = 0; r < runs; r++) {
            for (int k = 0; k < modes.length; k++) {
                long start = threads.getCurrentThreadCpuTime();
                totals[k] = IntCostAssignment.solveWith(
                                n, n, costs, IntCostAssignment.LIST_SIZE, Integer.parseInt(modes[k]))
                        .totalCost();
                nanos[k][r] = threads.getCurrentThreadCpuTime() - start;
            }
        }
        StringBuilder line = new StringBuilder(Path.of(args[0]).getFileName().toString());
        for (int k = 0; k < modes.length; k++) {
            Arrays.sort(nanos[k]);
            line.append(String.format(
                    Locale.ROOT,
                    "  mode %s: %.1f ms CPU (best %.1f) total %d",
                    modes[k],
                    nanos[k][runs / 2] / 1e6,
                    nanos[k][0] / 1e6,
                    totals[k]));
        }
        System.out.println(line);
    }
}
