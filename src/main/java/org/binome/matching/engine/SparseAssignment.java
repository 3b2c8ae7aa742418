// Over 400 lines: one algorithm on one state (graph, potentials, augmenting searches); see the class comment.
package org.binome.matching.engine;

import java.util.Arrays;

/**
 * Minimum-cost matching among those of maximum cardinality on a sparse bipartite graph with {@code long} costs, the
 * objective of {@code solve --sparse}. Exact integer arithmetic throughout; no cost is ever multiplied by a penalty.
 *
 * <p><b>Reduction to saturating problems.</b> A maximum matching (Hopcroft–Karp) gives the Gallai–Edmonds (or coarse
 * Dulmage–Mendelsohn) decomposition: D, the vertices some maximum matching leaves free (reached from a free vertex by
 * an alternating path of even length); A, their neighbours; C, the rest. Every maximum matching matches each vertex of
 * A to a vertex of D on the other side and matches C perfectly within C, and no other edge can be in one. So the
 * cheapest maximum matching splits into two independent problems where one side must be wholly matched: the rows of C
 * and of A (into the columns of C and of D), and the columns of A (into the rows of D). When every row can be matched
 * (the usual case) this is simply the whole graph with every row matched.
 *
 * <p><b>Saturating problems.</b> A square one (as many columns as rows: a perfect matching) whose cost spread fits in
 * an {@code int} and, times {@code rows + 1}, below 2^52 is solved by cost-scaling push-relabel
 * ({@link CostScalingAssignment}, Goldberg–Kennedy, as OR-Tools). Any other is solved by the forward/reverse ε-scaling
 * auction without "unmatched" objects
 * ({@link SparseAuction#solveAssignment}) when its values, scaled by {@code 2(rows + 1)}, stay below 2^52; otherwise,
 * or if the auction's prices would leave the safe range, by successive shortest paths (Dijkstra on reduced costs) in
 * overflow-checked {@code long} arithmetic on costs shifted to start at 0: row potentials start at their cheapest cost
 * and only rise by the search distances, column potentials start at 0 and only fall, and the distances added up over
 * all searches are the optimal shifted total minus the rows' cheapest costs, so the sums stay in range whenever that
 * total does; an overflow is reported, never wrapped.
 *
 * <p>Over 400 lines because it is one algorithm on one state (the compressed graph, the potentials and the augmenting
 * searches with their overflow checks); the shared arrays and invariants are easier to check in one file.
 */
final class SparseAssignment {

    static final int UNMATCHED = -1;

    private SparseAssignment() {}

    /** Thrown when a total or an intermediate sum would not fit in 63 bits. */
    static final class TotalOverflow extends Exception {
        private static final long serialVersionUID = 1L;

        TotalOverflow() {
            super("a total exceeds the 64-bit integer range", null, false, false);
        }
    }

    /**
     * @param rowStart CSR offsets, length rows + 1
     * @param edgeColumn column of each edge, in {@code [0, columns)}; a pair listed twice keeps its cheaper cost
     * @param edgeCost cost of each edge
     * @return the column of each row, or {@link #UNMATCHED}
     */
    static int[] solve(int columns, int[] rowStart, int[] edgeColumn, long[] edgeCost) throws TotalOverflow {
        int rows = rowStart.length - 1;
        Graph graph = Graph.cheapestOfParallel(rows, columns, rowStart, edgeColumn, edgeCost);
        int[] columnOfRow = new int[rows];
        int[] rowOfColumn = new int[columns];
        int matched = maximumMatching(graph, columnOfRow, rowOfColumn);
        if (matched == rows) {
            return saturating(graph);
        }
        // Gallai–Edmonds: D and A on each side, from the free rows and from the free columns.
        boolean[] rowInD = new boolean[rows];
        boolean[] columnInA = new boolean[columns];
        int[] queue = new int[Math.max(rows, columns)];
        int tail = 0;
        for (int i = 0; i < rows; i++) {
            if (columnOfRow[i] < 0) {
                rowInD[i] = true;
                queue[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int i = queue[head];
            for (int e = graph.start[i]; e < graph.start[i + 1]; e++) {
                int j = graph.column[e];
                if (!columnInA[j]) {
                    columnInA[j] = true;
                    int next = rowOfColumn[j]; // matched, or the matching would not be maximum
                    if (!rowInD[next]) {
                        rowInD[next] = true;
                        queue[tail++] = next;
                    }
                }
            }
        }
        Graph transposed = graph.transposed();
        boolean[] columnInD = new boolean[columns];
        boolean[] rowInA = new boolean[rows];
        tail = 0;
        for (int j = 0; j < columns; j++) {
            if (rowOfColumn[j] < 0) {
                columnInD[j] = true;
                queue[tail++] = j;
            }
        }
        for (int head = 0; head < tail; head++) {
            int j = queue[head];
            for (int e = transposed.start[j]; e < transposed.start[j + 1]; e++) {
                int i = transposed.column[e];
                if (!rowInA[i]) {
                    rowInA[i] = true;
                    int next = columnOfRow[i];
                    if (!columnInD[next]) {
                        columnInD[next] = true;
                        queue[tail++] = next;
                    }
                }
            }
        }
        Arrays.fill(columnOfRow, UNMATCHED);
        // Rows of C into columns of C, rows of A into columns of D: every one of these rows is matched.
        int[] firstRows = new int[rows];
        int firstCount = 0;
        for (int i = 0; i < rows; i++) {
            if (!rowInD[i]) {
                firstRows[firstCount++] = i;
            }
        }
        Graph first = graph.restricted(
                firstRows, firstCount, (i, j) -> rowInA[i] ? columnInD[j] : !columnInD[j] && !columnInA[j]);
        int[] firstResult = saturating(first);
        for (int k = 0; k < firstCount; k++) {
            columnOfRow[firstRows[k]] = firstResult[k];
        }
        // Columns of A into rows of D: every one of these columns is matched.
        int[] secondColumns = new int[columns];
        int secondCount = 0;
        for (int j = 0; j < columns; j++) {
            if (columnInA[j]) {
                secondColumns[secondCount++] = j;
            }
        }
        Graph second = transposed.restricted(secondColumns, secondCount, (j, i) -> rowInD[i]);
        int[] secondResult = saturating(second);
        for (int k = 0; k < secondCount; k++) {
            columnOfRow[secondResult[k]] = secondColumns[k];
        }
        return columnOfRow;
    }

    /** Hopcroft–Karp; fills both sides (-1 when free) and returns the size of a maximum matching. */
    static int maximumMatching(Graph g, int[] columnOfRow, int[] rowOfColumn) {
        int rows = g.rows;
        Arrays.fill(columnOfRow, -1);
        Arrays.fill(rowOfColumn, -1);
        int matched = 0;
        for (int i = 0; i < rows; i++) {
            for (int e = g.start[i]; e < g.start[i + 1]; e++) {
                int j = g.column[e];
                if (rowOfColumn[j] < 0) {
                    rowOfColumn[j] = i;
                    columnOfRow[i] = j;
                    matched++;
                    break;
                }
            }
        }
        int[] layer = new int[rows];
        int[] queue = new int[rows];
        int[] next = new int[rows];
        int[] stack = new int[rows];
        while (matched < rows) {
            // Breadth-first layers from the free rows; stop growing once a free column is in sight.
            Arrays.fill(layer, Integer.MAX_VALUE);
            int tail = 0;
            for (int i = 0; i < rows; i++) {
                if (columnOfRow[i] < 0) {
                    layer[i] = 0;
                    queue[tail++] = i;
                }
            }
            boolean found = false;
            for (int head = 0; head < tail; head++) {
                int i = queue[head];
                for (int e = g.start[i]; e < g.start[i + 1]; e++) {
                    int r = rowOfColumn[g.column[e]];
                    if (r < 0) {
                        found = true;
                    } else if (layer[r] == Integer.MAX_VALUE) {
                        layer[r] = layer[i] + 1;
                        queue[tail++] = r;
                    }
                }
            }
            if (!found) {
                return matched;
            }
            // Depth-first augmentations along the layers, without recursion.
            for (int i = 0; i < rows; i++) {
                next[i] = g.start[i];
            }
            for (int root = 0; root < rows; root++) {
                if (columnOfRow[root] >= 0) {
                    continue;
                }
                int top = 0;
                stack[0] = root;
                while (top >= 0) {
                    int i = stack[top];
                    boolean moved = false;
                    for (; next[i] < g.start[i + 1]; next[i]++) {
                        int j = g.column[next[i]];
                        int r = rowOfColumn[j];
                        if (r < 0) {
                            for (int k = top; k >= 0; k--) {
                                int row = stack[k];
                                int column = g.column[next[row]];
                                columnOfRow[row] = column;
                                rowOfColumn[column] = row;
                            }
                            matched++;
                            top = -1;
                            moved = true;
                            break;
                        }
                        if (layer[r] == layer[i] + 1) {
                            stack[++top] = r;
                            moved = true;
                            break;
                        }
                    }
                    if (!moved) {
                        layer[i] = Integer.MAX_VALUE; // a dead end for the rest of this phase
                        top--;
                        if (top >= 0) {
                            next[stack[top]]++;
                        }
                    }
                }
            }
        }
        return matched;
    }

    /** Solves a problem in which a matching covering every row exists; returns the column of each row. */
    static int[] saturating(Graph g) throws TotalOverflow {
        int rows = g.rows;
        if (rows == 0) {
            return new int[0];
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int e = 0; e < g.edges(); e++) {
            min = Math.min(min, g.cost[e]);
            max = Math.max(max, g.cost[e]);
        }
        long range = max - min; // costs are strictly within ±2^62, so this cannot overflow
        if (rows == g.columns
                && g.edges() <= CostScalingAssignment.MAX_ARCS
                && CostScalingAssignment.fits(range, rows)) {
            try {
                return CostScalingAssignment.solve(g.start, g.column, g.cost);
            } catch (CostScalingAssignment.PriceOverflow e) {
                // Not expected within the bound; the auction and the path-based solver below are exact too.
            }
        }
        if (range < SparseAuction.MAX_SCALED / SparseAuction.scale(rows)) {
            long[] value = new long[g.edges()];
            for (int e = 0; e < value.length; e++) {
                value[e] = max - g.cost[e];
            }
            try {
                return SparseAuction.solveAssignment(g.start, g.column, value, g.columns);
            } catch (SparseAuction.PriceOverflow e) {
                // Not expected within the bound; the path-based solver below is exact whatever the prices do.
            }
        }
        return shortestPaths(g, min);
    }

    /**
     * Successive shortest augmenting paths, one row at a time, on costs shifted by {@code -min} (so they are
     * non-negative). Rows start at their cheapest cost and columns at 0; every sum is checked.
     */
    static int[] shortestPaths(Graph g, long min) throws TotalOverflow {
        int rows = g.rows;
        int columns = g.columns;
        long[] u = new long[rows];
        long[] v = new long[columns];
        int[] columnOfRow = new int[rows];
        int[] rowOfColumn = new int[columns];
        Arrays.fill(columnOfRow, -1);
        Arrays.fill(rowOfColumn, -1);
        long[] cost = new long[g.edges()];
        try {
            for (int e = 0; e < cost.length; e++) {
                cost[e] = Math.subtractExact(g.cost[e], min);
            }
            for (int i = 0; i < rows; i++) {
                long best = Long.MAX_VALUE;
                int bestColumn = -1;
                for (int e = g.start[i]; e < g.start[i + 1]; e++) {
                    if (bestColumn < 0 || cost[e] < best) {
                        best = cost[e];
                        bestColumn = g.column[e];
                    }
                }
                u[i] = best;
                if (rowOfColumn[bestColumn] < 0) {
                    rowOfColumn[bestColumn] = i;
                    columnOfRow[i] = bestColumn;
                }
            }
            long[] dist = new long[columns];
            // Which columns the current search reached: shifted costs go up to 2^63 - 5, so no distance value can
            // serve as an 'unreached' mark.
            boolean[] reached = new boolean[columns];
            int[] pred = new int[columns];
            boolean[] done = new boolean[columns];
            int[] touched = new int[columns];
            int[] scannedColumns = new int[columns];
            int[] scannedRows = new int[rows];
            long[] rowDist = new long[rows];
            LongHeap heap = new LongHeap();
            for (int root = 0; root < rows; root++) {
                if (columnOfRow[root] >= 0) {
                    continue;
                }
                int touchedCount = 0;
                int scannedColumnCount = 0;
                int scannedRowCount = 0;
                heap.clear();
                int row = root;
                long rowDistance = 0;
                int sink;
                long delta;
                while (true) {
                    scannedRows[scannedRowCount] = row;
                    rowDist[scannedRowCount++] = rowDistance;
                    long base = Math.subtractExact(rowDistance, u[row]);
                    for (int e = g.start[row]; e < g.start[row + 1]; e++) {
                        int j = g.column[e];
                        if (done[j]) {
                            continue;
                        }
                        long d = Math.addExact(base, Math.subtractExact(cost[e], v[j]));
                        if (!reached[j] || d < dist[j]) {
                            if (!reached[j]) {
                                reached[j] = true;
                                touched[touchedCount++] = j;
                            }
                            dist[j] = d;
                            pred[j] = row;
                            heap.push(d, j);
                        }
                    }
                    int j;
                    while (true) {
                        j = heap.topItem();
                        long key = heap.topKey();
                        heap.pop();
                        if (!done[j] && key == dist[j]) {
                            break;
                        }
                    }
                    done[j] = true;
                    if (rowOfColumn[j] < 0) {
                        sink = j;
                        delta = dist[j];
                        break;
                    }
                    scannedColumns[scannedColumnCount++] = j;
                    row = rowOfColumn[j];
                    rowDistance = dist[j];
                }
                for (int k = 0; k < scannedRowCount; k++) {
                    int i = scannedRows[k];
                    u[i] = Math.addExact(u[i], delta - rowDist[k]);
                }
                for (int k = 0; k < scannedColumnCount; k++) {
                    int j = scannedColumns[k];
                    v[j] = Math.subtractExact(v[j], delta - dist[j]);
                }
                for (int k = 0; k < touchedCount; k++) {
                    reached[touched[k]] = false;
                    done[touched[k]] = false;
                }
                int j = sink;
                while (true) {
                    int i = pred[j];
                    int previous = columnOfRow[i];
                    columnOfRow[i] = j;
                    rowOfColumn[j] = i;
                    if (i == root) {
                        break;
                    }
                    j = previous;
                }
            }
        } catch (ArithmeticException e) {
            throw new TotalOverflow();
        }
        return columnOfRow;
    }

    /** Binary min-heap of (key, item), ties broken by the lower item so results are deterministic. */
    static final class LongHeap {
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

        private static boolean before(long ka, int ia, long kb, int ib) {
            return ka < kb || (ka == kb && ia < ib);
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

    /** A bipartite graph in CSR form: for each row, its columns and their costs. */
    static final class Graph {
        final int rows;
        final int columns;
        final int[] start;
        final int[] column;
        final long[] cost;

        Graph(int rows, int columns, int[] start, int[] column, long[] cost) {
            this.rows = rows;
            this.columns = columns;
            this.start = start;
            this.column = column;
            this.cost = cost;
        }

        int edges() {
            return start[rows];
        }

        /** Same graph with each pair listed once, at its cheapest cost; rows keep the order of their edges. */
        static Graph cheapestOfParallel(int rows, int columns, int[] start, int[] column, long[] cost) {
            int[] keptStart = new int[rows + 1];
            int[] keptColumn = new int[column.length];
            long[] keptCost = new long[column.length];
            int[] lastRow = new int[columns];
            int[] lastAt = new int[columns];
            Arrays.fill(lastRow, -1);
            int kept = 0;
            for (int i = 0; i < rows; i++) {
                for (int e = start[i]; e < start[i + 1]; e++) {
                    int j = column[e];
                    if (lastRow[j] == i) {
                        keptCost[lastAt[j]] = Math.min(keptCost[lastAt[j]], cost[e]);
                        continue;
                    }
                    lastRow[j] = i;
                    lastAt[j] = kept;
                    keptColumn[kept] = j;
                    keptCost[kept++] = cost[e];
                }
                keptStart[i + 1] = kept;
            }
            return new Graph(rows, columns, keptStart, keptColumn, keptCost);
        }

        /** Columns become rows; each new row lists its columns in increasing order. */
        Graph transposed() {
            int[] tStart = new int[columns + 1];
            for (int e = 0; e < edges(); e++) {
                tStart[column[e] + 1]++;
            }
            for (int j = 0; j < columns; j++) {
                tStart[j + 1] += tStart[j];
            }
            int[] next = Arrays.copyOf(tStart, columns);
            int[] tColumn = new int[edges()];
            long[] tCost = new long[edges()];
            for (int i = 0; i < rows; i++) {
                for (int e = start[i]; e < start[i + 1]; e++) {
                    int at = next[column[e]]++;
                    tColumn[at] = i;
                    tCost[at] = cost[e];
                }
            }
            return new Graph(columns, rows, tStart, tColumn, tCost);
        }

        interface EdgeFilter {
            boolean keep(int row, int column);
        }

        /** The given rows only (renumbered 0..count-1 in that order), with the edges the filter keeps. */
        Graph restricted(int[] rowList, int count, EdgeFilter filter) {
            int[] rStart = new int[count + 1];
            int size = 0;
            for (int k = 0; k < count; k++) {
                int i = rowList[k];
                for (int e = start[i]; e < start[i + 1]; e++) {
                    if (filter.keep(i, column[e])) {
                        size++;
                    }
                }
            }
            int[] rColumn = new int[size];
            long[] rCost = new long[size];
            int at = 0;
            for (int k = 0; k < count; k++) {
                int i = rowList[k];
                for (int e = start[i]; e < start[i + 1]; e++) {
                    if (filter.keep(i, column[e])) {
                        rColumn[at] = column[e];
                        rCost[at++] = cost[e];
                    }
                }
                rStart[k + 1] = at;
            }
            return new Graph(count, columns, rStart, rColumn, rCost);
        }
    }
}
