// Over 400 lines: forward and reverse auctions and ε-scaling share prices, profits and assignment; see the class
// comment.
package org.binome.matching.engine;

import java.util.Arrays;

/**
 * Exact maximum-value matching on a sparse bipartite graph with integer values, column capacities and "anyone may stay
 * unmatched", by Bertsekas' forward/reverse auction with ε-scaling.
 *
 * <p><b>Model.</b> Persons are the rows; objects are the column slots (a column of capacity k owns k identical slots)
 * plus one private "unmatched" object per row, worth 0 to it. Every row is always assigned to some object, so the
 * problem is the asymmetric assignment problem: maximise the total value, every person assigned, objects at most once.
 * Its dual has row profits π and object prices p ≥ 0, and the result is optimal when every pair is ε-complementary
 * slack ({@code π_i + p_j ≥ a_ij − ε}, with equality on assigned pairs) <em>and</em> every object left unassigned has
 * price 0.
 *
 * <p><b>Phases.</b> Each ε-scaling phase (ε shrinks 32-fold, starting from 1/64 of the spread of the pair values)
 * keeps the prices and the assignment of the previous one. A row that is no longer ε-happy with its object first lets
 * that object drop its price as far as no other row would then want it by more than ε; only if that is not enough is
 * it unassigned. Then <em>forward</em> auction runs: unassigned rows bid for their best object, raising its price by
 * their margin over the second best plus ε, until every row holds an object. Prices carried over can leave an object
 * unassigned at a positive price, so a <em>reverse</em> auction follows: such an object lowers its price to attract
 * its best row (or drops to price 0 if no row wants it), which preserves ε-complementary slackness for everyone. A
 * phase therefore ends with both optimality conditions, and the primal-dual gap is at most {@code rows × ε}.
 *
 * <p><b>Exactness.</b> Values are multiplied by {@code K = 2(rows + 1)} and every real pair gets a bonus of 1. The
 * last phase runs with ε = 1, so the result is within {@code rows} of the optimum of the scaled problem; a better
 * original total would be worth at least {@code K − rows > rows} more, so the original total is maximised exactly
 * (among optima, the bonus leans towards matching more rows).
 *
 * <p><b>Determinism.</b> Bids are processed one at a time from FIFO queues in index order and every tie is broken by
 * the lowest index (first listed candidate, lowest slot, lowest row), so equal inputs give equal outputs.
 *
 * <p><b>Capacities.</b> The slots of a column are identical, so the column is priced as a class: its price is that
 * of its cheapest slot (slots sit in a small min-heap by price). A bidder takes the cheapest slot and measures its
 * margin against <em>other</em> columns only, and a row never compares the column it already holds. Measuring the
 * margin against the column's second slot instead would be valid too, but identical slots then outbid one another ε
 * at a time (a price war that made a capacity-2 cohort ten times slower). With class prices the dual of the
 * transportation problem (one price per column) is ε-complementary slack whenever every row's paid profit is within ε
 * of its best other option, which is the invariant both auctions keep.
 *
 * <p>Over 400 lines because the forward and reverse auctions and the ε-scaling phases share the prices, the profits
 * and the assignment, and keep one invariant together; it reads best as one file.
 */
final class SparseAuction {

    static final int UNMATCHED = -1;
    private static final int NOBODY = -1;

    /** Largest scaled value: keeps every price and profit far inside long range. */
    static final long MAX_SCALED = 1L << 52;

    /** Prices never get near this in practice; if one does, the caller falls back to the path-based solver. */
    private static final long PRICE_LIMIT = 1L << 61;

    /** Thrown when prices leave the range where long arithmetic is safe. */
    static final class PriceOverflow extends RuntimeException {
        PriceOverflow() {
            super("auction prices left the safe integer range", null, false, false);
        }
    }

    private final int rows;
    private final int slots;
    private final int objects;
    private final int[] rowStart;
    private final int[] edgeColumn;
    private final long[] edgeValue;
    /** Transposed edges: for each column, the rows listing it (increasing) and their values. */
    private final int[] columnStart;

    private final int[] columnRow;
    private final long[] columnValue;
    private final int[] slotStart;
    private final int[] columnOfSlot;

    private final long[] price;
    private final long[] profit;
    private final int[] owner;
    private final int[] objectOfRow;
    /** Per column, its slots ordered as a binary min-heap on (price, slot); {@link #heapPosition} is the inverse. */
    private final int[] heap;

    private final int[] heapPosition;
    /**
     * Per column, the price of its cheapest slot: the column's price as a class of identical objects. Bidders always
     * take the cheapest slot, and a row compares other columns at these prices.
     */
    private final long[] columnPrice;

    /** False for the assignment variant, where every row must get a column and the "unmatched" objects do not exist. */
    private final boolean unmatchedAllowed;

    private SparseAuction(
            int rows, int[] rowStart, int[] edgeColumn, long[] edgeValue, int[] slotStart, boolean unmatchedAllowed) {
        this.rows = rows;
        this.unmatchedAllowed = unmatchedAllowed;
        this.rowStart = rowStart;
        this.edgeColumn = edgeColumn;
        this.edgeValue = edgeValue;
        this.slotStart = slotStart;
        int columns = slotStart.length - 1;
        this.slots = slotStart[columns];
        this.objects = slots + rows;
        this.columnOfSlot = new int[slots];
        for (int j = 0; j < columns; j++) {
            Arrays.fill(columnOfSlot, slotStart[j], slotStart[j + 1], j);
        }
        int edges = rowStart[rows];
        this.columnStart = new int[columns + 1];
        for (int e = 0; e < edges; e++) {
            columnStart[edgeColumn[e] + 1]++;
        }
        for (int j = 0; j < columns; j++) {
            columnStart[j + 1] += columnStart[j];
        }
        this.columnRow = new int[edges];
        this.columnValue = new long[edges];
        int[] next = Arrays.copyOf(columnStart, columns);
        for (int i = 0; i < rows; i++) {
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int at = next[edgeColumn[e]]++;
                columnRow[at] = i;
                columnValue[at] = edgeValue[e];
            }
        }
        this.price = new long[objects];
        this.profit = new long[rows];
        this.owner = new int[objects];
        this.objectOfRow = new int[rows];
        this.heap = new int[slots];
        this.heapPosition = new int[slots];
        for (int s = 0; s < slots; s++) {
            heap[s] = s;
            heapPosition[s] = s;
        }
        this.columnPrice = new long[columns];
        for (int j = 0; j < columns; j++) {
            refreshColumn(j);
        }
    }

    private void refreshColumn(int j) {
        int from = slotStart[j];
        // A column without slots has no edges left, so its price is never read.
        columnPrice[j] = slotStart[j + 1] > from ? price[heap[from]] : Long.MAX_VALUE;
    }

    /** Scale factor applied to values; callers check {@code maxValue * scale(rows) <= MAX_SCALED} before calling. */
    static long scale(int rows) {
        return 2L * (rows + 1);
    }

    /**
     * Solves the matching.
     *
     * @param rowStart CSR offsets, length rows + 1
     * @param edgeColumn column of each edge
     * @param value integer value of each edge, at most {@code MAX_SCALED / scale(rows)}; pairs listed twice keep
     *     their best value, negative pairs are never chosen (staying unmatched is worth 0)
     * @param capacity per column
     * @return column of each row, or {@link #UNMATCHED}
     * @throws PriceOverflow if prices leave the safe range (not expected within the value bound)
     */
    static int[] solve(int[] rowStart, int[] edgeColumn, long[] value, int[] capacity) {
        return solve(rowStart, edgeColumn, value, capacity, true);
    }

    /**
     * Assignment variant: every row must get a column (there is no "unmatched" option), each column at most once,
     * maximising the total value. Without the unmatched objects no bonus for matching has to be added to the values,
     * so their range stays that of the costs.
     *
     * @param value integer value of each edge, {@code 0 <= value <= MAX_SCALED / scale(rows)}
     * @param columns number of columns; a matching that covers every row must exist
     * @throws PriceOverflow if prices leave the safe range
     */
    static int[] solveAssignment(int[] rowStart, int[] edgeColumn, long[] value, int columns) {
        int[] one = new int[columns];
        Arrays.fill(one, 1);
        return solve(rowStart, edgeColumn, value, one, false);
    }

    private static int[] solve(
            int[] rowStart, int[] edgeColumn, long[] value, int[] capacity, boolean unmatchedAllowed) {
        int rows = rowStart.length - 1;
        int columns = capacity.length;
        int[] slotStart = new int[columns + 1];
        for (int j = 0; j < columns; j++) {
            // More slots than rows can never be used; capping keeps the slot count within an int.
            slotStart[j + 1] = slotStart[j] + Math.min(capacity[j], rows);
        }
        long k = scale(rows);
        // Keep, per row, the best value of each usable column (non-negative, capacity > 0), scaled, plus the bonus.
        int[] keptStart = new int[rows + 1];
        int[] keptColumn = new int[edgeColumn.length];
        long[] keptValue = new long[edgeColumn.length];
        int[] lastRow = new int[columns];
        int[] lastAt = new int[columns];
        Arrays.fill(lastRow, -1);
        int kept = 0;
        for (int i = 0; i < rows; i++) {
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = edgeColumn[e];
                if (value[e] < 0 || slotStart[j + 1] == slotStart[j]) {
                    continue;
                }
                long scaled = value[e] * k + 1;
                if (lastRow[j] == i) {
                    keptValue[lastAt[j]] = Math.max(keptValue[lastAt[j]], scaled);
                    continue;
                }
                lastRow[j] = i;
                lastAt[j] = kept;
                keptColumn[kept] = j;
                keptValue[kept++] = scaled;
            }
            keptStart[i + 1] = kept;
        }
        SparseAuction auction = new SparseAuction(rows, keptStart, keptColumn, keptValue, slotStart, unmatchedAllowed);
        auction.run();
        int[] columnOfRow = new int[rows];
        for (int i = 0; i < rows; i++) {
            int o = auction.objectOfRow[i];
            columnOfRow[i] = o < auction.slots ? auction.columnOfSlot[o] : UNMATCHED;
        }
        return columnOfRow;
    }

    private void run() {
        // The first ε follows the spread of the pair values, not their size: the command line adds the same large
        // bonus to every pair, which says nothing about how far prices have to move.
        long maxValue = 1;
        long minValue = Long.MAX_VALUE;
        for (int e = 0; e < rowStart[rows]; e++) {
            maxValue = Math.max(maxValue, edgeValue[e]);
            minValue = Math.min(minValue, edgeValue[e]);
        }
        long spread = Math.max(1, maxValue - Math.min(minValue, maxValue));
        int[] rowQueue = new int[Math.max(rows, 1)];
        int[] objectQueue = new int[Math.max(objects, 1)];
        long epsilon = Math.max(1, spread / START_DIVISOR);
        boolean first = true;
        while (true) {
            forward(epsilon, rowQueue, first);
            first = false;
            reverse(epsilon, objectQueue);
            if (epsilon == 1) {
                return;
            }
            epsilon = Math.max(1, epsilon / FACTOR);
        }
    }

    /** ε shrinks by this factor between phases. */
    private static final long FACTOR = 32;

    /** The first phase uses ε = largest value / this: coarse enough to be cheap, fine enough to give useful prices. */
    private static final long START_DIVISOR = 64;

    /** Forward auction: every row starts unassigned, prices carry over, rows bid until each holds an object. */
    private void forward(long epsilon, int[] queue, boolean first) {
        // Circular FIFO: at most `rows` rows are ever waiting at once.
        int head = 0;
        int waiting = 0;
        if (first) {
            Arrays.fill(owner, NOBODY);
            for (int i = 0; i < rows; i++) {
                queue[waiting++] = i;
            }
        } else {
            // A row whose object is still within the new ε of its best option keeps it: ε-complementary slackness
            // holds for it already, and re-bidding would only move prices around.
            // A row that is not: first its object drops its price as far as no other row would then want it by
            // more than ε (a reverse step on an assigned object), which often makes the row happy without a bid.
            for (int i = 0; i < rows; i++) {
                if (profit[i] < bestOtherValue(i) - epsilon) {
                    int o = objectOfRow[i];
                    long floor = priceFloor(o, i, epsilon);
                    if (floor < price[o]) {
                        profit[i] += price[o] - floor;
                        setPrice(o, floor);
                    }
                    if (profit[i] < bestOtherValue(i) - epsilon) {
                        owner[o] = NOBODY;
                        queue[waiting++] = i;
                    }
                }
            }
        }
        while (waiting > 0) {
            int i = queue[head];
            head = head + 1 == queue.length ? 0 : head + 1;
            waiting--;
            int displaced = bid(i, epsilon);
            if (displaced != NOBODY) {
                int tail = head + waiting;
                queue[tail >= queue.length ? tail - queue.length : tail] = displaced;
                waiting++;
            }
        }
    }

    /** Lowest price for object o that keeps every row but {@code holder} ε-happy with what it has. */
    private long priceFloor(int o, int holder, long epsilon) {
        if (o >= slots) {
            return 0;
        }
        int j = columnOfSlot[o];
        long floor = 0;
        for (int k = columnStart[j], end = columnStart[j + 1]; k < end; k++) {
            int i = columnRow[k];
            // Rows holding a slot of this column (the holder included) do not compare it with anything.
            if (columnOf(objectOfRow[i]) != j) {
                floor = Math.max(floor, columnValue[k] - profit[i] - epsilon);
            }
        }
        return floor;
    }

    /** Column of an object, or -1 for an "unmatched" object. */
    private int columnOf(int object) {
        return object < slots ? columnOfSlot[object] : -1;
    }

    /** Value of row i's best option outside the column (or unmatched object) it holds, at class prices. */
    private long bestOtherValue(int i) {
        int own = columnOf(objectOfRow[i]);
        long best = own < 0 || !unmatchedAllowed ? Long.MIN_VALUE : -price[slots + i];
        for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
            int j = edgeColumn[e];
            if (j != own) {
                best = Math.max(best, edgeValue[e] - columnPrice[j]);
            }
        }
        return best;
    }

    /** Row i bids for its best object; returns the row that held it, or {@link #NOBODY}. */
    private int bid(int i, long epsilon) {
        long best = Long.MIN_VALUE;
        long second = Long.MIN_VALUE;
        int bestObject = -1;
        int bestColumn = -1;
        for (int e = rowStart[i], end = rowStart[i + 1]; e < end; e++) {
            int j = edgeColumn[e];
            long a = edgeValue[e];
            long v = a - columnPrice[j];
            if (v > best) {
                second = best;
                best = v;
                bestColumn = j;
            } else if (v > second) {
                second = v;
            }
        }
        if (bestColumn >= 0) {
            bestObject = heap[slotStart[bestColumn]];
        }
        if (unmatchedAllowed) {
            int dummy = slots + i;
            long v = -price[dummy];
            if (v > best) {
                second = best;
                best = v;
                bestObject = dummy;
            } else if (v > second) {
                second = v;
            }
        }
        // The row ends up ε short of its second-best option (or ε below its only option).
        long newProfit = (second == Long.MIN_VALUE ? best : second) - epsilon;
        long newPrice = price[bestObject] + best - newProfit;
        int previous = owner[bestObject];
        owner[bestObject] = i;
        objectOfRow[i] = bestObject;
        profit[i] = newProfit;
        setPrice(bestObject, newPrice);
        return previous;
    }

    /**
     * Reverse auction: each unassigned object with a positive price either drops to price 0 (no row would gain more
     * than ε by taking it) or lowers its price to just attract its best row, which frees that row's previous object.
     */
    private void reverse(long epsilon, int[] queue) {
        int head = 0;
        int waiting = 0;
        for (int o = 0; o < objects; o++) {
            if (owner[o] == NOBODY && price[o] > 0) {
                queue[waiting++] = o;
            }
        }
        while (waiting > 0) {
            int o = queue[head];
            head = head + 1 == queue.length ? 0 : head + 1;
            waiting--;
            int freed = reverseBid(o, epsilon);
            if (freed >= 0 && price[freed] > 0) {
                int tail = head + waiting;
                queue[tail >= queue.length ? tail - queue.length : tail] = freed;
                waiting++;
            }
        }
    }

    /** Returns the object the attracted row left, or -1 when the object just dropped its price to 0. */
    private int reverseBid(int o, long epsilon) {
        long best = Long.MIN_VALUE;
        long second = Long.MIN_VALUE;
        int bestRow = -1;
        long bestValue = 0;
        if (o >= slots) {
            int i = o - slots;
            best = -profit[i];
            bestRow = i;
        } else {
            int j = columnOfSlot[o];
            for (int k = columnStart[j], end = columnStart[j + 1]; k < end; k++) {
                int i = columnRow[k];
                if (columnOf(objectOfRow[i]) == j) {
                    // Moving between identical slots changes nothing; such rows never compare their own column.
                    continue;
                }
                long v = columnValue[k] - profit[i];
                if (v > best) {
                    second = best;
                    best = v;
                    bestRow = i;
                    bestValue = columnValue[k];
                } else if (v > second) {
                    second = v;
                }
            }
        }
        if (bestRow < 0 || best - epsilon <= 0) {
            setPrice(o, 0);
            return -1;
        }
        long newPrice = second == Long.MIN_VALUE ? 0 : Math.max(0, second - epsilon);
        int left = objectOfRow[bestRow];
        owner[left] = NOBODY;
        owner[o] = bestRow;
        objectOfRow[bestRow] = o;
        profit[bestRow] = bestValue - newPrice;
        setPrice(o, newPrice);
        return left;
    }

    private void setPrice(int object, long newPrice) {
        if (newPrice > PRICE_LIMIT || newPrice < -PRICE_LIMIT) {
            throw new PriceOverflow();
        }
        long old = price[object];
        price[object] = newPrice;
        if (object < slots) {
            int j = columnOfSlot[object];
            if (newPrice > old) {
                siftDown(j, heapPosition[object]);
            } else {
                siftUp(j, heapPosition[object]);
            }
            refreshColumn(j);
        }
    }

    private boolean less(int a, int b) {
        return price[a] < price[b] || (price[a] == price[b] && a < b);
    }

    private void siftDown(int column, int position) {
        int from = slotStart[column];
        int size = slotStart[column + 1] - from;
        int k = position - from;
        int slot = heap[position];
        while (true) {
            int child = 2 * k + 1;
            if (child >= size) {
                break;
            }
            int c = heap[from + child];
            if (child + 1 < size && less(heap[from + child + 1], c)) {
                child++;
                c = heap[from + child];
            }
            if (!less(c, slot)) {
                break;
            }
            heap[from + k] = c;
            heapPosition[c] = from + k;
            k = child;
        }
        heap[from + k] = slot;
        heapPosition[slot] = from + k;
    }

    private void siftUp(int column, int position) {
        int from = slotStart[column];
        int k = position - from;
        int slot = heap[position];
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            int p = heap[from + parent];
            if (!less(slot, p)) {
                break;
            }
            heap[from + k] = p;
            heapPosition[p] = from + k;
            k = parent;
        }
        heap[from + k] = slot;
        heapPosition[slot] = from + k;
    }
}
