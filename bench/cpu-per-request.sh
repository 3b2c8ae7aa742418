#!/usr/bin/env bash
# CPU time per request of Binome's signed-in pages, side by side with spring-petclinic's owner page: a figure that
# holds on a shared, loaded machine, where throughput does not. For each page: WARMUP requests, then the server
# process's CPU time (user + system of every thread: request threads, GC, JIT, pools, from /proc/PID/stat) is read
# before and after N sequential requests on one kept-alive connection (one curl for all, as a browser or wrk would).
# The process's idle CPU (schedulers, pools) over the same wall time is measured first and subtracted.
# On C cores, a page's throughput bound is about C / (CPU per request) (the database's own CPU counts too on
# PostgreSQL: its backends are other processes; their CPU over the same requests, every postgres process of the
# machine, is printed apart, and only when it is not zero).
#
#   bench/cpu-per-request.sh                       # against running servers (see below)
#   BINOME_JAR=target/binome.jar PETCLINIC_JAR=/tmp/petclinic/target/spring-petclinic-4.0.0-SNAPSHOT.jar \
#     bench/cpu-per-request.sh                     # starts both (Binome with the demo company on a fresh H2)
#
# Environment: BINOME_URL (http://localhost:8093), PETCLINIC_URL (http://localhost:8094; PETCLINIC_URL=none: Binome
# alone), N (500 requests per page), WARMUP (300 requests per page and round), WARM_ROUNDS (12 at most), PAGES ("login:path" words, as bench/pages.sh; {pair} and
# {programme} are replaced by the mentore's first pair and the first programme with a matching page),
# BINOME_PID / PETCLINIC_PID (found from the listening port when unset), JAVA_OPTS (for the servers this script
# starts).
# Needs: curl, ss (iproute2), bash, awk. Prints `uptime` with the figures: CPU time is inflated somewhat by the
# load (caches, frequency), much less than wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/jit.sh
. bench/jit.sh
binome_url=${BINOME_URL:-http://localhost:8093}
petclinic_url=${PETCLINIC_URL:-http://localhost:8094}
[ "$petclinic_url" = none ] && petclinic_url=
n=${N:-500}
warmup=${WARMUP:-300}
tick=$(getconf CLK_TCK)
work=$(mktemp -d /tmp/binome-cpu.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

port_of() { local hostport=${1#*://}; hostport=${hostport%%/*}; printf '%s' "${hostport##*:}"; }
pid_of() { # port -> pid of the process listening on it
  ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}
wait_for() { # url seconds
  for _ in $(seq 1 "$2"); do curl -s -o /dev/null "$1" && return 0; sleep 1; done
  echo "no answer from $1 after $2 s" >&2; exit 1
}

if [ -n "${BINOME_JAR:-}" ]; then
  cp "$BINOME_JAR" "$work/binome.jar"
  # shellcheck disable=SC2086
  (cd "$work" && exec java ${JAVA_OPTS:--Xmx512m} -jar binome.jar --server.port="$(port_of "$binome_url")" \
    --binome.demo.enabled=true --binome.scheduling.enabled=false \
    > binome.log 2>&1) &
  pids+=($!)
fi
if [ -n "${PETCLINIC_JAR:-}" ] && [ -n "$petclinic_url" ]; then
  # shellcheck disable=SC2086
  (cd "$work" && exec java ${JAVA_OPTS:--Xmx512m} -jar "$PETCLINIC_JAR" --server.port="$(port_of "$petclinic_url")" \
    > petclinic.log 2>&1) &
  pids+=($!)
fi
wait_for "$binome_url/login" 300
for _ in $(seq 1 120); do bench/signin.sh "$binome_url" mentore >/dev/null 2>&1 && break; sleep 2; done
[ -n "$petclinic_url" ] && wait_for "$petclinic_url/owners/1" 300
binome_pid=${BINOME_PID:-$(pid_of "$(port_of "$binome_url")")}
petclinic_pid=
[ -n "$petclinic_url" ] && petclinic_pid=${PETCLINIC_PID:-$(pid_of "$(port_of "$petclinic_url")")}

declare -A cookies
cookie_of() {
  local login=$1
  # retried: while the demo company loads, its audit writes may hold a sign-in up
  for _ in $(seq 1 30); do
    [ -n "${cookies[$login]:-}" ] && break
    cookies[$login]=$(bench/signin.sh "$binome_url" "$login" 2>/dev/null || true)
    [ -n "${cookies[$login]}" ] || sleep 5
  done
  [ -n "${cookies[$login]}" ] || { echo "sign-in of $login refused" >&2; exit 1; }
  printf '%s' "${cookies[$login]}"
}
cookie_of mentore >/dev/null; cookie_of admin >/dev/null; cookie_of sponsor >/dev/null
pair=$(curl -s -H "Cookie: $(cookie_of mentore)" "$binome_url/me/mentorships" \
  | grep -o 'href="/mentorships/[0-9]*"' | head -1 | grep -o '[0-9]*' || true)
programme=$(curl -s -H "Cookie: $(cookie_of admin)" "$binome_url/admin/programmes" \
  | grep -o 'href="/admin/programmes/[0-9]*/matching"' | head -1 | grep -o '[0-9]*' || true)
pages=${PAGES:-"mentore:/me mentore:/mentorships/{pair} admin:/admin admin:/admin/mentorships admin:/admin/people?q=martin admin:/admin/programmes/{programme}/matching sponsor:/sponsor"}
pages=${pages//\{pair\}/${pair:-1}}
pages=${pages//\{programme\}/${programme:-1}}

requests() { # url count cookie -> curl config on stdout (one connection, kept alive)
  local i
  for ((i = 0; i < $2; i++)); do printf 'url = "%s"\noutput = "/dev/null"\n' "$1"; done
  [ -n "$3" ] && printf 'header = "Cookie: %s"\n' "$3"
  printf 'write-out = "%%{http_code}\\n"\n'
}
now_ms() { date +%s%3N; }
postgres_ticks() { # CPU ticks of every PostgreSQL process on the machine (its backends hold the pool's connections)
  local f sum=0
  for f in /proc/[0-9]*/comm; do
    [ "$(cat "$f" 2>/dev/null)" = postgres ] && sum=$((sum + $(cpu_ticks_of "${f%comm}stat" 2>/dev/null || echo 0)))
  done
  printf '%s' "$sum"
}

idle_rate() { # pid -> idle ticks per second, over 5 s
  local before after
  before=$(cpu_ticks "$1"); sleep 5; after=$(cpu_ticks "$1")
  awk -v d=$((after - before)) 'BEGIN {printf "%.3f", d / 5}'
}

measure() { # label pid url cookie
  local label=$1 pid=$2 url=$3 cookie=$4 idle=$5
  requests "$url" "$n" "$cookie" > "$work/run.cfg"
  local t0 c0 t1 c1 codes p0 p1
  p0=$(postgres_ticks); t0=$(now_ms); c0=$(cpu_ticks "$pid")
  codes=$(curl -s -K "$work/run.cfg" | sort | uniq -c | awk '{printf "%s×%s ", $2, $1}')
  c1=$(cpu_ticks "$pid"); t1=$(now_ms); p1=$(postgres_ticks)
  awk -v label="$label" -v n="$n" -v dc=$((c1 - c0)) -v dt=$((t1 - t0)) -v tick="$tick" -v idle="$idle" \
    -v dp=$((p1 - p0)) -v codes="$codes" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
      cpu = dc * 1000 / tick; net = cpu - idle * 1000 / tick * dt / 1000
      db = dp > 0 ? sprintf("  PostgreSQL %5.2f ms/req", dp * 1000 / tick / n) : ""
      printf "%-40s CPU %6.2f ms/req (raw %6.2f)%s  wall %6.2f ms/req  bound on 2 cores %6.0f req/s  load %s  %s\n",
        label, net / n, cpu / n, db, dt / n, (net > 0 ? 2000 * n / net : 0), load, codes
    }'
}

settle() { # pid: waits (up to 5 minutes) until the process is idle (start-up work done)
  for _ in $(seq 1 60); do [ "$(idle_rate "$1" | cut -d. -f1)" -lt 1 ] && return 0; done
  echo "process $1 never idle: its background work is counted in the figures" >&2
}
warm_round() { # login:path words: WARMUP requests of each page (and of petclinic's owner page)
  local p
  for p in "$@"; do
    requests "$binome_url${p#*:}" "$warmup" "$(cookie_of "${p%%:*}")" > "$work/warm.cfg"
    curl -s -K "$work/warm.cfg" > /dev/null
  done
  if [ -n "$petclinic_url" ]; then requests "$petclinic_url/owners/1" "$warmup" "" > "$work/warm.cfg"; curl -s -K "$work/warm.cfg" > /dev/null; fi
}
warm_all() { warm_round $pages; } # rounds of it until the JIT compilers of both servers are quiet (bench/jit.sh)

echo "== $(date -u +%FT%TZ) $(uptime)"
echo "== N=$n requests per page after warm-up rounds, one connection; CPU = server process user+system"
warm_until_quiet warm_all "$binome_pid" $petclinic_pid
settle "$binome_pid"
binome_idle=$(idle_rate "$binome_pid")
echo "   binome pid $binome_pid idle $binome_idle ticks/s${petclinic_pid:+; petclinic pid $petclinic_pid}"
if [ -n "$petclinic_pid" ]; then
  settle "$petclinic_pid"
  petclinic_idle=$(idle_rate "$petclinic_pid")
  measure "petclinic /owners/1" "$petclinic_pid" "$petclinic_url/owners/1" "" "$petclinic_idle"
fi
for p in $pages; do
  measure "binome ${p%%:*} ${p#*:}" "$binome_pid" "$binome_url${p#*:}" "$(cookie_of "${p%%:*}")" "$binome_idle"
done
if [ -n "$petclinic_pid" ]; then
  measure "petclinic /owners/1 (again)" "$petclinic_pid" "$petclinic_url/owners/1" "" "$petclinic_idle"
fi
echo "== done $(date -u +%FT%TZ) $(uptime)"
