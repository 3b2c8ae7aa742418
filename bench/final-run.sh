#!/usr/bin/env bash
# The run behind bench/RESULTS.md (issue 20): every class side by side with scipy / OR-Tools, and with an earlier
# engine build (BEFORE=its classes directory) in the same run. Products and Machol-Wien at 2000 and 5000 get few runs:
# there scipy itself needs 4-10 s (2000) and 1-2 min (5000) of CPU per solve, Binome well under a second / 12 s.
# Small sizes get more warm-up solves and more timed runs, on BOTH sides (compare.py --warmup applies to scipy too):
# a 500 x 500 solve takes a few milliseconds, so 2 warm-ups left the JVM partly interpreted and 3 runs on a loaded
# machine gave medians that moved by +-50 % from one run to the next (2026-12-02 evening, see RESULTS.md).
set -uo pipefail
cd "$(dirname "$0")/.."
before=${BEFORE:+--before $BEFORE}
uptime
python3 bench/compare.py --runs 9 --warmup 10 --skip-sparse --sizes 500 --classes uniform,wide,ties,products,machol,geometric $before
python3 bench/compare.py --runs 5 --warmup 5 --skip-sparse --sizes 1000 --classes uniform,wide,ties,products,machol,geometric $before
python3 bench/compare.py --runs 3 --skip-dense --sparse-sizes 20000,100000 $before
python3 bench/compare.py --runs 5 --warmup 3 --skip-sparse --sizes 2000 --classes uniform,wide,ties,geometric $before
python3 bench/compare.py --runs 3 --skip-sparse --sizes 5000 --classes uniform,ties $before
python3 bench/compare.py --runs 3 --warmup 1 --skip-sparse --sizes 5000 --classes wide,geometric $before
python3 bench/compare.py --runs 3 --warmup 1 --skip-sparse --sizes 2000 --classes products,machol $before
python3 bench/compare.py --runs 1 --warmup 1 --skip-sparse --sizes 5000 --classes products,machol $before
uptime
