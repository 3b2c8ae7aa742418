#!/usr/bin/env python3
"""Side-by-side timing of Binôme's `solve` command, scipy and OR-Tools on generated instances of several classes.

Dense classes (n x n, integer costs, every row assigned), each with its own seed:
  uniform    costs uniform in 1..1,000
  wide       costs uniform in 1..1,000,000 (few ties)
  ties       costs uniform in 0..9 (large plateaus of equal cost)
  products   c = a_i * b_j + noise, a, b uniform in 1..100, noise in 0..9 (every row prefers the same columns)
  machol     Machol-Wien, c = i * j for i, j = 1..n
  geometric  rounded Euclidean distances between random points of a 1,000 x 1,000 square
Sparse: n x n with 20 distinct random candidate columns per row, costs uniform in 1..HIGH (--sparse-costs).

Dense instances are compared with scipy's linear_sum_assignment, sparse ones with OR-Tools' SimpleLinearSumAssignment
(Java binding, `OrToolsTiming`, native code) and optionally scipy's min_weight_full_bipartite_matching. Every solver
reads the same file; the optima must be equal. Times are solve times only (no parsing): the median of RUNS solves,
Java ones in one JVM after WARMUP untimed solves (JIT compilation; scipy gets the same untimed solves), wall clock and CPU time of the solving thread (on
a machine shared with other work the CPU ratio is the one to read; scipy's CPU is its process time). With --before DIR the engine compiled in DIR (e.g.
the classes of an earlier commit) runs too, in the same run, so before/after ratios are measured side by side.

Dense instances are timed interleaved by default: each Java engine runs in a JVM of its own that is warmed up
(WARMUP solves, and more until --warmup-ms of its thread's CPU is spent), then solves once per request; each round
times one scipy solve and one solve of each engine, in an order that rotates from round to round (so no side is
always first), and the CPU figure reported is the median over the RUNS rounds of the per-round ratio, with its
quartiles: a burst of load elsewhere hits the solves of one round alike. --sequential restores the former timing
(all of scipy's solves, then one JVM per engine in turn, the engine before --before: that order biases against it).

Usage: python3 bench/compare.py [--runs 5] [--classes uniform,ties,...] [--sizes 500,1000,2000,5000]
                                [--sparse-sizes 20000,50000,100000] [--sparse-costs 1000000,1000000000]
                                [--skip-dense] [--skip-sparse] [--scipy-sparse] [--before DIR] [--warmup 2]
                                [--warmup-ms 0] [--sequential]
Expects target/classes, target/test-classes and target/bench/classpath.txt (bench/run.sh builds them).
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
SEEDS = {"uniform": 1, "wide": 2, "ties": 3, "products": 4, "machol": 5, "geometric": 6, "sparse": 7}


def classpath(classes):
    parts = [classes, os.path.join(ROOT, "target", "test-classes")]
    extra = os.path.join(OUT, "classpath.txt")
    if os.path.exists(extra):
        parts.append(open(extra).read().strip())
    return os.pathsep.join(parts)


def dense_costs(kind, n):
    rng = np.random.default_rng(SEEDS[kind] * 1_000_003 + n)
    if kind == "uniform":
        return rng.integers(1, 1001, size=(n, n))
    if kind == "wide":
        return rng.integers(1, 1_000_001, size=(n, n))
    if kind == "ties":
        return rng.integers(0, 10, size=(n, n))
    if kind == "products":
        a = rng.integers(1, 101, size=n)
        b = rng.integers(1, 101, size=n)
        return a[:, None] * b[None, :] + rng.integers(0, 10, size=(n, n))
    if kind == "machol":
        i = np.arange(1, n + 1, dtype=np.int64)
        return i[:, None] * i[None, :]
    if kind == "geometric":
        p = rng.uniform(0, 1000, size=(n, 2))
        q = rng.uniform(0, 1000, size=(n, 2))
        return np.rint(np.hypot(p[:, None, 0] - q[None, :, 0], p[:, None, 1] - q[None, :, 1])).astype(np.int64)
    raise ValueError(kind)


def dense_file(kind, n, costs):
    path = os.path.join(OUT, f"dense-{kind}-{n}.txt")
    if not os.path.exists(path):
        with open(path + ".tmp", "w") as f:
            f.write(f"{n}\n")
            for r in costs:
                f.write(" ".join(map(str, r.tolist())))
                f.write("\n")
        os.replace(path + ".tmp", path)
    return path


def sparse_instance(n, k, high):
    rng = np.random.default_rng(SEEDS["sparse"] * 1_000_003 + n * 7 + len(str(high)))
    rows = np.repeat(np.arange(n), k)
    # k distinct random columns per row: a random offset walk modulo n never repeats within a row.
    cols = ((rng.integers(0, n, size=n)[:, None] + np.cumsum(rng.integers(1, n // k, size=(n, k)), axis=1)) % n).ravel()
    cost = rng.integers(1, high + 1, size=n * k)
    path = os.path.join(OUT, f"sparse-{n}x{k}-{high}.txt")
    if not os.path.exists(path):
        with open(path + ".tmp", "w") as f:
            f.write(f"{n} {n} {n * k}\n")
            np.savetxt(f, np.column_stack([rows + 1, cols + 1, cost]), fmt="%d")
        os.replace(path + ".tmp", path)
    return path, rows, cols, cost


def time_python(solve, runs, warmup=0):
    """(optimum, median wall ms, median CPU ms) of RUNS solves after WARMUP untimed ones (the same count the Java side
    gets, so both sides are timed in the same steady state); scipy runs in this single thread, so process time is its
    CPU."""
    times, cpu, value = [], [], None
    for _ in range(warmup):
        solve()
    for _ in range(runs):
        start, cpu_start = time.perf_counter(), time.process_time()
        value = solve()
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - cpu_start) * 1000)
    return int(round(value)), statistics.median(times), statistics.median(cpu)


def run_java(classes, args):
    """(optimum, median wall ms, median thread-CPU ms), or (None, reason, None) when it refused the file or failed."""
    proc = subprocess.run(["java", "-Xmx6g", "-cp", classpath(classes)] + args, capture_output=True, text=True)
    if proc.returncode != 0:
        return None, (proc.stderr.strip() or proc.stdout.strip()).splitlines()[-1][-90:], None
    out = proc.stdout
    status = re.search(r"status: (\w+)", out)
    if status and status.group(1) != "OPTIMAL":
        return None, f"status {status.group(1)}", None
    cost = int(re.search(r"optimal cost: (-?\d+)", out).group(1))
    m = re.search(r"solve ms: ([\d.]+)(?: \(best of \d+, median ([\d.]+))?", out)
    c = re.search(r"solve cpu ms: [\d.]+ \(median ([\d.]+)\)", out)
    return cost, float(m.group(2) or m.group(1)), float(c.group(1))


class JavaServer:
    """An EngineTiming JVM in serve mode: warmed up once, then one timed solve per request."""

    def __init__(self, classes, kind, path, warmup, warmup_ms):
        self.proc = subprocess.Popen(["java", "-Xmx6g", "-cp", classpath(classes), "org.binome.matching.engine.EngineTiming",
                                      kind, path, "1", str(warmup), str(warmup_ms), "serve"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().strip()
        if line != "ready":
            self.proc.kill()
            raise RuntimeError(f"{classes}: {line or self.proc.stderr.read().strip()[-200:]}")

    def solve(self):
        """(total, wall ms, thread CPU ms) of one solve."""
        self.proc.stdin.write("solve\n")
        self.proc.stdin.flush()
        cpu, wall, total = self.proc.stdout.readline().split()
        return int(total), int(wall) / 1e6, int(cpu) / 1e6

    def close(self):
        self.proc.stdin.close()
        self.proc.wait()


def quartiles(values):
    q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return q[0], statistics.median(values), q[2]


def interleaved(classes_list, path, dense, runs, warmup, warmup_ms):
    """scipy and each engine timed in rounds (one solve each, order rotating). Returns scipy's (total, median wall,
    median CPU) and per engine (total, median wall, median CPU, per-round CPU ratios) or (None, reason, None, None)."""
    servers = []
    for classes in classes_list:
        try:
            servers.append(JavaServer(classes, "dense", path, warmup, warmup_ms))
        except RuntimeError as e:
            servers.append(str(e))
    for _ in range(warmup):
        linear_sum_assignment(dense)
    s_wall, s_cpu, s_total = [], [], None
    wall = [[] for _ in servers]
    cpu = [[] for _ in servers]
    totals = [None] * len(servers)
    sides = list(range(-1, len(servers)))
    for r in range(runs):
        k = r % len(sides)
        for side in sides[k:] + sides[:k]:
            if side < 0:
                start, cpu_start = time.perf_counter(), time.process_time()
                s_total = int(round(dense[linear_sum_assignment(dense)].sum()))
                s_wall.append((time.perf_counter() - start) * 1000)
                s_cpu.append((time.process_time() - cpu_start) * 1000)
            elif not isinstance(servers[side], str):
                totals[side], w, c = servers[side].solve()
                wall[side].append(w)
                cpu[side].append(c)
    results = []
    for k, server in enumerate(servers):
        if isinstance(server, str):
            results.append((None, server[-90:], None, None))
            continue
        server.close()
        ratios = [c / s for c, s in zip(cpu[k], s_cpu)]
        results.append((totals[k], statistics.median(wall[k]), statistics.median(cpu[k]), ratios))
    return (s_total, statistics.median(s_wall), statistics.median(s_cpu)), results


def dense_instances(args):
    """(class, n, file, costs as float64) for each size and class asked for, files written once."""
    for n in [int(s) for s in args.sizes.split(",") if s]:
        for kind in [k for k in args.classes.split(",") if k]:
            costs = dense_costs(kind, n)
            yield kind, n, dense_file(kind, n, costs), costs.astype(np.float64)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--classes", default="uniform,wide,ties,products,machol,geometric")
    parser.add_argument("--sizes", default="500,1000,2000,5000")
    parser.add_argument("--sparse-sizes", default="20000,50000,100000")
    parser.add_argument("--sparse-costs", default="1000000,1000000000")
    parser.add_argument("--skip-dense", action="store_true")
    parser.add_argument("--skip-sparse", action="store_true")
    parser.add_argument("--scipy-sparse", action="store_true", help="also check scipy's optimum on the sparse instances")
    parser.add_argument("--warmup", type=int, default=2,
                        help="untimed solves before the timed ones, on both sides (the JVM's JIT needs them)")
    parser.add_argument("--warmup-ms", type=int, default=0,
                        help="Java side: keep warming up until this much thread CPU is spent (interleaved timing)")
    parser.add_argument("--sequential", action="store_true",
                        help="dense: the former timing (scipy's solves, then each engine's JVM), not interleaved")
    parser.add_argument("--before", help="classes directory of an earlier engine, timed in the same run")
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    classes = os.path.join(ROOT, "target", "classes")
    ok = True
    print(f"runs {args.runs}, warm-up solves {args.warmup} (both sides), Java warm-up at least {args.warmup_ms} ms CPU, "
          f"dense timing {'sequential' if args.sequential else 'interleaved (CPU ratio: median of per-round ratios, [quartiles])'}",
          flush=True)
    print(f"load average at start: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}", flush=True)
    before = " before ms (CPU) | before ratio CPU |" if args.before else ""
    warm = str(args.warmup)

    def load():
        return f" {os.getloadavg()[0]:.1f} |"

    def ratio(a, b):
        return f"{a / b:.2f}" if a is not None and b else "—"

    if not args.skip_dense and not args.sequential:
        before_cols = " before ms (CPU) | before ratio CPU [quartiles] |" if args.before else ""
        print(f"| dense instance | scipy ms (CPU) | Binôme ms (CPU) | ratio wall | **ratio CPU** [quartiles] |{before_cols}"
              f" same optimum | load |")
        print("|---|---|---|---|---|" + ("---|---|" if args.before else "") + "---|---|", flush=True)
        for kind, n, path, dense in dense_instances(args):
            engines = [classes] + ([args.before] if args.before else [])
            (s_cost, s_ms, s_cpu), results = interleaved(engines, path, dense, args.runs, args.warmup,
                                                         args.warmup_ms)
            cells = f"| {kind} {n} | {s_ms:.1f} ({s_cpu:.1f}) |"
            same = True
            for k, (j_cost, j_ms, j_cpu, ratios) in enumerate(results):
                if j_cost is None:
                    cells += f" failed: {j_ms} |" + (" — | — |" if k == 0 else " |")
                    same &= k > 0
                    continue
                q1, q2, q3 = quartiles(ratios)
                spread = f"{q2:.2f} [{q1:.2f}–{q3:.2f}]"
                cells += (f" {j_ms:.1f} ({j_cpu:.1f}) | {ratio(j_ms, s_ms)} | **{spread}** |" if k == 0
                          else f" {j_ms:.1f} ({j_cpu:.1f}) | {spread} |")
                same &= j_cost == s_cost
            print(cells + (" yes |" if same else f" NO (scipy {s_cost}, engines {[r[0] for r in results]}) |")
                  + load(), flush=True)
            ok &= same
    if not args.skip_dense and args.sequential:
        print(f"| dense instance | scipy ms (CPU) | Binôme ms (CPU) | ratio wall | **ratio CPU** |{before} same optimum | load |")
        print("|---|---|---|---|---|" + ("---|---|" if args.before else "") + "---|---|", flush=True)
        for kind, n, path, dense in dense_instances(args):
            s_cost, s_ms, s_cpu = time_python(lambda: dense[linear_sum_assignment(dense)].sum(), args.runs,
                                              args.warmup)
            timing = ["org.binome.matching.engine.EngineTiming", "dense", path, str(args.runs), warm]
            j_cost, j_ms, j_cpu = run_java(classes, timing)
            cells = (f"| {kind} {n} | {s_ms:.1f} ({s_cpu:.1f}) | {j_ms:.1f} ({j_cpu:.1f}) | {ratio(j_ms, s_ms)} "
                     f"| **{ratio(j_cpu, s_cpu)}** |")
            same = j_cost == s_cost
            if args.before:
                b_cost, b_ms, b_cpu = run_java(args.before, timing)
                cells += (f" {b_ms:.1f} ({b_cpu:.1f}) | {ratio(b_cpu, s_cpu)} |" if b_cost is not None
                          else f" failed: {b_ms} | |")
                same &= b_cost is None or b_cost == s_cost
            print(cells + (" yes |" if same else f" NO (scipy {s_cost}, Binôme {j_cost}) |") + load(), flush=True)
            ok &= same
    if not args.skip_sparse:
        print(f"\n| sparse instance (20 per row) | OR-Tools ms (CPU) | Binôme ms (CPU) | ratio wall | **ratio CPU** |"
              f"{before} same optimum | load |")
        print("|---|---|---|---|---|" + ("---|---|" if args.before else "") + "---|---|", flush=True)
        for high in [int(s) for s in args.sparse_costs.split(",") if s]:
            for n in [int(s) for s in args.sparse_sizes.split(",") if s]:
                path, rows, cols, cost = sparse_instance(n, 20, high)
                o_cost, o_ms, o_cpu = run_java(classes, ["org.binome.matching.engine.OrToolsTiming", path,
                                                         str(args.runs), warm])
                timing = ["org.binome.matching.engine.EngineTiming", "sparse", path, str(args.runs), warm]
                j_cost, j_ms, j_cpu = run_java(classes, timing)
                reference = o_cost
                o_cell = f"{o_ms:.1f} ({o_cpu:.1f})" if o_cost is not None else f"fails: {o_ms}"
                j_cell = f"{j_ms:.1f} ({j_cpu:.1f})" if j_cost is not None else f"refused: {j_ms}"
                ok_pair = o_cost is not None and j_cost is not None
                cells = (f"| {n} rows, costs 1..{high:,} | {o_cell} | {j_cell} | {ratio(j_ms, o_ms) if ok_pair else '—'} "
                         f"| **{ratio(j_cpu, o_cpu) if ok_pair else '—'}** |")
                b_cost = None
                if args.before:
                    b_cost, b_ms, b_cpu = run_java(args.before, timing)
                    if b_cost is None:
                        cells += f" refused: {b_ms} | |"
                    else:
                        cells += f" {b_ms:.1f} ({b_cpu:.1f}) | " + (ratio(b_cpu, o_cpu) if o_cost is not None else "—") + " |"
                sp_cost = None
                if args.scipy_sparse or o_cost is None:
                    graph = csr_matrix((cost.astype(np.float64), (rows, cols)), shape=(n, n))

                    def scipy_sparse():
                        r, c = min_weight_full_bipartite_matching(graph)
                        return graph[r, c].sum()

                    sp_cost, sp_ms, _ = time_python(scipy_sparse, 1)
                    cells = cells.replace(f"fails: {o_ms}", f"fails: {o_ms}; scipy {sp_ms:.0f} ms")
                    reference = sp_cost if reference is None else reference
                answers = [x for x in (o_cost, j_cost, b_cost, sp_cost) if x is not None]
                same = j_cost is not None and all(x == reference for x in answers)
                print(cells + (" yes |" if same else f" NO (reference {reference}, Binôme {j_cost}) |") + load(), flush=True)
                ok &= same
    print(f"load average at end: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
