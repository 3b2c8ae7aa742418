// Over 400 lines: one algorithm on one set of arrays (reductions, list searches, dual updates); see the class comment.
package org.binome.matching.engine;

import java.util.Arrays;

/**
 * Exact minimum-cost assignment for dense integer cost matrices, every row assigned to a distinct column.
 *
 * <p>This is the exact-integer path used by the command line and the benchmarks: costs are kept as {@code int} so a
 * 5000×5000 matrix is 100 MB and each full row scan reads half the memory of a {@code double} matrix, while potentials
 * and distances are {@code long} so no intermediate sum can overflow.
 *
 * <p>Algorithm (Jonker–Volgenant family, written for this project): a square matrix first gets column reduction and
 * two passes of augmenting row reduction, which assign most rows cheaply; the remaining free rows are assigned one
 * by one along shortest augmenting paths (Dijkstra on reduced costs, potentials kept dual-feasible). The searches keep
 * for each row a short list of its cheapest columns and a lower bound for all the others, and read a whole row again
 * only when that bound becomes the nearest thing in the queue; this keeps the result exact while most rows are only
 * ever scanned on a few columns. When many rows reached run out of candidates anyway (rounded Euclidean distances),
 * short rows hand over to the dense search of {@link DenseSearch} and long rows get longer lists. Rectangular matrices skip the reductions, whose column potentials would not be valid
 * for columns that stay free, and start from a row reduction instead. Square matrices whose column minima all fall on
 * a few rows (every row prefers the same columns, as with products {@code a_i·b_j} or Machol–Wien's {@code i·j}) get a
 * start read off their sorted order instead ({@code mongeAssignment}, {@code Run.sortedStart}). The procedure is
 * sequential with fixed scan and tie-breaking orders, so equal inputs give equal outputs, ties included.
 *
 * <p>Over 400 lines because it is one algorithm: the reductions, the list searches and their dual updates work on the
 * same arrays of potentials, distances and predecessors; split further they would hand those arrays back and forth,
 * and the proof that the potentials stay feasible would be spread over several files. The dense search, which only
 * needs the costs, the column potentials and the assignment, is in {@link DenseSearch}.
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
        return solve(rows, columns, costs, LIST_SIZE);
    }

    /** Columns each row keeps in its candidate list during the search; see {@link Run#shortestAugmentingPaths}. */
    static final int LIST_SIZE = 8;

    /** The greedy start at the global minimum is tried when that minimum appears at least this many times per row. */
    static final int GREEDY_MIN_COUNT = 8;

    /** Rows on which that frequency is measured. */
    static final int GREEDY_SAMPLE_ROWS = 64;

    /**
     * Searches run with candidate lists before checking whether many rows reached had to be read whole (the first
     * searches are short and read few rows whole on any instance).
     */
    static final int SWITCH_CHECK = 8;

    /**
     * Many whole-row reads: more than one row in this many reached by the list searches (counted from the first
     * search) had to be read whole. Rounded Euclidean distances pass it after 8–12 searches at n = 500 and 1000 (5–17 %
     * by then, one in two by the end); uniform, wide and products-plus-noise costs stay at 0–5 % all along (measured
     * 2026-12-03 on the benchmark instances), so they keep the lists as they are.
     */
    static final int SWITCH_FULL_READS = 10;

    /**
     * With many whole-row reads, rows up to this long hand over to the dense search ({@link DenseSearch#keyed}: at
     * 500–2000 it is as fast or faster than the lists there); longer rows instead get lists {@link #LIST_GROWTH}
     * times longer, and hand over only if more than one row in two is still read whole after that. A dense search
     * reads every row it reaches, and the longer the rows the more the lists save: at n = 5000 rounded Euclidean
     * distances took 3.0 s CPU with lists of 8 and the dense search, 1.8 s with lists of 32 (2026-12-03).
     */
    static final int SHORT_ROWS = 2048;

    /** How much longer the lists get when long rows are read whole too often; see {@link #SHORT_ROWS}. */
    static final int LIST_GROWTH = 4;

    /** Same as {@link #solve(int, int, int[])} with a chosen list size, so tests can make lists run out often. */
    static LapSolution solve(int rows, int columns, int[] costs, int listSize) {
        return solveWith(rows, columns, costs, listSize, ADAPTIVE);
    }

    private static void check(int rows, int columns, int[] costs) {
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
    }

    /** Search strategies; only tests and benchmarks choose one other than {@link #ADAPTIVE}. */
    static final int ADAPTIVE = 0;

    static final int LAZY_ONLY = 1;
    static final int DENSE_ONLY = 2;
    static final int DENSE_ONLY_WITHOUT_GREEDY = 3;
    /** Adaptive searches after {@link Run#sortedStart}, whatever the matrix (square ones only). */
    static final int SORTED_START = 4;

    /**
     * The Monge test and the sorted start replace column reduction when fewer than one row in this many holds a column
     * minimum: the columns' minima then sit on a few rows, which is what "every row prefers the same columns" looks
     * like (exact products of positive factors and Machol–Wien have them all on one row or a few equal rows).
     */
    static final int SHARED_MINIMA = 8;

    /** Same as {@link #solve(int, int, int[])} with a chosen strategy, so tests can check each one against the others. */
    static LapSolution solveWith(int rows, int columns, int[] costs, int listSize, int mode) {
        check(rows, columns, costs);
        return new Run(rows, columns, costs).solve(listSize, mode);
    }

    /**
     * Flips an augmenting path: from the sink column back to the root row, each row on the path takes the column that
     * led the search to it ({@code pred}), so the root gets matched and every other row keeps one column.
     */
    static void flipPath(int[] pred, int[] rowOfCol, int[] colOfRow, int root, int sink) {
        int j = sink;
        while (true) {
            int r = pred[j];
            rowOfCol[j] = r;
            int previous = colOfRow[r];
            colOfRow[r] = j;
            if (r == root) {
                return;
            }
            j = previous;
        }
    }

    /**
     * The optimal assignment of a square matrix that is a Monge matrix once its rows and columns are sorted, or null.
     *
     * <p>A matrix is Monge when {@code c[i][j] + c[k][l] <= c[i][l] + c[k][j]} for all {@code i < k, j < l}; then the
     * identity is an optimal assignment (exchange argument: any crossing pair of a permutation can be uncrossed
     * without raising the cost; Hoffman 1963). Matrices where every row prefers the same columns in the same order,
     * such as products {@code a_i·b_j} of positive numbers or Machol–Wien's {@code i·j}, are Monge after sorting their
     * columns by decreasing column minimum and their rows by increasing cost in the column whose minimum is largest;
     * the shortest-path searches are at their slowest there (every search reaches most rows). The test is exact:
     * every adjacent 2×2 inequality (which together imply all the others) is checked in {@code long} arithmetic in
     * the sorted order, and the first violation, which on other matrices comes after a handful of cells, returns
     * null so the general solver runs. Ties in the sort keys are broken by index, so equal inputs give equal outputs.
     *
     * @param columnMinima each column's least cost
     */
    static int[] mongeAssignment(int n, int[] c, long[] columnMinima) {
        if (n < 2) {
            return null;
        }
        int[][] order = sortedOrder(n, c, columnMinima);
        int[] row = order[0];
        int[] column = order[1];
        for (int k = 0; k + 1 < n; k++) {
            int upper = row[k] * n;
            int lower = row[k + 1] * n;
            for (int l = 0; l + 1 < n; l++) {
                int left = column[l];
                int right = column[l + 1];
                if ((long) c[upper + left] + c[lower + right] > (long) c[upper + right] + c[lower + left]) {
                    return null;
                }
            }
        }
        int[] columnOfRow = new int[n];
        for (int k = 0; k < n; k++) {
            columnOfRow[row[k]] = column[k];
        }
        return columnOfRow;
    }

    /**
     * Rows by increasing cost in the column whose minimum is largest, and columns by decreasing minimum, ties by
     * index: the order in which a matrix whose rows all prefer the same columns is closest to Monge (see
     * {@link #mongeAssignment}). Returns {rows, columns}.
     */
    private static int[][] sortedOrder(int n, int[] c, long[] columnMinima) {
        long[] keys = new long[n];
        int largest = 0;
        for (int j = 0; j < n; j++) {
            // ~min reverses the order without overflow; the index in the low half breaks ties.
            keys[j] = ((long) ~(int) columnMinima[j] << 32) | j;
            if (columnMinima[j] > columnMinima[largest]) {
                largest = j;
            }
        }
        Arrays.sort(keys);
        int[] column = new int[n];
        for (int k = 0; k < n; k++) {
            column[k] = (int) keys[k];
        }
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) c[i * n + largest] << 32) | i;
        }
        Arrays.sort(keys);
        int[] row = new int[n];
        for (int k = 0; k < n; k++) {
            row[k] = (int) keys[k];
        }
        return new int[][] {row, column};
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

        LapSolution solve(int listSize, int mode) {
            if (n == 0) {
                return new LapSolution(new int[0], 0);
            }
            int[] argMin = n == m ? columnMinima() : null;
            boolean plateau = mode != DENSE_ONLY_WITHOUT_GREEDY && mode != SORTED_START && greedyAtGlobalMinimum();
            // Without a plateau (whose greedy start handles ties, and which changes nothing when it fails), column
            // minima falling on the same few rows mean every row prefers the same columns: only then are the sorts of
            // the Monge test and of the sorted start worth their cost (on other matrices they cost about a millisecond
            // at n = 500, measured).
            boolean shared = n == m
                    && n >= 2
                    && !plateau
                    && (mode == SORTED_START || (mode == ADAPTIVE && distinctRows(argMin) * SHARED_MINIMA < n));
            if (shared && mode == ADAPTIVE) {
                int[] sorted = mongeAssignment(n, c, v);
                if (sorted != null) {
                    System.arraycopy(sorted, 0, colOfRow, 0, n);
                    return new LapSolution(colOfRow, totalOf(colOfRow));
                }
            }
            if (shared) {
                sortedStart();
            } else if (!plateau) {
                if (n == m) {
                    columnReduction(argMin);
                    augmentingRowReduction();
                    augmentingRowReduction();
                } else {
                    rowReduction();
                }
            }
            if (mode == LAZY_ONLY) {
                shortestAugmentingPaths(listSize, Integer.MAX_VALUE);
            } else if (mode == DENSE_ONLY || mode == DENSE_ONLY_WITHOUT_GREEDY || plateau) {
                // On plateaus the dense search stops at the first free column at the current distance.
                denseAugmentingPaths(0, plateau);
            } else {
                denseAugmentingPaths(shortestAugmentingPaths(listSize, SWITCH_CHECK), false);
            }
            return new LapSolution(colOfRow, totalOf(colOfRow));
        }

        private int distinctRows(int[] rowOfEachColumn) {
            boolean[] seen = new boolean[n];
            int distinct = 0;
            for (int i : rowOfEachColumn) {
                if (!seen[i]) {
                    seen[i] = true;
                    distinct++;
                }
            }
            return distinct;
        }

        /**
         * Duals and a partial assignment read off the sorted order of {@link #sortedOrder}, for square matrices whose
         * columns all have their minimum on a few rows (every row prefers the same columns, but not exactly Monge, e.g.
         * products plus noise). Column reduction starts such matrices with column potentials of the wrong spread:
         * {@code v_j = min_i c_ij} moves with the cheapest row's preferences, while at the optimum the potentials move
         * with those of the row that gets the column, so every later search must reach most rows to correct them.
         * Here, along the sorted diagonal (row k with column k, the optimum of the Monge matrix the instance is close
         * to), each diagonal cell and the cell to its right are made tight, which gives the optimal duals of a Monge
         * matrix; then v is lowered to make every reduced cost non-negative and u raised to the row minima (both exact
         * passes), and each diagonal cell that is still tight is assigned. The searches complete the assignment from
         * these feasible duals, so the result is exactly optimal whatever the matrix.
         */
        private void sortedStart() {
            int[][] order = sortedOrder(n, c, v);
            int[] row = order[0];
            int[] column = order[1];
            long potential = 0;
            for (int k = 0; k < n; k++) {
                int off = row[k] * m;
                v[column[k]] = potential;
                u[row[k]] = c[off + column[k]] - potential;
                if (k + 1 < n) {
                    potential = c[off + column[k + 1]] - u[row[k]];
                }
            }
            long[] lowest = new long[m];
            Arrays.fill(lowest, Long.MAX_VALUE);
            for (int i = 0; i < n; i++) {
                int off = i * m;
                long ui = u[i];
                for (int j = 0; j < m; j++) {
                    long h = c[off + j] - ui;
                    if (h < lowest[j]) {
                        lowest[j] = h;
                    }
                }
            }
            System.arraycopy(lowest, 0, v, 0, m);
            for (int k = 0; k < n; k++) {
                int i = row[k];
                int off = i * m;
                long min = Long.MAX_VALUE;
                for (int j = 0; j < m; j++) {
                    long h = c[off + j] - v[j];
                    if (h < min) {
                        min = h;
                    }
                }
                u[i] = min;
                int j = column[k];
                if (c[off + j] - v[j] == min) {
                    colOfRow[i] = j;
                    rowOfCol[j] = i;
                }
            }
        }

        private long totalOf(int[] columnOfRow) {
            long total = 0;
            for (int i = 0; i < n; i++) {
                total += c[i * m + columnOfRow[i]];
            }
            return total;
        }

        /** v = column minima; each column goes to its minimising row if that row is still free. Duals stay feasible. */
        /** v = column minima; returns the row of each minimum (the first one). */
        private int[] columnMinima() {
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
            return argMin;
        }

        /** With v holding the column minima: each column goes to its minimising row if that row is still free. */
        private void columnReduction(int[] argMin) {
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

        /**
         * Gives rows a column at the smallest cost of the whole matrix while one is free, stopping each row's scan at
         * the first such column. With v = 0 and u = that minimum for the rows placed, the duals are feasible and
         * tight, so the searches can finish the job. Tried only when the minimum is frequent (costs with large
         * plateaus, such as a few discrete levels); returns false, changing nothing, otherwise.
         */
        private boolean greedyAtGlobalMinimum() {
            long min = Long.MAX_VALUE;
            if (n == m) {
                for (long columnMin : v) { // the column minima, already computed
                    min = Math.min(min, columnMin);
                }
            } else {
                for (int k = 0, size = n * m; k < size; k++) {
                    min = Math.min(min, c[k]);
                }
            }
            // How frequent the minimum is, judged on the first rows only: a whole-matrix count would cost a pass.
            int sampled = Math.min(n, GREEDY_SAMPLE_ROWS);
            long count = 0;
            for (int k = 0, size = sampled * m; k < size; k++) {
                count += c[k] == min ? 1 : 0;
            }
            if (count < (long) GREEDY_MIN_COUNT * sampled) {
                return false;
            }
            Arrays.fill(v, 0);
            for (int i = 0; i < n; i++) {
                int off = i * m;
                for (int j = 0; j < m; j++) {
                    if (c[off + j] == min && rowOfCol[j] < 0) {
                        rowOfCol[j] = i;
                        colOfRow[i] = j;
                        u[i] = min;
                        break;
                    }
                }
            }
            return true;
        }

        /** The dense phase ({@link DenseSearch}): the plateau loop after the greedy start, the keyed one otherwise. */
        private void denseAugmentingPaths(int firstRoot, boolean plateau) {
            if (plateau) {
                DenseSearch.onPlateaus(n, m, c, v, colOfRow, rowOfCol, firstRoot);
            } else {
                DenseSearch.keyed(n, m, c, v, colOfRow, rowOfCol, firstRoot);
            }
        }

        /*
         * Shortest augmenting paths with lazy candidate lists.
         *
         * A dense Dijkstra scans all m columns for every row it reaches, which is what makes large instances slow:
         * at n = 5000 about 900 searches reach 180 rows each. Here each row instead keeps the LIST_SIZE columns of
         * least c - v ("its list") and a floor: the least c - v among all its other columns. Column potentials only
         * ever decrease and row potentials only increase, so for a row reached at distance d, no column outside its
         * list can be closer than d + floor - u. The search keeps that bound in its queue as a "row event" beside the
         * column distances; when a row event reaches the front of the queue, the row's list is rebuilt from the
         * current potentials (and the bound rises), or, if that was already done in this search, the row is relaxed
         * against every column. A sink is therefore only accepted when no path through an unexamined cell could be
         * shorter: the result is exactly optimal, and the whole matrix is read only for rows whose lists run out.
         */

        private int listSize;
        private int[] list;
        private int[] listLength;
        private long[] floor;
        private long[] selection;

        private long[] dist;
        private int[] pred;
        private boolean[] done;
        private int[] touched;
        private int touchedCount;
        private long[] rowDist;
        private int[] rebuiltIn;
        private int[] relaxedFullyIn;
        private final EventQueue queue = new EventQueue();

        private int shortestAugmentingPaths(int requestedListSize, int switchCheck) {
            listSize = Math.max(1, Math.min(requestedListSize, m));
            list = new int[n * listSize];
            listLength = new int[n];
            Arrays.fill(listLength, -1);
            floor = new long[n];
            selection = new long[listSize];
            dist = new long[m];
            Arrays.fill(dist, Long.MAX_VALUE);
            pred = new int[m];
            done = new boolean[m];
            touched = new int[m];
            rowDist = new long[n];
            rebuiltIn = new int[n];
            relaxedFullyIn = new int[n];
            int[] scanned = new int[m];
            int search = 0;
            long checkAt = switchCheck;
            boolean grown = false;
            for (int root = 0; root < n; root++) {
                if (colOfRow[root] >= 0) {
                    continue;
                }
                if (search >= checkAt && fullReads * (grown ? 2 : SWITCH_FULL_READS) > rowsReached) {
                    if (m <= SHORT_ROWS || grown) {
                        // Many rows reached need a whole-row read anyway: the lists only add queue work, so the plain
                        // dense search takes over for the remaining rows (same duals, so exactness is unaffected).
                        return root;
                    }
                    growLists();
                    grown = true;
                    checkAt = search + switchCheck;
                }
                search++;
                touchedCount = 0;
                queue.clear();
                int scannedCount = 0;
                rowDist[root] = 0;
                relaxList(root);
                int sink;
                long delta;
                while (true) {
                    long key = queue.topKey();
                    int item = queue.topItem();
                    queue.pop();
                    if (item >= 0) {
                        if (done[item] || key > dist[item]) {
                            continue; // an entry superseded by a shorter distance
                        }
                        done[item] = true;
                        if (rowOfCol[item] < 0) {
                            sink = item;
                            delta = key;
                            break;
                        }
                        scanned[scannedCount++] = item;
                        int row = rowOfCol[item];
                        rowDist[row] = key;
                        relaxList(row);
                    } else {
                        int row = -1 - item;
                        if (relaxedFullyIn[row] == search || key != rowDist[row] + floor[row] - u[row]) {
                            continue; // the list was rebuilt since this bound was queued
                        }
                        if (rebuiltIn[row] == search) {
                            relaxedFullyIn[row] = search;
                            relaxAll(row);
                        } else {
                            rebuiltIn[row] = search;
                            fullReads++;
                            rebuildList(row);
                            relaxList(row);
                        }
                    }
                }
                u[root] += delta;
                for (int k = 0; k < scannedCount; k++) {
                    int j = scanned[k];
                    long gap = delta - dist[j];
                    v[j] -= gap;
                    u[rowOfCol[j]] += gap;
                }
                for (int k = 0; k < touchedCount; k++) {
                    dist[touched[k]] = Long.MAX_VALUE;
                    done[touched[k]] = false;
                }
                flipPath(pred, rowOfCol, colOfRow, root, sink);
            }
            return n;
        }

        /**
         * Makes every list {@link #LIST_GROWTH} times longer (up to the row length): each is rebuilt the next time its
         * row is reached, since the floor of a short list does not bound a longer one. The whole-row read counts
         * restart, so the next check judges the longer lists alone.
         */
        private void growLists() {
            listSize = Math.min(m, listSize * LIST_GROWTH);
            list = new int[n * listSize];
            selection = new long[listSize];
            Arrays.fill(listLength, -1);
            rowsReached = 0;
            fullReads = 0;
        }

        /** Rows whose list was relaxed, and rows read whole (list rebuilt or full relaxation), over all searches. */
        private long rowsReached;

        private long fullReads;

        /** Relaxes the row's list from its distance in this search and queues the bound for everything else. */
        private void relaxList(int i) {
            rowsReached++;
            if (listLength[i] < 0) {
                rebuildList(i);
            }
            long base = rowDist[i] - u[i];
            int off = i * m;
            int start = i * listSize;
            for (int k = start, end = start + listLength[i]; k < end; k++) {
                int j = list[k];
                relax(i, j, base + c[off + j] - v[j]);
            }
            if (floor[i] != Long.MAX_VALUE) {
                queue.push(rowDist[i] + floor[i] - u[i], -1 - i);
            }
        }

        private void relaxAll(int i) {
            fullReads++;
            long base = rowDist[i] - u[i];
            int off = i * m;
            for (int j = 0; j < m; j++) {
                relax(i, j, base + c[off + j] - v[j]);
            }
        }

        private void relax(int i, int j, long distance) {
            if (!done[j] && distance < dist[j]) {
                if (dist[j] == Long.MAX_VALUE) {
                    touched[touchedCount++] = j;
                }
                dist[j] = distance;
                pred[j] = i;
                queue.push(distance, j);
            }
        }

        /** Keeps the listSize columns of least c - v, in increasing order; the floor is the least of the others. */
        private void rebuildList(int i) {
            int off = i * m;
            int start = i * listSize;
            int size = 0;
            long threshold = Long.MAX_VALUE;
            long rest = Long.MAX_VALUE;
            for (int j = 0; j < m; j++) {
                long h = c[off + j] - v[j];
                if (h >= threshold) {
                    rest = Math.min(rest, h);
                    continue;
                }
                int k;
                if (size < listSize) {
                    k = size++;
                } else {
                    rest = Math.min(rest, selection[listSize - 1]); // the last one drops out of the list
                    k = listSize - 1;
                }
                while (k > 0 && selection[k - 1] > h) {
                    selection[k] = selection[k - 1];
                    list[start + k] = list[start + k - 1];
                    k--;
                }
                selection[k] = h;
                list[start + k] = j;
                if (size == listSize) {
                    threshold = selection[listSize - 1];
                }
            }
            listLength[i] = size;
            floor[i] = rest;
        }

        /**
         * Binary min-heap of (distance, item); an item is a column (>= 0) or a row's bound (-1 - row). On equal
         * distance a free column comes first (the search can stop there), then other columns, then row bounds
         * (a bound equal to the best sink's distance cannot beat it), then lower indices, so results are
         * deterministic.
         */
        private final class EventQueue {
            private long[] keys = new long[1024];
            private int[] items = new int[1024];
            private int size;

            void clear() {
                size = 0;
            }

            long topKey() {
                return keys[0];
            }

            int topItem() {
                return items[0];
            }

            private int rank(int item) {
                return item < 0 ? 2 : rowOfCol[item] < 0 ? 0 : 1;
            }

            private boolean before(long keyA, int itemA, long keyB, int itemB) {
                if (keyA != keyB) {
                    return keyA < keyB;
                }
                int rankA = rank(itemA);
                int rankB = rank(itemB);
                return rankA != rankB ? rankA < rankB : itemA < itemB;
            }

            void push(long key, int item) {
                if (size == keys.length) {
                    keys = Arrays.copyOf(keys, size * 2);
                    items = Arrays.copyOf(items, size * 2);
                }
                int k = size++;
                while (k > 0) {
                    int parent = (k - 1) >>> 1;
                    if (!before(key, item, keys[parent], items[parent])) {
                        break;
                    }
                    keys[k] = keys[parent];
                    items[k] = items[parent];
                    k = parent;
                }
                keys[k] = key;
                items[k] = item;
            }

            void pop() {
                long key = keys[--size];
                int item = items[size];
                int k = 0;
                int half = size >>> 1;
                while (k < half) {
                    int child = 2 * k + 1;
                    int right = child + 1;
                    if (right < size && before(keys[right], items[right], keys[child], items[child])) {
                        child = right;
                    }
                    if (!before(keys[child], items[child], key, item)) {
                        break;
                    }
                    keys[k] = keys[child];
                    items[k] = items[child];
                    k = child;
                }
                if (size > 0) {
                    keys[k] = key;
                    items[k] = item;
                }
            }
        }
    }
}
