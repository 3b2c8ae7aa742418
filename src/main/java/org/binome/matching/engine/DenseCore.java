package org.binome.matching.engine;

import java.util.Arrays;

/**
 * Minimum-cost assignment on a dense double matrix where every row may instead stay unmatched at its own cost.
 *
 * <p>Same shortest-augmenting-path scheme as {@link IntCostAssignment}, with two additions the matching product
 * needs: forbidden cells are {@code +∞}, and each row has a private dummy column (its "unmatched" option). The dummy
 * is reachable only from its own row, so it needs no matrix column: a search keeps the best dummy distance seen so far
 * and stops there when nothing real is closer. Dummies keep a zero potential, like free columns, so distances to any
 * sink compare fairly. With dummies there is always an option left, so any shape of matrix is solvable.
 */
final class DenseCore {

    static final int UNMATCHED = -1;
    private static final int FREE = -2;

    private DenseCore() {}

    /**
     * @param n rows
     * @param m columns
     * @param c row-major costs, {@code +∞} for forbidden cells, never NaN
     * @param unmatchedCost finite cost of leaving each row unmatched
     * @return column of each row, or {@link #UNMATCHED}
     */
    static int[] solve(int n, int m, double[] c, double[] unmatchedCost) {
        double[] u = new double[n];
        double[] v = new double[m];
        int[] colOfRow = new int[n];
        int[] rowOfCol = new int[m];
        Arrays.fill(colOfRow, FREE);
        Arrays.fill(rowOfCol, -1);

        // Row reduction with v = 0 (valid whatever the shape, see IntCostAssignment): settles most rows at once.
        for (int i = 0; i < n; i++) {
            int off = i * m;
            double best = Double.POSITIVE_INFINITY;
            int bestColumn = -1;
            for (int j = 0; j < m; j++) {
                if (c[off + j] < best) {
                    best = c[off + j];
                    bestColumn = j;
                }
            }
            // A real column wins a tie with the dummy: same total, one more pair.
            if (bestColumn < 0 || unmatchedCost[i] < best) {
                u[i] = unmatchedCost[i];
                colOfRow[i] = UNMATCHED;
            } else {
                u[i] = best;
                if (rowOfCol[bestColumn] < 0) {
                    rowOfCol[bestColumn] = i;
                    colOfRow[i] = bestColumn;
                }
            }
        }

        double[] dist = new double[m];
        int[] pred = new int[m];
        int[] unscanned = new int[m];
        int[] scanned = new int[m];
        for (int root = 0; root < n; root++) {
            if (colOfRow[root] != FREE) {
                continue;
            }
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            for (int j = 0; j < m; j++) {
                unscanned[j] = j;
            }
            int remaining = m;
            int scannedCount = 0;
            double bestDummy = Double.POSITIVE_INFINITY;
            int dummyRow = -1;
            double base = 0;
            int i = root;
            int sink = -1;
            double delta;
            while (true) {
                double ui = u[i];
                double viaDummy = base + unmatchedCost[i] - ui;
                if (viaDummy < bestDummy) {
                    bestDummy = viaDummy;
                    dummyRow = i;
                }
                int off = i * m;
                double lowest = Double.POSITIVE_INFINITY;
                int lowestAt = -1;
                for (int k = 0; k < remaining; k++) {
                    int j = unscanned[k];
                    double r = base + c[off + j] - ui - v[j];
                    double dj = dist[j];
                    if (r < dj) {
                        dist[j] = r;
                        pred[j] = i;
                        dj = r;
                    }
                    if (dj < lowest || (dj == lowest && rowOfCol[j] < 0)) {
                        lowest = dj;
                        lowestAt = k;
                    }
                }
                if (lowestAt < 0 || bestDummy < lowest) {
                    delta = bestDummy;
                    break;
                }
                int j = unscanned[lowestAt];
                unscanned[lowestAt] = unscanned[--remaining];
                base = lowest;
                if (rowOfCol[j] < 0) {
                    sink = j;
                    delta = lowest;
                    break;
                }
                scanned[scannedCount++] = j;
                i = rowOfCol[j];
            }

            u[root] += delta;
            for (int k = 0; k < scannedCount; k++) {
                int j = scanned[k];
                double gap = delta - dist[j];
                v[j] -= gap;
                u[rowOfCol[j]] += gap;
            }

            int j;
            if (sink >= 0) {
                j = sink;
            } else {
                int leaving = dummyRow;
                j = colOfRow[leaving];
                colOfRow[leaving] = UNMATCHED;
                if (leaving == root) {
                    continue;
                }
            }
            IntCostAssignment.flipPath(pred, rowOfCol, colOfRow, root, j);
        }
        return colOfRow;
    }
}
