package org.binome.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link CostScalingAssignment}: a minimum-cost perfect matching, exact, on every cost shape. */
class CostScalingAssignmentTests {

    /** A square problem in CSR form with a perfect matching (row i lists column σ(i)), no column twice in a row. */
    private record Problem(int n, int[] start, int[] column, long[] cost) {}

    private static Problem randomProblem(int n, int degree, int shape, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        long[] rowFactor = random.longs(n, 1, 101).toArray();
        long[] columnFactor = random.longs(n, 1, 101).toArray();
        int[] start = new int[n + 1];
        int[] column = new int[n * (degree + 1)];
        long[] cost = new long[column.length];
        int at = 0;
        for (int i = 0; i < n; i++) {
            boolean[] listed = new boolean[n];
            for (int k = 0; k <= degree; k++) {
                int j = k == 0 ? order[i] : random.nextInt(n);
                if (listed[j]) {
                    continue;
                }
                listed[j] = true;
                column[at] = j;
                cost[at++] = switch (shape) {
                    case 0 -> random.nextInt(3); // ties
                    case 1 -> random.nextInt(2000) - 600; // negative costs too
                    case 2 -> random.nextLong(Integer.MAX_VALUE + 1L); // the widest spread solved here
                    case 3 -> rowFactor[i] * columnFactor[j] + random.nextInt(10); // every row prefers the same
                    default -> (long) (i + 1) * (j + 1); // Machol–Wien
                };
            }
            start[i + 1] = at;
        }
        return new Problem(n, start, Arrays.copyOf(column, at), Arrays.copyOf(cost, at));
    }

    private static BigInteger total(Problem p, int[] columnOfRow) {
        assertThat(columnOfRow).hasSize(p.n);
        assertThat(Arrays.stream(columnOfRow)).doesNotHaveDuplicates().allMatch(j -> j >= 0 && j < p.n);
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < p.n; i++) {
            long found = Long.MIN_VALUE;
            for (int e = p.start[i]; e < p.start[i + 1]; e++) {
                if (p.column[e] == columnOfRow[i]) {
                    found = p.cost[e];
                }
            }
            assertThat(found).as("row %d uses a listed pair", i).isNotEqualTo(Long.MIN_VALUE);
            total = total.add(BigInteger.valueOf(found));
        }
        return total;
    }

    /** Exhaustive: the least total over every perfect matching. */
    private static BigInteger bruteForce(Problem p, int row, boolean[] used) {
        if (row == p.n) {
            return BigInteger.ZERO;
        }
        BigInteger best = null;
        for (int e = p.start[row]; e < p.start[row + 1]; e++) {
            int j = p.column[e];
            if (!used[j]) {
                used[j] = true;
                BigInteger rest = bruteForce(p, row + 1, used);
                used[j] = false;
                if (rest != null) {
                    BigInteger total = rest.add(BigInteger.valueOf(p.cost[e]));
                    best = best == null || total.compareTo(best) < 0 ? total : best;
                }
            }
        }
        return best;
    }

    @Property(tries = 800)
    void matchesBruteForceOnEveryCostShape(
            @ForAll @IntRange(min = 0, max = 8) int n,
            @ForAll @IntRange(min = 0, max = 8) int degree,
            @ForAll @IntRange(min = 0, max = 4) int shape,
            @ForAll long seed) {
        Problem p = randomProblem(n, degree, shape, new SplittableRandom(seed));
        int[] columnOfRow = CostScalingAssignment.solve(p.start, p.column, p.cost);
        assertThat(total(p, columnOfRow)).isEqualTo(bruteForce(p, 0, new boolean[n]));
    }

    /** Larger instances, against the checked successive shortest paths of {@link SparseAssignment}. */
    @Property(tries = 120)
    void agreesWithShortestPathsOnLargerInstances(
            @ForAll @IntRange(min = 1, max = 300) int n,
            @ForAll @IntRange(min = 0, max = 20) int degree,
            @ForAll @IntRange(min = 0, max = 4) int shape,
            @ForAll long seed)
            throws Exception {
        Problem p = randomProblem(n, degree, shape, new SplittableRandom(seed));
        long min = Arrays.stream(p.cost).min().orElse(0);
        SparseAssignment.Graph graph = new SparseAssignment.Graph(n, n, p.start, p.column, p.cost);
        assertThat(total(p, CostScalingAssignment.solve(p.start, p.column, p.cost)))
                .isEqualTo(total(p, SparseAssignment.shortestPaths(graph, min)));
    }

    @Test
    void spreadsBeyondAnIntOrTheScaledBoundAreLeftToTheOtherSolvers() {
        assertThat(CostScalingAssignment.fits(Integer.MAX_VALUE, 100_000)).isTrue();
        assertThat(CostScalingAssignment.fits(Integer.MAX_VALUE + 1L, 10)).isFalse();
        assertThat(CostScalingAssignment.fits(Integer.MAX_VALUE, 10_000_000)).isFalse();
    }

    @Test
    void solvesTheEmptyProblemAndASingleArc() {
        assertThat(CostScalingAssignment.solve(new int[] {0}, new int[0], new long[0]))
                .isEmpty();
        assertThat(CostScalingAssignment.solve(new int[] {0, 1}, new int[] {0}, new long[] {-7}))
                .containsExactly(0);
    }
}
