#!/usr/bin/env bash
# The run behind bench/RESULTS.md (issue 20): every class side by side with scipy / OR-Tools, and with an earlier
# engine build (BEFORE=its classes directory) in the same run. Sizes are cut where scipy itself is O(n^3) (products,
# Machol-Wien) to keep the run within a quarter of an hour on a shared 2-core machine.
set -uo pipefail
cd "$(dirname "$0")/.."
before=${BEFORE:+--before $BEFORE}
python3 bench/compare.py --runs 3 --skip-sparse --sizes 500,1000 --classes uniform,wide,ties,products,machol,geometric $before
python3 bench/compare.py --runs 3 --skip-dense --sparse-sizes 20000,100000 $before
python3 bench/compare.py --runs 3 --skip-sparse --sizes 2000 --classes uniform,wide,ties,geometric $before
python3 bench/compare.py --runs 3 --skip-sparse --sizes 5000 --classes uniform,ties $before
