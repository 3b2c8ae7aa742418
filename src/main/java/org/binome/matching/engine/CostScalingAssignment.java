package org.binome.matching.engine;

import java.util.Arrays;

/**
 * Minimum-cost perfect matching on a sparse square bipartite graph (as many rows as columns, a perfect matching
 * known to exist) by Goldberg and Kennedy's cost-scaling push-relabel with double pushes ("CSA"), the method of
 * OR-Tools' {@code LinearSumAssignment}, in exact {@code long} arithmetic.
 *
 * <p><b>Prices.</b> Only columns carry a price {@code p_j}; a row's price is implicit (the best it can get). The
 * <em>partial reduced cost</em> of arc (i, j) is {@code c_ij − p_j}. The invariant, for every matched row i: its
 * matched arc's partial reduced cost is at most its smallest partial reduced cost plus ε (ε-optimality).
 *
 * <p><b>Double push.</b> An unmatched row takes the column j of its smallest partial reduced cost m1 (second
 * smallest m2), evicting j's previous row (which becomes unmatched), and j's price drops by {@code m2 − m1 + ε}: the
 * new pair is then exactly ε above the row's best other option. A price that drops only makes that column less
 * attractive to every other row, so their invariant holds. Within one ε phase every price drops by a bounded amount
 * because a perfect matching exists (Goldberg–Kennedy), so each phase ends with every row matched.
 *
 * <p><b>Phases and exactness.</b> Costs are shifted to start at 0 and multiplied by {@code n + 1}. Phases run with
 * ε = C / α, C / α², …, 1 (C the largest scaled cost, α = {@value #ALPHA}); a phase keeps the prices of the previous
 * one and the pairs still ε-optimal for the new ε, and re-matches the others. An ε-optimal perfect matching costs
 * at most {@code n·ε} more than the optimum (the column prices cancel out over two perfect matchings), so with ε = 1
 * on costs scaled by {@code n + 1} the original total is optimal: the gap is below 1.
 *
 * <p><b>Determinism.</b> Unmatched rows wait on a stack in index order, ties go to the first listed arc.
 */
final class CostScalingAssignment {

    /** ε shrinks by this factor between phases (OR-Tools uses 5; 16 needed fewer pushes on the benchmarks). */
    static final long ALPHA = 16;

    /**
     * After a phase that pushed at most {@code 1.5 n} times the prices are close to optimal and every further phase
     * re-matches about n rows whatever its ε: the next ε is then this much smaller (20,000 rows: 402 k pushes in all
     * instead of 472 k; 100,000 rows: 2.32 M instead of 2.67 M).
     */
    static final long LATE_FACTOR = 1_000_000;

    /** Arcs are stored as int pairs in one array, so at most this many. */
    static final int MAX_ARCS = Integer.MAX_VALUE / 2;

    /** Largest (shifted cost) times {@code n + 1}; the caller checks {@link #fits} before calling. */
    static final long MAX_SCALED = 1L << 52;

    /** Prices never get near this in practice; if one does, {@link PriceOverflow} sends the caller elsewhere. */
    private static final long PRICE_LIMIT = -(1L << 61);

    /** Thrown when a price leaves the range where long arithmetic is safe. */
    static final class PriceOverflow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PriceOverflow() {
            super("cost-scaling prices left the safe integer range", null, false, false);
        }
    }

    private CostScalingAssignment() {}

    /**
     * Whether costs with this spread on this many rows are solved here: the spread fits in an {@code int} (arcs are
     * stored as int pairs, half the memory traffic of long costs) and, times {@code n + 1}, within
     * {@link #MAX_SCALED}.
     */
    static boolean fits(long range, int rows) {
        return range >= 0 && range <= Integer.MAX_VALUE && range <= MAX_SCALED / (rows + 1L);
    }

    /**
     * @param start CSR offsets, length n + 1, {@code start[0] == 0}
     * @param column column of each arc in {@code [0, n)}, no column twice in a row
     * @param cost cost of each arc, {@code max − min} within {@link #fits}
     * @return the column of each row, a minimum-cost perfect matching (one must exist)
     * @throws PriceOverflow if a price leaves the safe range (not expected within the cost bound)
     */
    static int[] solve(int[] start, int[] column, long[] cost) {
        int n = start.length - 1;
        int arcs = start[n];
        if (n == 0) {
            return new int[0];
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int e = 0; e < arcs; e++) {
            min = Math.min(min, cost[e]);
            max = Math.max(max, cost[e]);
        }
        long k = n + 1L;
        // Arc e as two ints: its column, then its cost minus the smallest; the scaled cost is that times k.
        int[] arc = new int[2 * arcs];
        long[] price = new long[n];
        Arrays.fill(price, Long.MAX_VALUE);
        for (int e = 0; e < arcs; e++) {
            int j = column[e];
            int shifted = (int) (cost[e] - min);
            arc[2 * e] = j;
            arc[2 * e + 1] = shifted;
            // Start from column reduction: each column priced at its cheapest arc (fewer pushes in the first phases).
            price[j] = Math.min(price[j], shifted * k);
        }
        for (int j = 0; j < n; j++) {
            if (price[j] == Long.MAX_VALUE) {
                price[j] = 0; // a column without arcs: no perfect matching, excluded by the caller
            }
        }
        int[] columnOfRow = new int[n];
        int[] rowOfColumn = new int[n];
        Arrays.fill(columnOfRow, -1);
        Arrays.fill(rowOfColumn, -1);
        int[] stack = new int[n];
        long epsilon = Math.max(1, (max - min) * k / ALPHA);
        while (true) {
            long pushes = refine(start, arc, k, price, columnOfRow, rowOfColumn, stack, epsilon);
            if (epsilon == 1) {
                return columnOfRow;
            }
            boolean close = pushes <= n + n / 2 && epsilon < (max - min) * k / ALPHA;
            epsilon = Math.max(1, epsilon / (close ? LATE_FACTOR : ALPHA));
        }
    }

    /** One ε phase; returns the number of double pushes. */
    private static long refine(
            int[] start,
            int[] arc,
            long k,
            long[] price,
            int[] columnOfRow,
            int[] rowOfColumn,
            int[] stack,
            long epsilon) {
        int n = columnOfRow.length;
        int top = 0;
        // Pairs that are still ε-optimal for the new ε stay; the others are undone.
        for (int i = n - 1; i >= 0; i--) {
            int j = columnOfRow[i];
            if (j >= 0) {
                long best = Long.MAX_VALUE;
                long own = 0;
                for (int a = 2 * start[i], end = 2 * start[i + 1]; a < end; a += 2) {
                    int c = arc[a];
                    long r = arc[a + 1] * k - price[c];
                    best = Math.min(best, r);
                    if (c == j) {
                        own = r;
                    }
                }
                if (own <= best + epsilon) {
                    continue;
                }
                columnOfRow[i] = -1;
                rowOfColumn[j] = -1;
            }
            stack[top++] = i;
        }
        long pushes = 0;
        while (top > 0) {
            int i = stack[--top];
            pushes++;
            long best = Long.MAX_VALUE;
            long second = Long.MAX_VALUE;
            int bestColumn = -1;
            for (int a = 2 * start[i], end = 2 * start[i + 1]; a < end; a += 2) {
                int c = arc[a];
                long r = arc[a + 1] * k - price[c];
                if (r < second) {
                    if (r < best) {
                        second = best;
                        best = r;
                        bestColumn = c;
                    } else {
                        second = r;
                    }
                }
            }
            // A row with a single arc has no second option: any drop keeps the invariant, ε is the smallest.
            long drop = (second == Long.MAX_VALUE ? 0 : second - best) + epsilon;
            long newPrice = price[bestColumn] - drop;
            if (newPrice < PRICE_LIMIT) {
                throw new PriceOverflow();
            }
            price[bestColumn] = newPrice;
            int previous = rowOfColumn[bestColumn];
            rowOfColumn[bestColumn] = i;
            columnOfRow[i] = bestColumn;
            if (previous >= 0) {
                columnOfRow[previous] = -1;
                stack[top++] = previous;
            }
        }
        return pushes;
    }
}
