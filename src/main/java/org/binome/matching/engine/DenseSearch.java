package org.binome.matching.engine;

import java.util.Arrays;

/**
 * Shortest augmenting paths with a dense Dijkstra, the last phase of {@link IntCostAssignment}: every row reached is
 * read whole, in column order, in one pass that both relaxes the distances and picks the next column to settle (a
 * free one on equal distance). Row potentials are implicit, u = c - v on each assigned cell, which is what the other
 * phases of {@link IntCostAssignment} maintain; column potentials move by their slack after each search, so the path
 * becomes tight and every reduced cost stays non-negative.
 *
 * <p>Two loops, chosen by the caller. {@link #onPlateaus} stops a search at the first free column found at the
 * current distance, so large plateaus of equal cost end searches after a few rows. {@link #keyed} is the general one
 * and has no data-dependent branch on settled columns: a settled column's potential is lowered by {@link #HUGE} for
 * the rest of the search, so no row can improve its distance, and its distance is parked at {@link #SETTLED}, above
 * any real one, so it is never picked again; the distance is recorded aside for the dual update. Distances are kept
 * doubled plus one on busy columns ({@code 2·d + busy}, through doubled potentials {@code 2v - busy}), so the pick
 * is one comparison, a free column wins a tie, and the loop reads no more arrays than a plain Dijkstra. On rounded Euclidean
 * distances (half the rows reached read whole anyway) this took the dense phase from ~17–22 ms to ~10–13 ms CPU at
 * n = 500 and ~60–80 ms to ~45 ms at 1000 (2026-12-03, load 10–11).
 *
 * <p>The {@code int} loop ({@link #keyedInt}) goes one step further: its scan only takes element-wise minima (the new
 * distance of each column and the least of them), with no branch and no index to carry; a second, short loop then
 * finds the first column at that least distance (the same pick as before, ties included), and the predecessors of the
 * path's columns are found once the search ends ({@link #flipPathInt}) instead of being recorded on every improvement.
 * Rounded Euclidean distances, whole solve, thread CPU, same JVM runs side by side (2026-12-03, load 14): 12.0 → 8.4 ms
 * at n = 500, 45.5 → 34.5 ms at 1000, 440 → 395 ms at 2000. That loop was still scalar: C2 on JDK 17 vectorizes
 * neither {@code Math.min} on {@code int} nor a loop reading {@code c} at a loop-invariant offset (measured: 1.3 ns per
 * cell for {@code d[j] = base + 2c[off + j] - w[j]}, 0.13 ns for the same on a row of its own). So the row is now
 * copied first and the element-wise minimum is written with shifts and masks, which C2 vectorizes; the least distance
 * is a separate scalar loop. Interleaved with scipy, same rounds (2026-12-03, load 7–14): −21 to −26 % CPU at n = 500
 * and 1000, −13 % at 2000.
 */
final class DenseSearch {

    /**
     * Subtracted from a settled column's potential during a search. Distances and potentials stay below 2^50 for
     * {@code int} costs and n ≤ 46,340 (a path crosses at most n cells of spread ≤ 2^32), so base + c - v + HUGE
     * neither overflows nor falls below {@link #SETTLED}.
     */
    private static final long HUGE = 1L << 61;

    /** Distance parked on a settled column: above any real distance, so it never beats an unsettled column. */
    private static final long SETTLED = 1L << 60;

    private DenseSearch() {}

    /**
     * Assigns every free row from {@code firstRoot} on, with the branch-free pick described above.
     *
     * @param n rows
     * @param m columns (≥ n)
     * @param c row-major costs
     * @param v column potentials, feasible with the implicit row potentials; updated
     * @param colOfRow column of each row, -1 when free; updated
     * @param rowOfCol row of each column, -1 when free; updated
     */
    static void keyed(int n, int m, int[] c, long[] v, int[] colOfRow, int[] rowOfCol, int firstRoot) {
        int from = firstRoot;
        while (from < n && colOfRow[from] >= 0) {
            from++;
        }
        if (from == n) {
            return; // nothing left: no matrix scan, no arrays (wide 1..10^6 at 500 ends here)
        }
        long cMax = 0;
        for (int x : c) {
            cMax = Math.max(cMax, Math.abs((long) x));
        }
        if (cMax <= INT_LIMIT / 4) {
            from = keyedInt(n, m, c, v, colOfRow, rowOfCol, from, (int) cMax);
        }
        if (from < n) {
            keyedLong(n, m, c, v, colOfRow, rowOfCol, from);
        }
    }

    /**
     * Bound on {@code K = max |2c - w|} under which {@link #keyedInt} runs: every distance of a search then lies in
     * [-3K, 3K] (the first pick is at most K, picks never decrease, a row's base is a pick minus at most K, a relaxed
     * value a base plus at most K), so 3K &lt; {@link #SETTLED_INT} and a settled column, lowered by {@link #HUGE_INT},
     * stays above {@link #SETTLED_INT} and below 2^31.
     */
    private static final int INT_LIMIT = 1 << 27;

    private static final int HUGE_INT = 1 << 30;
    private static final int SETTLED_INT = 1 << 29;

    /**
     * Distance of a column no row has relaxed yet in a {@link #keyedInt} search (the root's row relaxes them all).
     * Every relaxed value lies in [-3K, 3K] on an unsettled column and in [HUGE_INT - 3K, HUGE_INT + 3K] on a settled
     * one, every stored distance in [-3K, UNREACHED_INT], so a relaxed value minus a stored distance stays within
     * ±(2^30 + 6K) &lt; 2^31 for K ≤ {@link #INT_LIMIT}: the branch-free minimum computes it exactly.
     */
    private static final int UNREACHED_INT = 1 << 30;

    /**
     * {@link #keyedLong} on {@code int} potentials and distances (half the memory traffic per column) while
     * {@code K = 2·cMax + max |w|} stays under {@link #INT_LIMIT}; checked before each search with a bound on |w|
     * kept up to date on the columns each search moves. Returns the first free row it left to the {@code long} loop
     * ({@code n} when it assigned them all), with {@code v} written back either way.
     */
    private static int keyedInt(
            int n, int m, int[] c, long[] v, int[] colOfRow, int[] rowOfCol, int firstRoot, int cMax) {
        long wMax = 0;
        for (int j = 0; j < m; j++) {
            wMax = Math.max(wMax, Math.abs(2 * v[j]) + 1);
        }
        if (2L * cMax + wMax > INT_LIMIT) {
            return firstRoot;
        }
        int[] w = new int[m];
        for (int j = 0; j < m; j++) {
            w[j] = (int) (2 * v[j] - (rowOfCol[j] >= 0 ? 1 : 0));
        }
        int[] d = new int[m];
        int[] row = new int[m];
        int[] settledAt = new int[m];
        int[] pred = new int[m];
        int[] order = new int[m];
        int[] rows = new int[m];
        int[] bases = new int[m];
        int[] stepOf = new int[m];
        int f = firstRoot;
        for (; f < n; f++) {
            if (colOfRow[f] >= 0) {
                continue;
            }
            if (2L * cMax + wMax > INT_LIMIT) {
                break;
            }
            Arrays.fill(d, UNREACHED_INT);
            int settledCount = 0;
            int i = f;
            int base = 0;
            int sink;
            int delta;
            while (true) {
                // The row is copied first: C2 (JDK 17) does not vectorize a loop that reads c at an offset.
                System.arraycopy(c, i * m, row, 0, m);
                for (int j = 0; j < m; j++) {
                    // d = min(d, relaxed) without a branch or Math.min (which C2 does not vectorize on JDK 17):
                    // gap & (gap >> 31) is gap when negative, 0 otherwise; no term overflows (see UNREACHED_INT).
                    int gap = base + (row[j] << 1) - w[j] - d[j];
                    d[j] += gap & (gap >> 31);
                }
                int best = Integer.MAX_VALUE;
                for (int j = 0; j < m; j++) {
                    best = Math.min(best, d[j]);
                }
                int next = 0;
                while (d[next] != best) {
                    next++;
                }
                rows[settledCount] = i;
                bases[settledCount] = base;
                stepOf[next] = settledCount;
                settledAt[settledCount] = best;
                order[settledCount++] = next;
                w[next] -= HUGE_INT;
                d[next] = SETTLED_INT;
                if ((best & 1) == 0) {
                    sink = next;
                    delta = best;
                    break;
                }
                i = rowOfCol[next];
                base = best - ((c[i * m + next] << 1) - (w[next] + HUGE_INT));
            }
            flipPathInt(m, c, w, rowOfCol, colOfRow, f, sink, rows, bases, stepOf, settledAt, pred);
            for (int k = 0; k < settledCount; k++) {
                int j = order[k];
                int moved = w[j] + HUGE_INT + ((settledAt[k] - delta) & ~1);
                w[j] = moved;
                wMax = Math.max(wMax, Math.abs((long) moved) + 1);
            }
            w[sink] -= 1;
        }
        for (int j = 0; j < m; j++) {
            v[j] = (w[j] + 1L) >> 1;
        }
        return f;
    }

    /**
     * Flips the augmenting path of a {@link #keyedInt} search, finding each path column's predecessor row afterwards
     * instead of recording it on every improvement (which made the scan branch on data): the predecessor of a settled
     * column is the first row scanned, up to the step that settled it, whose relaxation gave the column its final
     * distance (the row a strict-improvement record would have kept). Called before the dual update, while settled
     * columns still carry the {@link #HUGE_INT} offset.
     */
    private static void flipPathInt(
            int m,
            int[] c,
            int[] w,
            int[] rowOfCol,
            int[] colOfRow,
            int root,
            int sink,
            int[] rows,
            int[] bases,
            int[] stepOf,
            int[] settledAt,
            int[] pred) {
        for (int j = sink; ; ) {
            int target = settledAt[stepOf[j]];
            int wj = w[j] + HUGE_INT;
            int k = 0;
            while (bases[k] + (c[rows[k] * m + j] << 1) - wj != target) {
                k++;
            }
            pred[j] = rows[k];
            if (rows[k] == root) {
                break;
            }
            j = colOfRow[rows[k]];
        }
        IntCostAssignment.flipPath(pred, rowOfCol, colOfRow, root, sink);
    }

    /** The keyed loop on {@code long} potentials and distances, for any {@code int} costs. */
    private static void keyedLong(int n, int m, int[] c, long[] v, int[] colOfRow, int[] rowOfCol, int firstRoot) {
        // Doubled potentials carry the tie-break: w = 2v - busy, so base + 2c - w = 2d + busy is the pick's key itself.
        long[] w = new long[m];
        for (int j = 0; j < m; j++) {
            w[j] = 2 * v[j] - (rowOfCol[j] >= 0 ? 1 : 0);
        }
        long[] d = new long[m]; // 2·distance + busy
        long[] settledAt = new long[m];
        int[] pred = new int[m];
        int[] order = new int[m];
        for (int f = firstRoot; f < n; f++) {
            if (colOfRow[f] >= 0) {
                continue;
            }
            Arrays.fill(d, Long.MAX_VALUE);
            int settledCount = 0;
            int i = f;
            long base = 0; // 2·(distance of the row reached minus its potential): even
            int sink;
            long delta;
            while (true) {
                int off = i * m;
                long best = Long.MAX_VALUE;
                int next = -1;
                for (int j = 0; j < m; j++) {
                    long r = base + ((long) c[off + j] << 1) - w[j];
                    long dj = d[j];
                    if (r < dj) {
                        d[j] = r;
                        pred[j] = i;
                        dj = r;
                    }
                    if (dj < best) {
                        best = dj;
                        next = j;
                    }
                }
                settledAt[settledCount] = best;
                order[settledCount++] = next;
                w[next] -= HUGE;
                d[next] = SETTLED;
                if ((best & 1) == 0) {
                    sink = next;
                    delta = best;
                    break;
                }
                i = rowOfCol[next];
                base = best - (((long) c[i * m + next] << 1) - (w[next] + HUGE));
            }
            for (int k = 0; k < settledCount; k++) {
                // 2·(d - delta) + busy, the busy bit cleared: w moves by twice the slack, v by the slack.
                w[order[k]] += HUGE + ((settledAt[k] - delta) & ~1L);
            }
            w[sink] -= 1; // busy from now on
            IntCostAssignment.flipPath(pred, rowOfCol, colOfRow, f, sink);
        }
        for (int j = 0; j < m; j++) {
            v[j] = (w[j] + 1) >> 1; // w = 2v - 1 on busy columns, 2v on free ones
        }
    }

    /**
     * Assigns every free row from {@code firstRoot} on, ending each search at the first free column found at the
     * distance of the last column settled (nothing can be closer), so plateaus of equal cost end searches early.
     * Parameters as for {@link #keyed}.
     */
    static void onPlateaus(int n, int m, int[] c, long[] v, int[] colOfRow, int[] rowOfCol, int firstRoot) {
        long[] d = new long[m];
        int[] pred = new int[m];
        boolean[] settled = new boolean[m];
        int[] order = new int[m];
        for (int f = firstRoot; f < n; f++) {
            if (colOfRow[f] >= 0) {
                continue;
            }
            Arrays.fill(d, Long.MAX_VALUE);
            int settledCount = 0;
            int i = f;
            long base = 0; // distance of the row reached, minus its potential
            long reached = Long.MIN_VALUE; // distance of the last column settled
            int sink;
            long delta;
            while (true) {
                int off = i * m;
                long lowest = Long.MAX_VALUE;
                int next = -1;
                boolean nextFree = false;
                for (int j = 0; j < m; j++) {
                    if (settled[j]) {
                        continue;
                    }
                    long r = base + c[off + j] - v[j];
                    long dj = d[j];
                    if (r < dj) {
                        d[j] = r;
                        pred[j] = i;
                        dj = r;
                    }
                    if (dj <= lowest) {
                        boolean free = rowOfCol[j] < 0;
                        if (dj < lowest || (free && !nextFree)) {
                            lowest = dj;
                            next = j;
                            nextFree = free;
                            if (free && dj == reached) {
                                break; // nothing can be closer than the last settled column
                            }
                        }
                    }
                }
                settled[next] = true;
                order[settledCount++] = next;
                if (nextFree) {
                    sink = next;
                    delta = lowest;
                    break;
                }
                i = rowOfCol[next];
                reached = lowest;
                base = lowest - (c[i * m + next] - v[next]);
            }
            for (int k = 0; k < settledCount; k++) {
                int j = order[k];
                v[j] += d[j] - delta;
                settled[j] = false;
            }
            IntCostAssignment.flipPath(pred, rowOfCol, colOfRow, f, sink);
        }
    }
}
