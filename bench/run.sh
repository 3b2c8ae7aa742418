#!/usr/bin/env bash
# Builds the engine with the bench profile, runs the JMH benchmarks, the sparse product timing, the class-by-class
# comparison with scipy and OR-Tools (compare.py) and the capacity comparison (compare_scipy.py). Usage: bench/run.sh [--quick]   (--quick: short JMH run, 3 repeats, sizes up to 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=${1:-}

mvn -B -q -Pbench -DskipTests test-compile
cp="target/classes:target/test-classes:$(cat target/bench/classpath.txt)"

echo "== JMH"
if [[ "$quick" == "--quick" ]]; then
    java -cp "$cp" org.openjdk.jmh.Main -wi 1 -i 2 -w 1 -r 1 -rf text -rff target/bench/jmh.txt EngineBenchmarks
else
    java -cp "$cp" org.openjdk.jmh.Main -rf text -rff target/bench/jmh.txt EngineBenchmarks
fi

echo "== Sparse product matching (maximum score, unmatched allowed), end to end: MatchingEngine.solve(SparseScores)"
echo "   5 solves in one JVM (the first includes JIT compilation); wall and thread-CPU times. Machine load:"
uptime
java -Xmx6g -cp "$cp" org.binome.matching.engine.SparseTiming 100000 100000 20 1 5
java -Xmx6g -cp "$cp" org.binome.matching.engine.SparseTiming 100000 50000 20 2 5

echo "== Binôme vs scipy (dense classes) and OR-Tools (sparse), same files, optimum compared"
if [[ "$quick" == "--quick" ]]; then
    python3 bench/compare.py --runs 3 --sizes 500,1000 --sparse-sizes 20000
    python3 bench/compare_scipy.py --runs 3 --skip-dense --skip-sparse
else
    python3 bench/compare.py --runs 5 --sizes 500,1000,2000 --sparse-sizes 20000,50000,100000
    python3 bench/compare_scipy.py --runs 5 --skip-dense --skip-sparse
fi
