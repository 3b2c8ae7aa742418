package org.binome.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class IntCostAssignmentTests {

    @Test
    void solvesTheClassicFourByFourTextbookExample() {
        // Workers × jobs example used in many Hungarian-method courses; optimum 13 (by brute force below too).
        int[] costs = {
            9, 2, 7, 8,
            6, 4, 3, 7,
            5, 8, 1, 8,
            7, 6, 9, 4
        };
        LapSolution solution = IntCostAssignment.solve(4, 4, costs);
        assertThat(solution.totalCost()).isEqualTo(13).isEqualTo(BruteForce.minCost(4, 4, costs));
        assertThat(solution.columnOfRow()).containsExactly(1, 0, 2, 3);
    }

    @Test
    void reportedTotalIsTheSumOfTheChosenCells() {
        int[] costs = {
            82, 83, 69, 92,
            77, 37, 49, 92,
            11, 69, 5, 86,
            8, 9, 98, 23
        };
        LapSolution solution = IntCostAssignment.solve(4, 4, costs);
        long sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += costs[i * 4 + solution.columnOfRow()[i]];
        }
        assertThat(solution.totalCost()).isEqualTo(sum).isEqualTo(140);
    }

    @Test
    void rectangularMatrixLeavesTheUnneededColumnFree() {
        int[] costs = {
            5, 3, 9,
            4, 1, 7
        };
        LapSolution solution = IntCostAssignment.solve(2, 3, costs);
        assertThat(solution.totalCost()).isEqualTo(6); // 5 + 1, column 2 stays free
        assertThat(solution.columnOfRow()).containsExactly(0, 1);
    }

    @Test
    void singleRowPicksItsCheapestColumnEvenWhenAnotherColumnIsCheaperForNobody() {
        assertThat(IntCostAssignment.solve(1, 2, new int[] {5, 3}).columnOfRow())
                .containsExactly(1);
    }

    @Test
    void emptyMatrixCostsNothing() {
        assertThat(IntCostAssignment.solve(0, 0, new int[0]).totalCost()).isZero();
        assertThat(IntCostAssignment.solve(0, 3, new int[0]).columnOfRow()).isEmpty();
    }

    @Test
    void negativeAndExtremeCostsStayExact() {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        int[] costs = {max, min, min, max};
        assertThat(IntCostAssignment.solve(2, 2, costs).totalCost()).isEqualTo(2L * min);
    }

    @Test
    void moreRowsThanColumnsIsRejected() {
        assertThatThrownBy(() -> IntCostAssignment.solve(3, 2, new int[6]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 rows and 2 columns");
    }

    @Test
    void wrongNumberOfCostsIsRejected() {
        assertThatThrownBy(() -> IntCostAssignment.solve(2, 2, new int[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 4 costs");
    }

    /** List sizes below the column count make rows run out of candidates, which exercises the row bounds. */
    @Property(tries = 500)
    void matchesBruteForceOnSmallRandomMatrices(
            @ForAll @IntRange(min = 0, max = 7) int rows,
            @ForAll @IntRange(min = 0, max = 3) int extraColumns,
            @ForAll @IntRange(min = 1, max = 8) int listSize,
            @ForAll @IntRange(min = 1, max = 50) int costRange,
            @ForAll long seed) {
        int columns = rows + extraColumns;
        int[] costs = randomCosts(rows * columns, costRange, new Random(seed));
        LapSolution solution = IntCostAssignment.solve(rows, columns, costs, listSize);
        assertThat(solution.totalCost()).isEqualTo(BruteForce.minCost(rows, columns, costs));
        assertThat(solution.columnOfRow()).doesNotHaveDuplicates();
    }

    /**
     * Beyond brute-force sizes, the total must equal the one found by {@link DenseCore}, an independent solver that
     * scans every column of every row it reaches; costs with many ties and one-column lists stress the row bounds.
     */
    @Property(tries = 60)
    void shortCandidateListsAgreeWithTheFullScanSolverOnLargerMatrices(
            @ForAll @IntRange(min = 20, max = 80) int rows,
            @ForAll @IntRange(min = 0, max = 15) int extraColumns,
            @ForAll @IntRange(min = 1, max = 4) int listSize,
            @ForAll @IntRange(min = 2, max = 1000) int costRange,
            @ForAll long seed) {
        int columns = rows + extraColumns;
        int[] costs = randomCosts(rows * columns, costRange, new Random(seed));
        long referenceTotal = fullScanTotal(rows, columns, costs);

        LapSolution solution = IntCostAssignment.solve(rows, columns, costs, listSize);

        assertThat(solution.totalCost()).isEqualTo(referenceTotal);
        assertThat(solution.columnOfRow()).doesNotHaveDuplicates();
    }

    /** The cost shapes of the benchmark classes, small enough for brute force. */
    enum Shape {
        /** Integer costs in [0, 3): large plateaus of equal cost, and the minimum appears in most rows. */
        TIES,
        /** a_i·b_j plus noise in [0, 3): every row prefers the same columns. */
        PRODUCTS,
        /** Machol–Wien, c = i·j (1-based), optionally plus noise. */
        MACHOL_WIEN,
        /** Rounded distances between random points. */
        GEOMETRIC
    }

    static int[] shapedCosts(Shape shape, int rows, int columns, Random random) {
        int[] costs = new int[rows * columns];
        int[] a = new int[rows];
        int[] b = new int[columns];
        for (int i = 0; i < rows; i++) {
            a[i] = 1 + random.nextInt(10);
        }
        for (int j = 0; j < columns; j++) {
            b[j] = 1 + random.nextInt(10);
        }
        boolean noise = random.nextBoolean();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                costs[i * columns + j] = switch (shape) {
                    case TIES -> random.nextInt(3);
                    case PRODUCTS -> a[i] * b[j] + random.nextInt(3);
                    case MACHOL_WIEN -> (i + 1) * (j + 1) + (noise ? random.nextInt(2) : 0);
                    case GEOMETRIC -> (int) Math.round(Math.hypot(a[i] - b[j], (a[i] * 7 + b[j] * 3) % 11));
                };
            }
        }
        return costs;
    }

    /**
     * Every search strategy (adaptive, candidate lists only, dense Jonker–Volgenant search with and without the
     * greedy start at the global minimum, and the sorted start that replaces column reduction when every row prefers
     * the same columns) against brute force on the benchmark's cost shapes.
     */
    @Property(tries = 400)
    void everyStrategyMatchesBruteForceOnStructuredCosts(
            @ForAll Shape shape,
            @ForAll @IntRange(min = 0, max = 7) int rows,
            @ForAll @IntRange(min = 0, max = 2) int extraColumns,
            @ForAll @IntRange(min = 1, max = 8) int listSize,
            @ForAll long seed) {
        int columns = rows + extraColumns;
        int[] costs = shapedCosts(shape, rows, columns, new Random(seed));
        long optimum = BruteForce.minCost(rows, columns, costs);
        for (int mode = IntCostAssignment.ADAPTIVE; mode <= IntCostAssignment.SORTED_START; mode++) {
            LapSolution solution = IntCostAssignment.solveWith(rows, columns, costs, listSize, mode);
            assertThat(solution.totalCost()).as("strategy %d", mode).isEqualTo(optimum);
            assertThat(solution.columnOfRow()).doesNotHaveDuplicates();
        }
    }

    /**
     * Larger structured matrices, where the adaptive solver really switches between its searches: every strategy
     * must agree with {@link DenseCore}, the independent full-scan solver.
     */
    @Property(tries = 40)
    void everyStrategyAgreesWithTheFullScanSolverOnLargerStructuredMatrices(
            @ForAll Shape shape,
            @ForAll @IntRange(min = 20, max = 90) int rows,
            @ForAll @IntRange(min = 0, max = 5) int extraColumns,
            @ForAll long seed) {
        int columns = rows + extraColumns;
        int[] costs = shapedCosts(shape, rows, columns, new Random(seed));
        long referenceTotal = fullScanTotal(rows, columns, costs);
        for (int mode = IntCostAssignment.ADAPTIVE; mode <= IntCostAssignment.SORTED_START; mode++) {
            LapSolution solution = IntCostAssignment.solveWith(rows, columns, costs, 2, mode);
            assertThat(solution.totalCost()).as("strategy %d", mode).isEqualTo(referenceTotal);
            assertThat(solution.columnOfRow()).doesNotHaveDuplicates();
        }
    }

    /**
     * Rounded Euclidean distances between random points of a 1,000 × 1,000 square, as in the benchmark's geometric
     * class: half the rows a search reaches run out of candidates, so the adaptive solver hands over to the keyed
     * dense search ({@link DenseSearch#keyed}) after a few searches; every strategy must agree with {@link DenseCore}.
     */
    @Property(tries = 30)
    void roundedDistancesBetweenRandomPointsAgreeWithTheFullScanSolver(
            @ForAll @IntRange(min = 30, max = 300) int rows,
            @ForAll @IntRange(min = 0, max = 20) int extraColumns,
            @ForAll @IntRange(min = 1, max = 8) int listSize,
            @ForAll long seed) {
        int columns = rows + extraColumns;
        int[] costs = roundedDistances(rows, columns, columns, new Random(seed));
        long referenceTotal = fullScanTotal(rows, columns, costs);
        for (int mode = IntCostAssignment.ADAPTIVE; mode <= IntCostAssignment.SORTED_START; mode++) {
            LapSolution solution = IntCostAssignment.solveWith(rows, columns, costs, listSize, mode);
            assertThat(solution.totalCost()).as("strategy %d", mode).isEqualTo(referenceTotal);
            assertThat(solution.columnOfRow()).doesNotHaveDuplicates();
        }
    }

    /**
     * The keyed dense search runs on {@code int} distances while costs and potentials leave headroom, and goes on
     * with {@code long} ones from the first search where they no longer do: costs up to 2^25 (the largest it starts
     * on {@code int}) and up to 2^26 (straight to {@code long}), of either sign when {@code negative} (the branch-free
     * minimum of the {@code int} loop relies on these bounds for both signs), dense search only; the total must be the
     * full-scan solver's.
     */
    @Property(tries = 40)
    void denseSearchNearTheIntHeadroomAgreesWithTheFullScanSolver(
            @ForAll @IntRange(min = 20, max = 120) int rows,
            @ForAll @IntRange(min = 0, max = 10) int extraColumns,
            @ForAll @IntRange(min = 25, max = 26) int bits,
            @ForAll boolean negative,
            @ForAll long seed) {
        int columns = rows + extraColumns;
        Random random = new Random(seed);
        int[] costs = new int[rows * columns];
        for (int k = 0; k < costs.length; k++) {
            int magnitude = random.nextInt(3) == 0 ? (1 << bits) - random.nextInt(1000) : random.nextInt(1 << bits);
            costs[k] = negative && random.nextBoolean() ? -magnitude : magnitude;
        }
        long referenceTotal = fullScanTotal(rows, columns, costs);
        LapSolution solution =
                IntCostAssignment.solveWith(rows, columns, costs, 4, IntCostAssignment.DENSE_ONLY_WITHOUT_GREEDY);
        assertThat(solution.totalCost()).isEqualTo(referenceTotal);
        assertThat(solution.columnOfRow()).doesNotHaveDuplicates();
    }

    /**
     * Rows longer than {@link IntCostAssignment#SHORT_ROWS} whose lists run out often get longer lists instead of
     * the dense search: 120 rows and 130 columns as points of the same square, and 2,022 more columns 5,000 to the
     * right (long rows, but the assignment stays among the near points). With lists of 1, 2 and 8 columns the lists
     * grow after 8 to 41 searches on these seeds (counted when the test was written); the total must still be the
     * full-scan solver's.
     */
    @Test
    void longRowsThatRunOutOfCandidatesGetLongerListsAndStayExact() {
        for (long seed = 1; seed <= 3; seed++) {
            int rows = 120;
            int columns = IntCostAssignment.SHORT_ROWS + 104;
            int[] costs = roundedDistances(rows, columns, rows + 10, new Random(seed));
            long referenceTotal = fullScanTotal(rows, columns, costs);
            for (int listSize : new int[] {1, 2, 8}) {
                LapSolution solution = IntCostAssignment.solve(rows, columns, costs, listSize);
                assertThat(solution.totalCost())
                        .as("seed %d, lists of %d", seed, listSize)
                        .isEqualTo(referenceTotal);
                assertThat(solution.columnOfRow()).doesNotHaveDuplicates();
            }
        }
    }

    /** Rows and the first {@code near} columns are random points of a 1,000 square, the other columns 5,000 away. */
    private static int[] roundedDistances(int rows, int columns, int near, Random random) {
        double[][] p = new double[rows][2];
        double[][] q = new double[columns][2];
        for (double[] point : p) {
            point[0] = random.nextDouble() * 1000;
            point[1] = random.nextDouble() * 1000;
        }
        for (int j = 0; j < columns; j++) {
            q[j][0] = random.nextDouble() * 1000 + (j < near ? 0 : 5000);
            q[j][1] = random.nextDouble() * 1000;
        }
        int[] costs = new int[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                costs[i * columns + j] = (int) Math.round(Math.hypot(p[i][0] - q[j][0], p[i][1] - q[j][1]));
            }
        }
        return costs;
    }

    /** The optimum found by {@link DenseCore}, the independent solver that scans every column of every row reached. */
    private static long fullScanTotal(int rows, int columns, int[] costs) {
        double[] asDoubles = new double[costs.length];
        for (int k = 0; k < costs.length; k++) {
            asDoubles[k] = costs[k];
        }
        double[] neverUnmatched = new double[rows];
        java.util.Arrays.fill(neverUnmatched, 1e12);
        int[] reference = DenseCore.solve(rows, columns, asDoubles, neverUnmatched);
        long total = 0;
        for (int i = 0; i < rows; i++) {
            total += costs[i * columns + reference[i]];
        }
        return total;
    }

    /**
     * Products a_i·b_j of positive numbers (Machol–Wien when a_i = i and b_j = j), rows and columns shuffled: Monge
     * once sorted, so the sorted shortcut must fire, and its total must be brute force's. Without noise only: noise
     * breaks the Monge inequalities, and then the general solver runs (checked in the next property).
     */
    @Property(tries = 300)
    void sortedMongeShortcutFiresOnShuffledProductsAndMatchesBruteForce(
            @ForAll @IntRange(min = 2, max = 7) int n,
            @ForAll boolean macholWien,
            @ForAll @IntRange(min = 1, max = 1000) int valueRange,
            @ForAll long seed) {
        Random random = new Random(seed);
        int[] a = new int[n];
        int[] b = new int[n];
        for (int k = 0; k < n; k++) {
            a[k] = macholWien ? k + 1 : 1 + random.nextInt(valueRange);
            b[k] = macholWien ? k + 1 : 1 + random.nextInt(valueRange);
        }
        shuffle(a, random);
        shuffle(b, random);
        int[] costs = new int[n * n];
        long[] columnMinima = new long[n];
        java.util.Arrays.fill(columnMinima, Long.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                costs[i * n + j] = a[i] * b[j];
                columnMinima[j] = Math.min(columnMinima[j], costs[i * n + j]);
            }
        }
        long optimum = BruteForce.minCost(n, n, costs);

        int[] shortcut = IntCostAssignment.mongeAssignment(n, costs, columnMinima);
        LapSolution solution = IntCostAssignment.solve(n, n, costs);

        assertThat(shortcut).isNotNull().doesNotHaveDuplicates();
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += costs[i * n + shortcut[i]];
        }
        assertThat(total).isEqualTo(optimum);
        assertThat(solution.totalCost()).isEqualTo(optimum);
    }

    /**
     * On any small matrix (few distinct values, so some are Monge once sorted and most are not), the shortcut either
     * declines or returns an optimal assignment; the adaptive solver, which uses it, stays optimal.
     */
    @Property(tries = 500)
    void sortedMongeShortcutIsNeverWrong(
            @ForAll @IntRange(min = 0, max = 6) int n,
            @ForAll @IntRange(min = 1, max = 4) int costRange,
            @ForAll boolean products,
            @ForAll long seed) {
        Random random = new Random(seed);
        int[] costs = products ? shapedCosts(Shape.PRODUCTS, n, n, random) : randomCosts(n * n, costRange, random);
        long[] columnMinima = new long[n];
        java.util.Arrays.fill(columnMinima, Long.MAX_VALUE);
        for (int k = 0; k < costs.length; k++) {
            columnMinima[k % n] = Math.min(columnMinima[k % n], costs[k]);
        }
        long optimum = BruteForce.minCost(n, n, costs);
        int[] shortcut = IntCostAssignment.mongeAssignment(n, costs, columnMinima);
        if (shortcut != null) {
            long total = 0;
            for (int i = 0; i < n; i++) {
                total += costs[i * n + shortcut[i]];
            }
            assertThat(shortcut).doesNotHaveDuplicates();
            assertThat(total).isEqualTo(optimum);
        }
        assertThat(IntCostAssignment.solve(n, n, costs).totalCost()).isEqualTo(optimum);
    }

    @Test
    void oneCellBreakingTheMongeInequalityMakesTheShortcutDecline() {
        int n = 6;
        int[] costs = new int[n * n];
        long[] columnMinima = new long[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                costs[i * n + j] = (i + 1) * (j + 1);
            }
        }
        costs[2 * n + 4] -= 7; // 15 becomes 8: rows 2 and 3 on columns 5 and 4 now break the inequality
        for (int j = 0; j < n; j++) {
            columnMinima[j] = j + 1;
        }
        assertThat(IntCostAssignment.mongeAssignment(n, costs, columnMinima)).isNull();
        assertThat(IntCostAssignment.solve(n, n, costs).totalCost()).isEqualTo(BruteForce.minCost(n, n, costs));
    }

    @Test
    void macholWienOfSizeTwoThousandIsSolvedByTheSortedShortcutWithTheAntiDiagonal() {
        int n = 2000;
        int[] costs = new int[n * n];
        long expected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                costs[i * n + j] = (i + 1) * (j + 1);
            }
            expected += (long) (i + 1) * (n - i); // rearrangement inequality: largest with smallest
        }
        LapSolution solution = IntCostAssignment.solve(n, n, costs);
        assertThat(solution.totalCost()).isEqualTo(expected);
        assertThat(solution.columnOfRow()[0]).isEqualTo(n - 1);
    }

    private static void shuffle(int[] values, Random random) {
        for (int k = values.length - 1; k > 0; k--) {
            int other = random.nextInt(k + 1);
            int kept = values[k];
            values[k] = values[other];
            values[other] = kept;
        }
    }

    private static int[] randomCosts(int count, int costRange, Random random) {
        int[] costs = new int[count];
        for (int k = 0; k < count; k++) {
            costs[k] = random.nextInt(costRange) - costRange / 3;
        }
        return costs;
    }

    @Property(tries = 20)
    void sameInputGivesSameAssignment(@ForAll long seed) {
        Random random = new Random(seed);
        int n = 60;
        int[] costs = new int[n * n];
        for (int k = 0; k < costs.length; k++) {
            costs[k] = random.nextInt(5); // many ties
        }
        assertThat(IntCostAssignment.solve(n, n, costs).columnOfRow())
                .containsExactly(IntCostAssignment.solve(n, n, costs.clone()).columnOfRow());
    }
}
