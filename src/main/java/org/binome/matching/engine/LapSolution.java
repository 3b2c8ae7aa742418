package org.binome.matching.engine;

/**
 * Optimal solution of an integer-cost assignment problem (every row assigned, minimum total cost).
 *
 * <p>The total is a {@code long} so that callers comparing against a reference solver (OR-Library optima, scipy) get
 * an exact integer rather than a rounded double.
 *
 * @param columnOfRow for each row, the 0-based column it is assigned to
 * @param totalCost sum of the costs of the chosen cells
 */
public record LapSolution(int[] columnOfRow, long totalCost) {}
