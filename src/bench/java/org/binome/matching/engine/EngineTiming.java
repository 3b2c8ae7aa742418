package org.binome.matching.engine;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the engine on one problem file the way {@code solve} would solve it, through entry points that also exist in
 * earlier versions of the engine ({@link IntCostAssignment#solve(int, int, int[])}, {@link SparseCostFile}), so
 * {@code bench/compare.py --before DIR} can time an older build with exactly the same harness.
 *
 * <p>Usage: {@code EngineTiming dense|sparse FILE RUNS WARMUP}: WARMUP untimed solves, then RUNS timed ones; prints
 * the optimum, the wall-clock best/median and the thread-CPU median, in the format of the {@code solve} command.
 */
public final class EngineTiming {

    private EngineTiming() {}

    public static void main(String[] args) throws Exception {
        boolean sparse = args[0].equals("sparse");
        Path path = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int n = 0;
        int[] costs = null;
        SparseCostFile problem = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            if (sparse) {
                problem = SparseCostFile.read(in);
            } else {
                NumberReader reader = new NumberReader(in);
                n = reader.nextInt("n", 0, 46_340);
                costs = new int[n * n];
                for (int k = 0; k < costs.length; k++) {
                    costs[k] = reader.nextInt("cost", Integer.MIN_VALUE, Integer.MAX_VALUE);
                }
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        long first = 0;
        long total = 0;
        for (int r = -warmup; r < runs; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            total = sparse ? problem.solve().totalCost() : IntCostAssignment.solve(n, n, costs).totalCost();
            long w = System.nanoTime() - w0;
            if (r == -warmup) {
                first = w;
            }
            if (r >= 0) {
                wall[r] = w;
                cpu[r] = threads.getCurrentThreadCpuTime() - c0;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.println("optimal cost: " + total);
        System.out.printf(
                Locale.ROOT,
                "solve ms: %.3f (best of %d, median %.3f, first %.3f)%n",
                wall[0] / 1e6,
                runs,
                wall[runs / 2] / 1e6,
                first / 1e6);
        System.out.printf(Locale.ROOT, "solve cpu ms: %.3f (median %.3f)%n", cpu[0] / 1e6, cpu[runs / 2] / 1e6);
    }
}
