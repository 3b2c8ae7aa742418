package org.binome.matching.engine;

import java.io.IOException;
import java.io.InputStream;

/**
 * The sparse file format of the command line, and its "fewest unmatched rows, then cheapest" objective.
 *
 * <p>That objective is reduced to the engine's "unmatched at a cost" model: costs are shifted to {@code [1, R]} and
 * leaving a row unmatched costs {@code (min(rows, columns) + 1) × R}, more than any alternating path can save, so an
 * extra matched row always beats any saving in cost. Shifting every matched cost by the same constant does not change
 * which matching is cheapest among those of equal size. The solver works in doubles; the file is rejected when the
 * totals could exceed 2^52, the range where doubles still hold every integer exactly.
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

    static SparseCostFile read(InputStream in) throws IOException, InputFormatException {
        NumberReader reader = new NumberReader(in);
        int rows = reader.nextInt("row count", 0, Integer.MAX_VALUE - 8);
        int columns = reader.nextInt("column count", 0, Integer.MAX_VALUE - 8);
        int edges = reader.nextInt("edge count", 0, Integer.MAX_VALUE - 8);
        int[] edgeRow = new int[edges];
        int[] column = new int[edges];
        long[] cost = new long[edges];
        int[] rowStart = new int[rows + 1];
        long maxMagnitude = 1L << 40;
        for (int e = 0; e < edges; e++) {
            int r = reader.nextInt("row", 1, rows) - 1;
            column[e] = reader.nextInt("column", 1, columns) - 1;
            long c = reader.nextLong("cost");
            if (c > maxMagnitude || c < -maxMagnitude) {
                throw new InputFormatException(reader.line(), "cost " + c + " is outside ±2^40");
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
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long c : edgeCost) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        long range = edgeCost.length == 0 ? 1 : max - min + 1;
        long penalty = (Math.min(rows, columns) + 1L) * range;
        if ((double) penalty * (rows + 1.0) > 0x1p52) {
            throw new InputFormatException(1, "costs span too wide a range for exact arithmetic on this many rows");
        }
        int[] columnOfRow = null;
        if (penalty <= SparseAuction.MAX_SCALED / SparseAuction.scale(rows)) {
            // Same objective as a value to maximise: each matched row is worth penalty - shifted cost.
            long[] value = new long[edgeCost.length];
            for (int e = 0; e < value.length; e++) {
                value[e] = penalty - (edgeCost[e] - min + 1);
            }
            int[] one = new int[columns];
            java.util.Arrays.fill(one, 1);
            try {
                columnOfRow = SparseAuction.solve(rowStart, edgeColumn, value, one);
            } catch (SparseAuction.PriceOverflow e) {
                columnOfRow = null;
            }
        }
        if (columnOfRow == null) {
            columnOfRow = solveWithPaths(min, penalty);
        }
        return summarise(columnOfRow);
    }

    /** Same problem solved by the path-based solver only; kept package-visible so tests can cross-check the two. */
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

    private Solution summarise(int[] columnOfRow) {
        int matched = 0;
        long total = 0;
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
            total += best;
        }
        return new Solution(columnOfRow, matched, total);
    }
}
