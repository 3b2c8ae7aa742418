#!/usr/bin/env python3
"""Side-by-side timing of Binôme's assignment engine and scipy on the same seeded instances.

Writes OR-Library assignprob files (and a capacity and a sparse instance) into target/bench/, solves each with
scipy and with the Java engine, checks that both optima are equal and prints a table. Solve times exclude parsing on
both sides; each side reports the median (and best) of RUNS solves, the Java side in one JVM so the JIT is warm.

Usage: python3 bench/compare_scipy.py [--runs N] [--sizes 500,1000,2000,5000] [--wide-sizes 2000] [--skip-dense]
                                      [--skip-sparse] [--skip-capacity]
Expects target/classes and target/test-classes (bench/run.sh builds them).
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "target", "bench")
CP = os.pathsep.join([os.path.join(ROOT, "target", "classes"), os.path.join(ROOT, "target", "test-classes")])
JAVA = ["java", "-Xmx6g", "-cp", CP]


def write_assignprob(path, costs):
    with open(path, "w") as f:
        f.write(f"{costs.shape[0]}\n")
        np.savetxt(f, costs, fmt="%d")


def time_scipy(solve, runs):
    times, value = [], None
    for _ in range(runs):
        start = time.perf_counter()
        value = solve()
        times.append((time.perf_counter() - start) * 1000)
    return value, statistics.median(times), min(times)


def run_java(args):
    out = subprocess.run(JAVA + args, check=True, capture_output=True, text=True).stdout
    cost = int(re.search(r"optimal cost: (-?\d+)", out).group(1))
    m = re.search(r"solve ms: ([\d.]+)(?: \(best of \d+, median ([\d.]+))?", out)
    best = float(m.group(1))
    median = float(m.group(2)) if m.group(2) else best
    return cost, median, best


def row(name, scipy_result, java_result):
    (s_cost, s_med, s_best), (j_cost, j_med, j_best) = scipy_result, java_result
    same = "yes" if int(round(s_cost)) == j_cost else f"NO ({s_cost} vs {j_cost})"
    print(f"| {name} | {s_med:.1f} | {s_best:.1f} | {j_med:.1f} | {j_best:.1f} | {j_med / s_med:.2f} | {same} |",
          flush=True)
    return same == "yes"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="500,1000,2000,5000")
    parser.add_argument("--wide-sizes", default="2000",
                        help="sizes of dense instances with costs in 1..1,000,000 (few ties), '' for none")
    parser.add_argument("--skip-dense", action="store_true")
    parser.add_argument("--skip-sparse", action="store_true")
    parser.add_argument("--skip-capacity", action="store_true")
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    ok = True
    print("| instance | scipy median ms | scipy best ms | Binôme median ms | Binôme best ms | ratio (median) | same optimum |")
    print("|---|---|---|---|---|---|---|")
    dense_cases = [] if args.skip_dense else (
        [(int(s), 1000) for s in args.sizes.split(",") if s]
        + [(int(s), 1_000_000) for s in args.wide_sizes.split(",") if s])
    for n, high in dense_cases:
        costs = np.random.default_rng(n).integers(1, high + 1, size=(n, n))
        path = os.path.join(OUT, f"assign{n}.txt" if high == 1000 else f"assign{n}-wide.txt")
        if not os.path.exists(path):
            write_assignprob(path, costs)
        dense = costs.astype(np.float64)
        scipy_result = time_scipy(lambda: dense[linear_sum_assignment(dense)].sum(), args.runs)
        java_result = run_java(["org.binome.matching.engine.SolveCommand", "--no-assignment", "--repeat",
                                str(args.runs), path])
        ok &= row(f"dense {n}x{n}, costs 1..{high:,}", scipy_result, java_result)

    if not args.skip_capacity:
        mentees, mentors, capacity = 5000, 2000, 3
        costs = np.random.default_rng(7).integers(1, 1001, size=(mentees, mentors))
        path = os.path.join(OUT, "capacity5000x2000x3.txt")
        if not os.path.exists(path):
            with open(path, "w") as f:
                f.write(f"{mentees} {mentors} {capacity}\n")
                np.savetxt(f, costs, fmt="%d")
        expanded = np.repeat(costs, capacity, axis=1).astype(np.float64)
        scipy_result = time_scipy(lambda: expanded[linear_sum_assignment(expanded)].sum(), args.runs)
        java_result = run_java(["org.binome.matching.engine.DenseTiming", path, str(args.runs)])
        ok &= row("capacity: 5000 mentees x 2000 mentors x 3", scipy_result, java_result)

    if not args.skip_sparse:
        n, k = 100_000, 20
        rng = np.random.default_rng(11)
        rows = np.repeat(np.arange(n), k)
        # k distinct random columns per row: a random offset walk modulo n never repeats within a row.
        cols = (rng.integers(0, n, size=n)[:, None] + np.cumsum(rng.integers(1, n // k, size=(n, k)), axis=1)) % n
        cols = cols.ravel()
        cost = rng.integers(1, 1001, size=n * k)
        path = os.path.join(OUT, "sparse100000x20.txt")
        if not os.path.exists(path):
            with open(path, "w") as f:
                f.write(f"{n} {n} {n * k}\n")
                np.savetxt(f, np.column_stack([rows + 1, cols + 1, cost]), fmt="%d")
        graph = csr_matrix((cost.astype(np.float64), (rows, cols)), shape=(n, n))

        def scipy_sparse():
            r, c = min_weight_full_bipartite_matching(graph)
            return graph[r, c].sum()

        runs = max(1, min(args.runs, 3))
        scipy_result = time_scipy(scipy_sparse, runs)
        java_result = run_java(["org.binome.matching.engine.SolveCommand", "--sparse", "--no-assignment", "--repeat",
                                str(runs), path])
        ok &= row("sparse 100000x100000, 20 per row, full matching", scipy_result, java_result)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
