package org.binome.matching.engine;

import java.io.IOException;
import java.io.InputStream;

/**
 * The sparse file format of the command line, and its "fewest unmatched rows, then cheapest" objective, solved
 * exactly in {@code long} arithmetic by {@link SparseAssignment} for costs strictly within ±2^62. A file is refused only when
 * a cost is outside that range (with its line) or when the optimal total itself does not fit in 63 bits.
 */
final class SparseCostFile {

    private final int rows;
    private final int columns;
    private final int[] rowStart;
    private final int[] edgeColumn;
    private final long[] edgeCost;

    private SparseCostFile(int rows, int columns, int[] rowStart, int[] edgeColumn, long[] edgeCost) {
        this.rows = rows;
        this.columns = columns;
        this.rowStart = rowStart;
        this.edgeColumn = edgeColumn;
        this.edgeCost = edgeCost;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    int edges() {
        return edgeColumn.length;
    }

    record Solution(int[] columnOfRow, int matched, long totalCost) {}

    /** Largest cost magnitude, 2^62 - 1: the difference of any two costs then still fits in a {@code long}. */
    static final long MAX_COST = (1L << 62) - 1;

    static SparseCostFile read(InputStream in) throws IOException, InputFormatException {
        NumberReader reader = new NumberReader(in);
        int rows = reader.nextInt("row count", 0, Integer.MAX_VALUE - 8);
        int columns = reader.nextInt("column count", 0, Integer.MAX_VALUE - 8);
        int edges = reader.nextInt("edge count", 0, Integer.MAX_VALUE - 8);
        int[] edgeRow = new int[edges];
        int[] column = new int[edges];
        long[] cost = new long[edges];
        int[] rowStart = new int[rows + 1];
        long maxMagnitude = MAX_COST;
        for (int e = 0; e < edges; e++) {
            int r = reader.nextInt("row", 1, rows) - 1;
            column[e] = reader.nextInt("column", 1, columns) - 1;
            long c = reader.nextLong("cost");
            if (c > maxMagnitude || c < -maxMagnitude) {
                throw new InputFormatException(reader.line(), "cost " + c + " is outside ±2^62 (±" + MAX_COST + ")");
            }
            edgeRow[e] = r;
            cost[e] = c;
            rowStart[r + 1]++;
        }
        if (!reader.atEnd()) {
            reader.nextLong("nothing");
            throw new InputFormatException(
                    reader.line(), "unexpected value after the " + edges + " edges announced in the header");
        }
        for (int i = 0; i < rows; i++) {
            rowStart[i + 1] += rowStart[i];
        }
        // Counting sort into CSR; stable, so each row keeps its edges in file order.
        int[] next = new int[rows];
        System.arraycopy(rowStart, 0, next, 0, rows);
        int[] csrColumn = new int[edges];
        long[] csrCost = new long[edges];
        for (int e = 0; e < edges; e++) {
            int k = next[edgeRow[e]]++;
            csrColumn[k] = column[e];
            csrCost[k] = cost[e];
        }
        return new SparseCostFile(rows, columns, rowStart, csrColumn, csrCost);
    }

    Solution solve() throws InputFormatException {
        try {
            return summarise(SparseAssignment.solve(columns, rowStart, edgeColumn, edgeCost));
        } catch (SparseAssignment.TotalOverflow e) {
            throw totalTooLarge();
        }
    }

    static InputFormatException totalTooLarge() {
        return new InputFormatException(
                1,
                "the optimal total of these costs, or a sum of costs near ±2^62 needed on the way, does not fit in"
                        + " a 64-bit integer (beyond ±2^63)");
    }

    /**
     * Same problem solved the way it was before {@link SparseAssignment}: unmatched rows at a penalty larger than any
     * saving, by the floating-point {@link SparseCore}. Exact only while totals stay below 2^52; kept so tests can
     * cross-check the two on small costs.
     */
    Solution solveByPaths() throws InputFormatException {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long c : edgeCost) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        long range = edgeCost.length == 0 ? 1 : max - min + 1;
        return summarise(solveWithPaths(min, (Math.min(rows, columns) + 1L) * range));
    }

    private int[] solveWithPaths(long min, long penalty) {
        double[] shifted = new double[edgeCost.length];
        for (int e = 0; e < shifted.length; e++) {
            shifted[e] = edgeCost[e] - min + 1;
        }
        double[] unmatched = new double[rows];
        java.util.Arrays.fill(unmatched, penalty);
        int[] capacity = new int[columns];
        java.util.Arrays.fill(capacity, 1);
        return new SparseCore(columns, rowStart, edgeColumn, shifted, unmatched, capacity).solve();
    }

    /** Sum of the chosen costs; partial sums may leave the long range as long as the total is back inside it. */
    static long exactTotal(long[] chosen) throws InputFormatException {
        long total = 0;
        try {
            for (long c : chosen) {
                total = Math.addExact(total, c);
            }
            return total;
        } catch (ArithmeticException e) {
            java.math.BigInteger sum = java.math.BigInteger.ZERO;
            for (long c : chosen) {
                sum = sum.add(java.math.BigInteger.valueOf(c));
            }
            if (sum.bitLength() > 63) {
                throw totalTooLarge();
            }
            return sum.longValue();
        }
    }

    private Solution summarise(int[] columnOfRow) throws InputFormatException {
        int matched = 0;
        long[] chosen = new long[rows];
        for (int i = 0; i < rows; i++) {
            int j = columnOfRow[i];
            if (j < 0) {
                continue;
            }
            matched++;
            long best = Long.MAX_VALUE;
            // Parallel edges: the solver used the cheapest one, which is the one to report.
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                if (edgeColumn[e] == j) {
                    best = Math.min(best, edgeCost[e]);
                }
            }
            chosen[i] = best;
        }
        return new Solution(columnOfRow, matched, exactTotal(chosen));
    }
}
