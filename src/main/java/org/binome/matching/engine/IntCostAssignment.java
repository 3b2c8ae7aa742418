package org.binome.matching.engine;

import java.util.Arrays;

/**
 * Exact minimum-cost assignment for dense integer cost matrices, every row assigned to a distinct column.
 *
 * <p>This is the exact-integer path used by the command line and the benchmarks: costs are kept as {@code int} so a
 * 5000×5000 matrix is 100 MB and each row scan reads half the memory of a {@code double} matrix, while potentials and
 * distances are {@code long} so no intermediate sum can overflow.
 *
 * <p>Algorithm (Jonker–Volgenant family, written for this project): a square matrix first gets column reduction and
 * two passes of augmenting row reduction, which assign most rows cheaply; the remaining free rows are assigned one
 * by one along shortest augmenting paths (Dijkstra on reduced costs, potentials kept dual-feasible). Rectangular
 * matrices skip the reductions, whose column potentials would not be valid for columns that stay free, and start
 * from a row reduction instead. The procedure is sequential with fixed scan orders, so equal inputs give equal
 * outputs, ties included.
 */
public final class IntCostAssignment {

    private IntCostAssignment() {}

    /**
     * Solves the assignment problem.
     *
     * @param rows number of rows; must not exceed {@code columns}, as every row is assigned
     * @param columns number of columns
     * @param costs row-major costs, {@code costs[row * columns + column]}; read only, never copied
     * @return the optimal assignment and its exact total
     * @throws IllegalArgumentException when the sizes are inconsistent or there are more rows than columns
     */
    public static LapSolution solve(int rows, int columns, int[] costs) {
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("sizes must not be negative: " + rows + "×" + columns);
        }
        if (rows > columns) {
            throw new IllegalArgumentException(
                    "every row must get its own column, but there are " + rows + " rows and " + columns + " columns");
        }
        if (costs == null || (long) rows * columns != costs.length) {
            throw new IllegalArgumentException("expected " + ((long) rows * columns) + " costs for a " + rows + "×"
                    + columns + " matrix, got " + (costs == null ? "null" : costs.length));
        }
        return new Run(rows, columns, costs).solve();
    }

    /** Mutable state of one solve, kept in flat arrays so the hot loops touch no objects. */
    private static final class Run {
        private final int n;
        private final int m;
        private final int[] c;
        private final long[] u;
        private final long[] v;
        private final int[] colOfRow;
        private final int[] rowOfCol;

        Run(int n, int m, int[] c) {
            this.n = n;
            this.m = m;
            this.c = c;
            this.u = new long[n];
            this.v = new long[m];
            this.colOfRow = new int[n];
            this.rowOfCol = new int[m];
            Arrays.fill(colOfRow, -1);
            Arrays.fill(rowOfCol, -1);
        }

        LapSolution solve() {
            if (n == 0) {
                return new LapSolution(new int[0], 0);
            }
            if (n == m) {
                columnReduction();
                augmentingRowReduction();
                augmentingRowReduction();
            } else {
                rowReduction();
            }
            shortestAugmentingPaths();
            long total = 0;
            for (int i = 0; i < n; i++) {
                total += c[i * m + colOfRow[i]];
            }
            return new LapSolution(colOfRow, total);
        }

        /** v = column minima; each column goes to its minimising row if that row is still free. Duals stay feasible. */
        private void columnReduction() {
            int[] argMin = new int[m];
            long[] min = v;
            Arrays.fill(min, Long.MAX_VALUE);
            for (int i = 0; i < n; i++) {
                int off = i * m;
                for (int j = 0; j < m; j++) {
                    int cost = c[off + j];
                    if (cost < min[j]) {
                        min[j] = cost;
                        argMin[j] = i;
                    }
                }
            }
            // Scanning columns from the last one mirrors the classic procedure; any fixed order would be correct.
            for (int j = m - 1; j >= 0; j--) {
                int i = argMin[j];
                if (colOfRow[i] < 0) {
                    colOfRow[i] = j;
                    rowOfCol[j] = i;
                }
            }
            for (int i = 0; i < n; i++) {
                if (colOfRow[i] >= 0) {
                    u[i] = c[i * m + colOfRow[i]] - v[colOfRow[i]];
                }
            }
        }

        /** u = row minima with v = 0, valid for rectangular matrices because free columns keep a zero potential. */
        private void rowReduction() {
            for (int i = 0; i < n; i++) {
                int off = i * m;
                int best = -1;
                long min = Long.MAX_VALUE;
                for (int j = 0; j < m; j++) {
                    if (c[off + j] < min) {
                        min = c[off + j];
                        best = j;
                    }
                }
                u[i] = min;
                if (rowOfCol[best] < 0) {
                    rowOfCol[best] = i;
                    colOfRow[i] = best;
                }
            }
        }

        /**
         * Gives each free row its cheapest column, lowering that column's potential by the gap to the second
         * cheapest so the assignment stays dual-feasible; a displaced row is retried at once when the gap was
         * positive. Work is capped so a pathological instance cannot loop for long: whatever is still free is
         * handled by the exact shortest-path phase, which only needs feasible duals.
         */
        private void augmentingRowReduction() {
            int[] free = new int[n];
            int freeCount = 0;
            for (int i = 0; i < n; i++) {
                if (colOfRow[i] < 0) {
                    free[freeCount++] = i;
                }
            }
            int next = 0;
            int stillFree = 0;
            long budget = 8L * n + 1000;
            while (next < freeCount) {
                int i = free[next++];
                if (--budget < 0) {
                    free[stillFree++] = i;
                    continue;
                }
                int off = i * m;
                long u1 = Long.MAX_VALUE;
                long u2 = Long.MAX_VALUE;
                int j1 = -1;
                int j2 = -1;
                for (int j = 0; j < m; j++) {
                    long h = c[off + j] - v[j];
                    if (h < u2) {
                        if (h < u1) {
                            u2 = u1;
                            j2 = j1;
                            u1 = h;
                            j1 = j;
                        } else {
                            u2 = h;
                            j2 = j;
                        }
                    }
                }
                int displaced = rowOfCol[j1];
                if (j2 < 0) {
                    // A single column: nothing to compare with, the row simply takes it.
                    u2 = u1;
                } else if (u1 < u2) {
                    v[j1] -= u2 - u1;
                } else if (displaced >= 0) {
                    // Tie: take the second column instead, which costs nothing and may be free.
                    j1 = j2;
                    displaced = rowOfCol[j1];
                }
                if (displaced >= 0) {
                    colOfRow[displaced] = -1;
                }
                colOfRow[i] = j1;
                rowOfCol[j1] = i;
                u[i] = c[off + j1] - v[j1];
                if (displaced >= 0) {
                    if (u1 < u2) {
                        free[--next] = displaced;
                    } else {
                        free[stillFree++] = displaced;
                    }
                }
            }
            // Rows displaced on ties were parked at the front of the array; nothing else to do until the next pass.
            fixDualsOfAssignedRows();
        }

        /** After lowering column potentials, recompute u so assigned cells are tight (u = c - v on the match). */
        private void fixDualsOfAssignedRows() {
            for (int i = 0; i < n; i++) {
                int j = colOfRow[i];
                if (j >= 0) {
                    u[i] = c[i * m + j] - v[j];
                }
            }
        }

        private void shortestAugmentingPaths() {
            long[] dist = new long[m];
            int[] pred = new int[m];
            int[] unscanned = new int[m];
            int[] scanned = new int[m];
            for (int root = 0; root < n; root++) {
                if (colOfRow[root] >= 0) {
                    continue;
                }
                Arrays.fill(dist, Long.MAX_VALUE);
                for (int j = 0; j < m; j++) {
                    unscanned[j] = j;
                }
                int remaining = m;
                int scannedCount = 0;
                long base = 0;
                int i = root;
                int sink;
                while (true) {
                    long ui = u[i];
                    int off = i * m;
                    long lowest = Long.MAX_VALUE;
                    int lowestAt = -1;
                    for (int k = 0; k < remaining; k++) {
                        int j = unscanned[k];
                        long r = base + c[off + j] - ui - v[j];
                        long dj = dist[j];
                        if (r < dj) {
                            dist[j] = r;
                            pred[j] = i;
                            dj = r;
                        }
                        // On equal distance prefer a free column: the search can stop right there.
                        if (dj < lowest || (dj == lowest && rowOfCol[j] < 0)) {
                            lowest = dj;
                            lowestAt = k;
                        }
                    }
                    int j = unscanned[lowestAt];
                    unscanned[lowestAt] = unscanned[--remaining];
                    base = lowest;
                    if (rowOfCol[j] < 0) {
                        sink = j;
                        break;
                    }
                    scanned[scannedCount++] = j;
                    i = rowOfCol[j];
                }
                long delta = base;
                u[root] += delta;
                for (int k = 0; k < scannedCount; k++) {
                    int j = scanned[k];
                    long gap = delta - dist[j];
                    v[j] -= gap;
                    u[rowOfCol[j]] += gap;
                }
                int j = sink;
                while (true) {
                    int r = pred[j];
                    rowOfCol[j] = r;
                    int previous = colOfRow[r];
                    colOfRow[r] = j;
                    if (r == root) {
                        break;
                    }
                    j = previous;
                }
            }
        }
    }
}
