package org.binome.matching.engine;

import java.util.Arrays;

/**
 * Minimum-cost assignment on a sparse bipartite graph, with column capacities and an "unmatched" option per row.
 *
 * <p>Rows are processed one at a time (successive shortest paths). Each row may stay unmatched at a fixed cost,
 * modelled as a private dummy column reachable only from that row; because that dummy is never shared it needs no
 * storage, only one candidate distance per search. A column of capacity k keeps one potential shared by the rows it
 * holds, which is valid for the transportation problem and avoids replicating its edges k times. Searches are
 * Dijkstra runs on reduced costs with a binary heap and stop at the first free slot or dummy, so late augmenting
 * paths only explore the part of the graph they need. Free columns keep a zero potential, which is what makes the
 * distances to different sinks comparable and the result optimal.
 *
 * <p>Costs are doubles; for integer inputs whose sums stay below 2^53 every intermediate value is an exact integer,
 * which is what the command line relies on.
 */
final class SparseCore {

    static final int UNMATCHED = -1;

    private final int n;
    private final int m;
    private final int[] rowStart;
    private final int[] edgeColumn;
    private final double[] edgeCost;
    private final double[] unmatchedCost;
    private final int[] capacity;

    private final double[] u;
    private final double[] v;
    /** Column of each row, {@link #UNMATCHED} once the row settled on its dummy, {@link #FREE} before it is processed. */
    private final int[] colOfRow;

    private final int[] slotOfRow;
    private final int[] slotStart;
    private final int[] slotRow;
    private final int[] load;

    private static final int FREE = -2;

    /**
     * @param rowStart CSR offsets, length rows + 1; edges of row i are {@code rowStart[i]..rowStart[i+1]-1}
     * @param edgeColumn column of each edge
     * @param edgeCost cost of each edge (finite)
     * @param unmatchedCost finite cost of leaving each row unmatched
     * @param capacity how many rows each column can take
     */
    SparseCore(
            int columns, int[] rowStart, int[] edgeColumn, double[] edgeCost, double[] unmatchedCost, int[] capacity) {
        this.n = rowStart.length - 1;
        this.m = columns;
        this.rowStart = rowStart;
        this.edgeColumn = edgeColumn;
        this.edgeCost = edgeCost;
        this.unmatchedCost = unmatchedCost;
        this.capacity = capacity;
        this.u = new double[n];
        this.v = new double[m];
        this.colOfRow = new int[n];
        this.slotOfRow = new int[n];
        this.slotStart = new int[m + 1];
        this.load = new int[m];
        for (int j = 0; j < m; j++) {
            // A column can never hold more than every row, which also keeps the slot count within an int.
            slotStart[j + 1] = slotStart[j] + Math.min(capacity[j], n);
        }
        this.slotRow = new int[slotStart[m]];
        Arrays.fill(colOfRow, FREE);
    }

    /** Solves and returns the column of each row, or {@link #UNMATCHED}. */
    int[] solve() {
        warmStart();
        search();
        return colOfRow;
    }

    private boolean hasRoom(int j) {
        return load[j] < slotStart[j + 1] - slotStart[j];
    }

    private void place(int row, int j, int slot) {
        colOfRow[row] = j;
        slotOfRow[row] = slot;
        slotRow[slot] = row;
    }

    /**
     * Row reduction with zero column potentials: each row's cheapest option fixes its potential, and the row takes
     * that option straight away when it is its dummy or a column with room. Duals stay feasible, and for random
     * candidate lists this settles most rows without any search.
     */
    private void warmStart() {
        for (int i = 0; i < n; i++) {
            double best = unmatchedCost[i];
            int bestColumn = UNMATCHED;
            for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
                // Strictly cheaper only: on a tie the earliest option wins, with real columns before the dummy.
                if (edgeCost[e] < best || (bestColumn == UNMATCHED && edgeCost[e] == best)) {
                    best = edgeCost[e];
                    bestColumn = edgeColumn[e];
                }
            }
            u[i] = best;
            if (bestColumn == UNMATCHED) {
                colOfRow[i] = UNMATCHED;
            } else if (hasRoom(bestColumn)) {
                place(i, bestColumn, slotStart[bestColumn] + load[bestColumn]++);
            }
        }
    }

    // Search state, in fields so the row scan can be a method without allocating per search.
    private double[] dist;
    private int[] predRow;
    private boolean[] done;
    private int[] touched;
    private int touchedCount;
    private int[] scannedRows;
    private double[] rowDist;
    private int scannedRowCount;
    private double bestDummy;
    private int dummyRow;
    private Heap heap;

    private void search() {
        dist = new double[m];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        predRow = new int[m];
        done = new boolean[m];
        touched = new int[m];
        scannedRows = new int[n];
        rowDist = new double[n];
        heap = new Heap(Math.max(16, Math.min(m, 1 << 16)));
        int[] scannedColumns = new int[m];

        for (int root = 0; root < n; root++) {
            if (colOfRow[root] != FREE) {
                continue;
            }
            touchedCount = 0;
            scannedRowCount = 0;
            int scannedColumnCount = 0;
            heap.clear();
            bestDummy = Double.POSITIVE_INFINITY;
            dummyRow = -1;
            scanRow(root, 0);
            int sink = -1;
            double delta;
            while (true) {
                int j = -1;
                double dj = Double.POSITIVE_INFINITY;
                while (!heap.isEmpty()) {
                    int candidate = heap.topColumn();
                    double key = heap.topKey();
                    if (done[candidate] || key > dist[candidate]) {
                        heap.pop();
                        continue;
                    }
                    j = candidate;
                    dj = key;
                    break;
                }
                // On a tie the real column wins: it may match one more row for the same total.
                if (j < 0 || bestDummy < dj) {
                    delta = bestDummy;
                    break;
                }
                heap.pop();
                done[j] = true;
                if (hasRoom(j)) {
                    sink = j;
                    delta = dj;
                    break;
                }
                scannedColumns[scannedColumnCount++] = j;
                for (int s = slotStart[j], end = s + load[j]; s < end; s++) {
                    scanRow(slotRow[s], dj);
                }
            }

            // Johnson-style update: everything settled closer than the sink moves by its slack, keeping reduced
            // costs non-negative and making the whole augmenting path tight.
            for (int k = 0; k < scannedRowCount; k++) {
                u[scannedRows[k]] += delta - rowDist[k];
            }
            for (int k = 0; k < scannedColumnCount; k++) {
                int j = scannedColumns[k];
                v[j] -= delta - dist[j];
            }
            augment(root, sink, dummyRow, predRow);

            for (int k = 0; k < touchedCount; k++) {
                dist[touched[k]] = Double.POSITIVE_INFINITY;
                done[touched[k]] = false;
            }
        }
    }

    /** Relaxes the edges of a row reached at the given distance, and its dummy. */
    private void scanRow(int row, double rowDistance) {
        scannedRows[scannedRowCount] = row;
        rowDist[scannedRowCount++] = rowDistance;
        double base = rowDistance - u[row];
        double viaDummy = base + unmatchedCost[row];
        if (viaDummy < bestDummy) {
            bestDummy = viaDummy;
            dummyRow = row;
        }
        for (int e = rowStart[row], end = rowStart[row + 1]; e < end; e++) {
            int j = edgeColumn[e];
            if (done[j]) {
                continue;
            }
            double d = base + edgeCost[e] - v[j];
            if (d < dist[j]) {
                if (dist[j] == Double.POSITIVE_INFINITY) {
                    touched[touchedCount++] = j;
                }
                dist[j] = d;
                predRow[j] = row;
                heap.push(d, j);
            }
        }
    }

    /** Shifts rows along the path back to the root; the sink is a column with room, or a row's dummy. */
    private void augment(int root, int sink, int dummyRow, int[] predRow) {
        int j;
        int slot;
        if (sink >= 0) {
            j = sink;
            slot = slotStart[j] + load[j]++;
        } else {
            int leaving = dummyRow;
            j = colOfRow[leaving];
            slot = slotOfRow[leaving];
            colOfRow[leaving] = UNMATCHED;
            if (leaving == root) {
                return;
            }
        }
        while (true) {
            int r = predRow[j];
            int previousColumn = colOfRow[r];
            int previousSlot = slotOfRow[r];
            place(r, j, slot);
            if (r == root) {
                return;
            }
            j = previousColumn;
            slot = previousSlot;
        }
    }

    /** Binary min-heap of (distance, column) with lazy deletion; ties broken by column index for determinism. */
    private static final class Heap {
        private double[] keys;
        private int[] columns;
        private int size;

        Heap(int capacity) {
            keys = new double[capacity];
            columns = new int[capacity];
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        double topKey() {
            return keys[0];
        }

        int topColumn() {
            return columns[0];
        }

        private boolean less(double ka, int ca, double kb, int cb) {
            return ka < kb || (ka == kb && ca < cb);
        }

        void push(double key, int column) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                columns = Arrays.copyOf(columns, size * 2);
            }
            int k = size++;
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                if (!less(key, column, keys[parent], columns[parent])) {
                    break;
                }
                keys[k] = keys[parent];
                columns[k] = columns[parent];
                k = parent;
            }
            keys[k] = key;
            columns[k] = column;
        }

        void pop() {
            double key = keys[--size];
            int column = columns[size];
            int k = 0;
            int half = size >>> 1;
            while (k < half) {
                int child = 2 * k + 1;
                int right = child + 1;
                if (right < size && less(keys[right], columns[right], keys[child], columns[child])) {
                    child = right;
                }
                if (!less(keys[child], columns[child], key, column)) {
                    break;
                }
                keys[k] = keys[child];
                columns[k] = columns[child];
                k = child;
            }
            if (size > 0) {
                keys[k] = key;
                columns[k] = column;
            }
        }
    }
}
