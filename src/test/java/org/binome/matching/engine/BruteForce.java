package org.binome.matching.engine;

/** Exhaustive optima for tiny instances: the independent oracle the solvers are checked against. */
final class BruteForce {

    private BruteForce() {}

    /** Best total score, trying every mentee on every mentor with room, and unmatched. */
    static double bestTotal(double[][] byMentor, boolean[][] allowed, int[] capacity, int mentees) {
        return best(byMentor, allowed, capacity.clone(), 0, mentees);
    }

    private static double best(double[][] s, boolean[][] allowed, int[] room, int mentee, int mentees) {
        if (mentee == mentees) {
            return 0;
        }
        double best = best(s, allowed, room, mentee + 1, mentees);
        for (int j = 0; j < s.length; j++) {
            if (room[j] > 0 && allowed[j][mentee]) {
                room[j]--;
                best = Math.max(best, s[j][mentee] + best(s, allowed, room, mentee + 1, mentees));
                room[j]++;
            }
        }
        return best;
    }

    /** Minimum cost over every injective row → column map (rows ≤ columns). */
    static long minCost(int rows, int columns, int[] costs) {
        return minCost(rows, columns, costs, 0, new boolean[columns]);
    }

    private static long minCost(int rows, int columns, int[] costs, int row, boolean[] used) {
        if (row == rows) {
            return 0;
        }
        long best = Long.MAX_VALUE;
        for (int j = 0; j < columns; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, costs[row * columns + j] + minCost(rows, columns, costs, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
