# Sourced by the page benchmarks: CPU time of a process and of its JIT compiler threads, and a warm-up that goes on
# until the JIT is quiet. A server still compiling its hot paths is measured at a fraction of its speed, and a larger
# application takes longer to get there than a small one (2026-12-04, this 2-core machine, pages mixed: Binome's pair
# page took 12.0 ms of CPU per request after 200 warm-up requests of each page and 9.9 ms after 30 rounds of 300, its C2
# compiler thread still busy 6 % of the time, and a fresh node's C2 compiler was busy for about 6 minutes of mixed
# traffic): both sides get the same rule.

cpu_ticks_of() { # /proc/.../stat file -> utime + stime in clock ticks (the name in parentheses may hold spaces)
  sed 's/^.*) //' "$1" | awk '{print $12 + $13}'
}
cpu_ticks() { cpu_ticks_of "/proc/$1/stat"; } # pid -> its CPU ticks, every thread
compiler_ticks() { # pid -> CPU ticks of its JIT compiler threads (C1, C2)
  local t sum=0
  for t in /proc/"$1"/task/*; do
    case $(cat "$t/comm" 2>/dev/null) in "C1 Compiler"*|"C2 Compiler"*) sum=$((sum + $(cpu_ticks_of "$t/stat"))) ;; esac
  done
  printf '%s' "$sum"
}
warm_until_quiet() { # round-command pid... : runs round-command until, over one round, the compiler threads of every
  # pid spent less than 2 % of that process's CPU (at most WARM_ROUNDS rounds, 12 by default); prints the outcome
  local round_command=$1 pid c1 p1 round quiet=no max=${WARM_ROUNDS:-12}
  shift
  declare -A c0=() p0=()
  for ((round = 1; round <= max; round++)); do
    for pid in "$@"; do c0[$pid]=$(compiler_ticks "$pid"); p0[$pid]=$(cpu_ticks "$pid"); done
    "$round_command"
    quiet=yes
    for pid in "$@"; do
      c1=$(compiler_ticks "$pid"); p1=$(cpu_ticks "$pid")
      [ $(((c1 - c0[$pid]) * 50)) -lt $((p1 - p0[$pid])) ] || quiet=no
    done
    [ "$quiet" = yes ] && break
  done
  echo "   warm after $((round > max ? max : round)) round(s)$([ "$quiet" = yes ] || echo ', the JIT still compiling')"
}
