package org.binome.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The auction solver against the path-based solver and the dense engine, on random problems full of ties. */
class SparseAuctionTests {

    /** A random integer problem in CSR form, with repeated pairs, negative values and zero capacities. */
    private record Problem(int[] rowStart, int[] column, long[] value, int[] capacity) {

        static Problem random(int rows, int columns, int maxDegree, int maxValue, int maxCapacity, long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int[] rowStart = new int[rows + 1];
            int[] column = new int[rows * maxDegree];
            long[] value = new long[rows * maxDegree];
            int edges = 0;
            for (int i = 0; i < rows; i++) {
                int degree = columns == 0 ? 0 : random.nextInt(maxDegree + 1);
                for (int d = 0; d < degree; d++) {
                    column[edges] = random.nextInt(columns);
                    value[edges++] = random.nextInt(maxValue + 6) - 5;
                }
                rowStart[i + 1] = edges;
            }
            int[] capacity = new int[columns];
            for (int j = 0; j < columns; j++) {
                capacity[j] = random.nextInt(maxCapacity + 1);
            }
            return new Problem(rowStart, Arrays.copyOf(column, edges), Arrays.copyOf(value, edges), capacity);
        }

        int rows() {
            return rowStart.length - 1;
        }

        /** Best value of the pair, or null when it is not listed. */
        Long best(int row, int col) {
            Long best = null;
            for (int e = rowStart[row]; e < rowStart[row + 1]; e++) {
                if (column[e] == col && (best == null || value[e] > best)) {
                    best = value[e];
                }
            }
            return best;
        }

        /** Checks listed pairs and capacities, and returns the total value. */
        long total(int[] columnOfRow) {
            int[] load = new int[capacity.length];
            long total = 0;
            for (int i = 0; i < rows(); i++) {
                int j = columnOfRow[i];
                if (j >= 0) {
                    Long best = best(i, j);
                    assertThat(best).as("row %d uses a listed column", i).isNotNull();
                    total += best;
                    load[j]++;
                }
            }
            for (int j = 0; j < load.length; j++) {
                assertThat(load[j]).as("load of column %d", j).isLessThanOrEqualTo(capacity[j]);
            }
            return total;
        }

        int[] byAuction() {
            return SparseAuction.solve(rowStart, column, value, capacity);
        }

        int[] byPaths() {
            double[] cost = new double[value.length];
            for (int e = 0; e < cost.length; e++) {
                cost[e] = -value[e];
            }
            return new SparseCore(capacity.length, rowStart, column, cost, new double[rows()], capacity).solve();
        }
    }

    @Property(tries = 300)
    void auctionFindsThePathSolverOptimum(
            @ForAll @IntRange(min = 0, max = 30) int rows,
            @ForAll @IntRange(min = 0, max = 30) int columns,
            @ForAll @IntRange(min = 0, max = 6) int maxDegree,
            @ForAll @IntRange(min = 0, max = 12) int maxValue,
            @ForAll @IntRange(min = 0, max = 3) int maxCapacity,
            @ForAll long seed) {
        Problem problem = Problem.random(rows, columns, maxDegree, maxValue, maxCapacity, seed);
        assertThat(problem.total(problem.byAuction())).isEqualTo(problem.total(problem.byPaths()));
    }

    @Property(tries = 15)
    void auctionFindsThePathSolverOptimumOnLargerProblems(
            @ForAll @IntRange(min = 200, max = 1500) int rows,
            @ForAll @IntRange(min = 200, max = 1500) int columns,
            @ForAll @IntRange(min = 1, max = 2) int maxCapacity,
            @ForAll long seed) {
        Problem problem = Problem.random(rows, columns, 12, 1000, maxCapacity, seed);
        assertThat(problem.total(problem.byAuction())).isEqualTo(problem.total(problem.byPaths()));
    }

    @Test
    void sameProblemGivesTheSameAssignmentTiesIncluded() {
        Problem problem = Problem.random(3000, 2000, 8, 3, 2, 7);
        assertThat(problem.byAuction()).containsExactly(problem.byAuction());
    }

    @Test
    void rowsWithoutUsableColumnsStayUnmatchedAndZeroPairsAreTakenWhenFree() {
        // Row 0: only a negative pair; row 1: a pair worth 0 on a free column; row 2: a column of capacity 0.
        int[] rowStart = {0, 1, 2, 3};
        int[] column = {0, 1, 2};
        long[] value = {-3, 0, 9};
        int[] capacity = {1, 1, 0};
        assertThat(SparseAuction.solve(rowStart, column, value, capacity)).containsExactly(-1, 1, -1);
    }

    @Test
    void aColumnWithCapacityTakesItsBestRows() {
        // Three rows want column 0 (capacity 2); the one with the best alternative goes to column 1.
        int[] rowStart = {0, 2, 4, 5};
        int[] column = {0, 1, 0, 1, 0};
        long[] value = {10, 9, 10, 2, 10};
        int[] capacity = {2, 1};
        assertThat(SparseAuction.solve(rowStart, column, value, capacity)).containsExactly(1, 0, 0);
    }

    /** Scores on a decimal grid (0.1 steps) and with full binary precision, both against the dense engine. */
    @Property(tries = 40)
    void sparseEngineAgreesWithDenseEngineOnDecimalAndFullPrecisionScores(
            @ForAll @IntRange(min = 1, max = 25) int mentors,
            @ForAll @IntRange(min = 1, max = 40) int mentees,
            @ForAll boolean fullPrecision,
            @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] scores = new double[mentors][mentees];
        SparseScores.Builder builder = SparseScores.builder(mentors, mentees);
        java.util.List<Pair> forbidden = new java.util.ArrayList<>();
        for (int j = 0; j < mentors; j++) {
            for (int i = 0; i < mentees; i++) {
                scores[j][i] = fullPrecision ? random.nextDouble() * 10 - 1 : (random.nextInt(60) - 10) / 10.0;
                if (random.nextInt(3) == 0) {
                    forbidden.add(new Pair(j, i));
                } else {
                    builder.add(i, j, scores[j][i]);
                }
            }
        }
        int[] capacity = new int[mentors];
        for (int j = 0; j < mentors; j++) {
            capacity[j] = random.nextInt(3);
        }
        MatchingRules rules = new MatchingRules(random.nextBoolean() ? 1.5 : Double.NEGATIVE_INFINITY, capacity);
        MatchingResult dense = MatchingEngine.solve(DenseScores.of(scores, forbidden), rules);
        MatchingResult sparse = MatchingEngine.solve(builder.build(), rules);
        assertThat(sparse.totalScore()).isCloseTo(dense.totalScore(), within(1e-9));
        for (Match match : sparse.matches()) {
            assertThat(forbidden).doesNotContain(new Pair(match.mentor(), match.mentee()));
            assertThat(match.score()).isGreaterThanOrEqualTo(rules.minScore());
        }
    }

    /** The command line's "fewest unmatched, then cheapest" objective, auction against the path-based solver. */
    @Property(tries = 200)
    void sparseFileSolutionEqualsThePathSolver(
            @ForAll @IntRange(min = 0, max = 25) int rows,
            @ForAll @IntRange(min = 0, max = 25) int columns,
            @ForAll @IntRange(min = 0, max = 60) int edges,
            @ForAll @IntRange(min = 1, max = 1000) int costRange,
            @ForAll long seed)
            throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        int listed = rows == 0 || columns == 0 ? 0 : edges;
        StringBuilder file = new StringBuilder(rows + " " + columns + " " + listed + "\n");
        for (int e = 0; e < listed; e++) {
            file.append(1 + random.nextInt(rows))
                    .append(' ')
                    .append(1 + random.nextInt(columns))
                    .append(' ')
                    .append(random.nextInt(costRange) - costRange / 3)
                    .append('\n');
        }
        SparseCostFile problem =
                SparseCostFile.read(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.US_ASCII)));
        SparseCostFile.Solution auction = problem.solve();
        SparseCostFile.Solution paths = problem.solveByPaths();
        assertThat(auction.matched()).isEqualTo(paths.matched());
        assertThat(auction.totalCost()).isEqualTo(paths.totalCost());
        assertThat(Arrays.stream(auction.columnOfRow())
                        .filter(j -> j >= 0)
                        .distinct()
                        .count())
                .isEqualTo(auction.matched());
    }
}
