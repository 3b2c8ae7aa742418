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
