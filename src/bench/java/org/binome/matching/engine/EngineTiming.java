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
 * <p>Usage: {@code EngineTiming dense|sparse FILE RUNS WARMUP [WARMUP_MS] [serve]}: WARMUP untimed solves (and
 * more until WARMUP_MS milliseconds of thread CPU have been spent warming up, 0 by default: the JIT may need more than
 * a count of solves on a millisecond instance), then RUNS timed ones; prints the optimum, the wall-clock best/median
 * and the thread-CPU median, in the format of the {@code solve} command. With {@code serve}, after the warm-up it
 * prints {@code ready} and then solves once per line read on standard input, answering {@code cpu-ns wall-ns total}
 * for each, until the input ends: {@code bench/compare.py} interleaves these solves one by one with scipy's, so a
 * burst of load elsewhere on the machine hits both sides alike.
 */
public final class EngineTiming {

    private EngineTiming() {}

    public static void main(String[] args) throws Exception {
        boolean sparse = args[0].equals("sparse");
        Path path = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        long warmupNanos = args.length > 4 ? Long.parseLong(args[4]) * 1_000_000 : 0;
        boolean serve = args.length > 5 && args[5].equals("serve");
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
        long warmStart = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < warmup || threads.getCurrentThreadCpuTime() - warmStart < warmupNanos; r++) {
            long w0 = System.nanoTime();
            total = solve(sparse, problem, n, costs);
            if (r == 0) {
                first = System.nanoTime() - w0;
            }
        }
        if (serve) {
            serve(threads, sparse, problem, n, costs);
            return;
        }
        for (int r = 0; r < runs; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            total = solve(sparse, problem, n, costs);
            wall[r] = System.nanoTime() - w0;
            cpu[r] = threads.getCurrentThreadCpuTime() - c0;
        }
        if (first == 0) {
            first = wall[0]; // no warm-up: the first timed solve was the first one
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

    private static long solve(boolean sparse, SparseCostFile problem, int n, int[] costs) throws Exception {
        return sparse ? problem.solve().totalCost() : IntCostAssignment.solve(n, n, costs).totalCost();
    }

    /** One timed solve per line of standard input, answered with {@code cpu-ns wall-ns total}. */
    private static void serve(ThreadMXBean threads, boolean sparse, SparseCostFile problem, int n, int[] costs)
            throws Exception {
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        System.out.println("ready");
        System.out.flush();
        while (in.readLine() != null) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            long total = solve(sparse, problem, n, costs);
            long w = System.nanoTime() - w0;
            System.out.println((threads.getCurrentThreadCpuTime() - c0) + " " + w + " " + total);
            System.out.flush();
        }
    }
}
