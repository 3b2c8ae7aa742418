#!/usr/bin/env bash
# Interleaved A/B of server CPU time per request: two Binome jars already running side by side (A_PORT, B_PORT,
# each with the demo company) and spring-petclinic (PC_PORT), measured in turn, page by page, for ROUNDS rounds, the
# order of A and B swapped every round, so that the machine's load (other jobs) falls on both alike. Each figure is
# the server process's user+system CPU (/proc/PID/stat) over N sequential requests on one kept-alive connection,
# divided by N (no idle subtraction: run after a warm-up of both, e.g. one bench/cpu-per-request.sh each).
#   A_PORT=8093 B_PORT=8094 PC_PORT=9093 ROUNDS=6 N=300 bench/cpu-ab.sh
# PAGES: "login:path" words ({pair}: page /mentorships/1 of the demo's mentore). Prints `uptime` before and after.
# PG=1 (nodes on PostgreSQL): each figure is followed by "+" the CPU of every PostgreSQL process over the same
# requests, per request (the database's share of the page; includes any other work the database did meanwhile).
set -u
cd "$(dirname "$0")/.."
a=${A_PORT:-8093}; b=${B_PORT:-8094}; pc=${PC_PORT:-9093}; rounds=${ROUNDS:-6}; n=${N:-300}
pages=${PAGES:-"mentore:/me mentore:/mentorships/1 sponsor:/sponsor admin:/admin"}
tick=$(getconf CLK_TCK); work=$(mktemp -d /tmp/binome-ab.XXXXXX); trap 'rm -rf "$work"' EXIT
pid_of() { ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }
postgres() { # CPU ticks of every PostgreSQL process (PG=1 only)
  local f sum=0
  for f in /proc/[0-9]*/comm; do
    [ "$(cat "$f" 2>/dev/null)" = postgres ] && sum=$((sum + $(sed 's/^.*) //' "${f%comm}stat" 2>/dev/null | awk '{print $12 + $13}' || echo 0)))
  done
  printf '%s' "$sum"
}
run() { # port path cookie -> CPU ms per request (PG=1: then "+ PostgreSQL's" over the same requests)
  local pid i c0 c1 p0=0 p1=0; pid=$(pid_of "$1")
  { for ((i = 0; i < n; i++)); do printf 'url = "http://localhost:%s%s"\noutput = "/dev/null"\n' "$1" "$2"; done
    [ -n "$3" ] && printf 'header = "Cookie: %s"\n' "$3"; } > "$work/run.cfg"
  [ "${PG:-}" = 1 ] && p0=$(postgres)
  c0=$(ticks "$pid"); curl -s -K "$work/run.cfg"; c1=$(ticks "$pid")
  [ "${PG:-}" = 1 ] && p1=$(postgres)
  awk -v d=$((c1 - c0)) -v p=$((p1 - p0)) -v pg="${PG:-}" -v n="$n" -v t="$tick" \
    'BEGIN {printf "%.2f", d * 1000 / t / n; if (pg == 1) printf "+%.2f", p * 1000 / t / n}'
}
declare -A cookie
for port in $a $b; do for p in $pages; do u=${p%%:*}
  [ -n "${cookie[$port$u]:-}" ] || cookie[$port$u]=$(bench/signin.sh "http://localhost:$port" "$u"); done; done
echo "== $(date -u +%FT%TZ) $(uptime)   (CPU ms per request: A -> B)"
for ((r = 1; r <= rounds; r++)); do
  line="round $r: petclinic $(run "$pc" /owners/1 '')"
  for p in $pages; do u=${p%%:*}; path=${p#*:}
    if ((r % 2)); then x=$(run "$a" "$path" "${cookie[$a$u]}"); y=$(run "$b" "$path" "${cookie[$b$u]}")
    else y=$(run "$b" "$path" "${cookie[$b$u]}"); x=$(run "$a" "$path" "${cookie[$a$u]}"); fi
    line="$line | $path $x -> $y"
  done
  echo "$line | petclinic $(run "$pc" /owners/1 '') | load $(cut -d' ' -f1 /proc/loadavg)"
done
echo "== $(date -u +%FT%TZ) $(uptime)"
