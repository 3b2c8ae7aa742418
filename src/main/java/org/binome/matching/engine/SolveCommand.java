package org.binome.matching.engine;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code solve} command line: solves an assignment problem file and reports the optimum and timings.
 *
 * <pre>
 * solve [--sparse] [--repeat N] [--warmup N] [--no-assignment] FILE
 * </pre>
 *
 * <p>Dense files use the OR-Library {@code assignprob} format: the first integer is n, followed by the n×n integer
 * costs row by row, separated by any whitespace over any number of lines. Total cost is minimised and every row gets
 * a distinct column. Costs may be anywhere strictly within ±2^62 (a cost outside is reported with its line); costs that fit in
 * an {@code int} take the fast dense path, others are solved exactly in {@code long} arithmetic, and a file whose
 * optimal total does not fit in 63 bits is reported as such rather than given a wrapped total.
 *
 * <p>Sparse files ({@code --sparse}) hold {@code rows columns edges} then one {@code row column cost} triple per edge,
 * 1-based, integers. Only listed pairs can be chosen. The solver returns a minimum-cost matching among those of
 * maximum cardinality: if a matching covering every row (or every column, when there are fewer columns) exists, it
 * is used and no such row stays unmatched; otherwise as many rows as possible are matched, and the rest are reported
 * as unmatched (a row without any listed pair simply stays unmatched). A pair listed twice acts as two parallel options,
 * so the cheaper one wins. Costs may be negative and anywhere strictly within ±2^62; the arithmetic is exact.
 *
 * <p>In both formats {@code #} starts a comment running to the end of the line. Parsing and solving are timed
 * separately; {@code --repeat N} solves N times and reports the best and median solve times (wall clock and the
 * thread's CPU time), and {@code --warmup N} solves N more times first without timing them, which lets benchmark
 * scripts measure a JIT-compiled solver without counting file parsing.
 *
 * <p>Exit codes: 0 solved, 1 bad usage, 2 unreadable or malformed file.
 */
public final class SolveCommand {

    private SolveCommand() {}

    /** Entry point for running the engine without the web application, e.g. {@code java -cp classes ...}. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command without calling {@link System#exit}, so it can be tested and embedded.
     *
     * @param args arguments after the word {@code solve}
     * @return the process exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean sparse = false;
        boolean printAssignment = true;
        int repeat = 1;
        int warmup = 0;
        String file = null;
        for (int k = 0; k < args.length; k++) {
            String arg = args[k];
            switch (arg) {
                case "--sparse" -> sparse = true;
                case "--no-assignment" -> printAssignment = false;
                case "--repeat" -> {
                    if (k + 1 == args.length) {
                        return usage(err, "--repeat needs a number");
                    }
                    try {
                        repeat = Integer.parseInt(args[++k]);
                    } catch (NumberFormatException e) {
                        return usage(err, "--repeat needs a number, got '" + args[k] + "'");
                    }
                    if (repeat < 1) {
                        return usage(err, "--repeat must be at least 1");
                    }
                }
                case "--warmup" -> {
                    if (k + 1 == args.length) {
                        return usage(err, "--warmup needs a number");
                    }
                    try {
                        warmup = Integer.parseInt(args[++k]);
                    } catch (NumberFormatException e) {
                        return usage(err, "--warmup needs a number, got '" + args[k] + "'");
                    }
                    if (warmup < 0) {
                        return usage(err, "--warmup must not be negative");
                    }
                }
                case "-h", "--help" -> {
                    usage(out, null);
                    return 0;
                }
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        return usage(err, "unexpected argument '" + arg + "'");
                    }
                    file = arg;
                }
            }
        }
        if (file == null) {
            return usage(err, "missing FILE");
        }
        Path path = Path.of(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            return sparse
                    ? solveSparse(in, warmup, repeat, printAssignment, out)
                    : solveDense(in, warmup, repeat, printAssignment, out);
        } catch (NoSuchFileException e) {
            err.println("solve: no such file: " + file);
            return 2;
        } catch (IOException e) {
            err.println("solve: cannot read " + file + ": " + e.getMessage());
            return 2;
        } catch (InputFormatException e) {
            err.println("solve: " + file + ": " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream stream, String problem) {
        if (problem != null) {
            stream.println("solve: " + problem);
        }
        stream.println("usage: solve [--sparse] [--repeat N] [--warmup N] [--no-assignment] FILE");
        stream.println("  FILE        OR-Library assignprob file: n, then n×n integer costs (minimised),");
        stream.println("              costs strictly within ±2^62; exact 64-bit totals");
        stream.println("  --sparse    FILE holds 'rows columns edges' then 'row column cost' lines, 1-based;");
        stream.println("              minimum-cost matching among those of maximum cardinality");
        stream.println("  --repeat N  solve N times, report best and median solve time (wall and thread CPU)");
        stream.println("  --warmup N  solve N times more before, untimed (lets the JIT compile the solver)");
        return problem == null ? 0 : 1;
    }

    private static int solveDense(InputStream in, int warmup, int repeat, boolean printAssignment, PrintStream out)
            throws IOException, InputFormatException {
        long parseStart = System.nanoTime();
        NumberReader reader = new NumberReader(in);
        int n = reader.nextInt("matrix size n", 0, 46_340);
        int[] costs = new int[n * n];
        long[] wide = null; // the costs as longs, once one of them does not fit in an int
        for (int k = 0, count = n * n; k < count; k++) {
            long cost = reader.nextLong("cost");
            if (cost > SparseCostFile.MAX_COST || cost < -SparseCostFile.MAX_COST) {
                throw new InputFormatException(
                        reader.line(),
                        "cost " + cost + " is outside the supported range, strictly within ±2^62 (±"
                                + SparseCostFile.MAX_COST + ")");
            }
            if (wide == null && (int) cost != cost) {
                wide = new long[n * n];
                for (int done = 0; done < k; done++) {
                    wide[done] = costs[done];
                }
                costs = null;
            }
            if (wide == null) {
                costs[k] = (int) cost;
            } else {
                wide[k] = cost;
            }
        }
        if (!reader.atEnd()) {
            reader.nextLong("nothing");
            throw new InputFormatException(reader.line(), "unexpected value after the " + n + "×" + n + " costs");
        }
        long parseNanos = System.nanoTime() - parseStart;

        long[] solveNanos = new long[repeat];
        long[] cpuNanos = new long[repeat];
        LapSolution solution = null;
        for (int r = -warmup; r < repeat; r++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            solution = wide == null ? IntCostAssignment.solve(n, n, costs) : solveWide(n, wide);
            if (r >= 0) {
                solveNanos[r] = System.nanoTime() - start;
                cpuNanos[r] = THREADS.getCurrentThreadCpuTime() - cpu;
            }
        }
        out.println("problem: dense " + n + "x" + n + ", minimise");
        out.println("optimal cost: " + solution.totalCost());
        printTimes(out, parseNanos, solveNanos, cpuNanos);
        if (printAssignment) {
            StringBuilder lines = new StringBuilder(n * 12);
            lines.append("assignment (row column, 1-based):\n");
            int[] columnOfRow = solution.columnOfRow();
            for (int i = 0; i < n; i++) {
                lines.append(i + 1).append(' ').append(columnOfRow[i] + 1).append('\n');
            }
            out.print(lines);
        }
        return 0;
    }

    /**
     * Costs beyond the int range: the matrix is solved as a complete sparse graph by {@link SparseAssignment}, exact in
     * long arithmetic (slower and larger in memory than the int path, which covers every usual file).
     */
    private static LapSolution solveWide(int n, long[] costs) throws InputFormatException {
        int[] rowStart = new int[n + 1];
        int[] column = new int[costs.length];
        for (int i = 0; i < n; i++) {
            rowStart[i + 1] = (i + 1) * n;
            for (int j = 0; j < n; j++) {
                column[i * n + j] = j;
            }
        }
        int[] columnOfRow;
        try {
            columnOfRow = SparseAssignment.solve(n, rowStart, column, costs);
        } catch (SparseAssignment.TotalOverflow e) {
            throw SparseCostFile.totalTooLarge();
        }
        long[] chosen = new long[n];
        for (int i = 0; i < n; i++) {
            chosen[i] = costs[i * n + columnOfRow[i]];
        }
        return new LapSolution(columnOfRow, SparseCostFile.exactTotal(chosen));
    }

    private static int solveSparse(InputStream in, int warmup, int repeat, boolean printAssignment, PrintStream out)
            throws IOException, InputFormatException {
        long parseStart = System.nanoTime();
        SparseCostFile problem = SparseCostFile.read(in);
        long parseNanos = System.nanoTime() - parseStart;

        long[] solveNanos = new long[repeat];
        long[] cpuNanos = new long[repeat];
        SparseCostFile.Solution solution = null;
        for (int r = -warmup; r < repeat; r++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            solution = problem.solve();
            if (r >= 0) {
                solveNanos[r] = System.nanoTime() - start;
                cpuNanos[r] = THREADS.getCurrentThreadCpuTime() - cpu;
            }
        }
        out.println("problem: sparse " + problem.rows() + "x" + problem.columns() + " with " + problem.edges()
                + " edges, minimise among maximum-cardinality matchings");
        out.println("matched rows: " + solution.matched());
        out.println("optimal cost: " + solution.totalCost());
        printTimes(out, parseNanos, solveNanos, cpuNanos);
        if (printAssignment) {
            StringBuilder lines = new StringBuilder(problem.rows() * 12);
            lines.append("assignment (row column, 1-based, - when unmatched):\n");
            int[] columnOfRow = solution.columnOfRow();
            for (int i = 0; i < columnOfRow.length; i++) {
                lines.append(i + 1).append(' ');
                if (columnOfRow[i] < 0) {
                    lines.append('-');
                } else {
                    lines.append(columnOfRow[i] + 1);
                }
                lines.append('\n');
            }
            out.print(lines);
        }
        return 0;
    }

    /** Thread CPU time of the solves: on a loaded machine it moves far less than the wall clock. */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static void printTimes(PrintStream out, long parseNanos, long[] solveNanos, long[] cpuNanos) {
        out.println("parse ms: " + millis(parseNanos));
        long[] sorted = solveNanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 1) {
            out.println("solve ms: " + millis(sorted[0]));
        } else {
            out.println("solve ms: " + millis(sorted[0]) + " (best of " + sorted.length + ", median "
                    + millis(sorted[sorted.length / 2]) + ", first " + millis(solveNanos[0]) + ")");
        }
        long[] cpuSorted = cpuNanos.clone();
        Arrays.sort(cpuSorted);
        out.println(
                "solve cpu ms: " + millis(cpuSorted[0]) + " (median " + millis(cpuSorted[cpuSorted.length / 2]) + ")");
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
