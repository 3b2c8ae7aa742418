#!/usr/bin/env bash
# Fault tests on loopback, bounded in time, against Binome on the local PostgreSQL cluster (Debian's, role
# binome/binome; run as root so that its superuser creates the database):
#
#   bench/faults.sh node-kill     two nodes share one database; a participant writes notes through both (a client
#                                 that retries on the other node when one does not answer, as a load balancer does);
#                                 node 2 is killed with kill -9 in the middle. Checks: the session keeps working on
#                                 node 1, every acknowledged note is on the pair's page, no event publication is left
#                                 incomplete.
#   bench/faults.sh pg-restart    PostgreSQL restarted under traffic. Checks: requests during the outage fail within
#                                 their time-out (no hang), the node answers 200 again without being restarted.
#   bench/faults.sh all           both.
#
# Environment: WRITES (node-kill: notes written, 60), OUTAGE_TRAFFIC (pg-restart: seconds of traffic, 40),
# BINOME_JAR (default target/binome.jar, built if missing), PORT1/PORT2 (8087/8088), DB (binome_faults).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
port1=${PORT1:-8087}; port2=${PORT2:-8088}; db=${DB:-binome_faults}
jar=${BINOME_JAR:-target/binome.jar}
[ -f "$jar" ] || mvn -o -q -B package -DskipTests -Dspotbugs.skip=true -Djacoco.skip=true -Dcyclonedx.skip=true
work=$(mktemp -d /tmp/binome-faults.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
sql() { PGPASSWORD=binome psql -qtA -h 127.0.0.1 -U binome -d "$db" -c "$1"; }
fresh_db() {
  pg_isready -q -h 127.0.0.1 || pg_ctlcluster 15 main start
  su postgres -c "psql -q -c 'drop database if exists $db' -c 'create database $db owner binome'"
}
# Private notes are encrypted at rest: one key, the same on every node of the run.
notes_key=${BINOME_PRIVACY_NOTES_KEY:-$(openssl rand -base64 32)}
start_node() { # port log -> pid in $node_pid
  java -Xmx512m -jar "$jar" --server.port="$1" --binome.demo.enabled=true --binome.privacy.notes-key="$notes_key" \
    --binome.login.free-failures-per-address=1000000 --binome.login.free-failures-per-client=1000000 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=binome \
    --spring.datasource.password=binome > "$2" 2>&1 &
  node_pid=$!; pids+=($node_pid)
  # the demo company is loaded after the server answers: wait for its pairs, then for a demo sign-in
  for _ in $(seq 1 300); do
    [ "$(sql "select count(*) from mentorship" 2>/dev/null || echo 0)" -gt 0 ] \
      && bench/signin.sh "http://localhost:$1" mentore >/dev/null 2>&1 && return 0
    sleep 2
  done
  echo "FAIL: node on port $1 did not start (see $2)" >&2; exit 1
}
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
failures=0

node_kill() {
  echo "== node-kill ($(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
  fresh_db
  start_node "$port1" "$work/node1.log"; local n1=$node_pid
  start_node "$port2" "$work/node2.log"; local n2=$node_pid
  local cookie; cookie=$(bench/signin.sh "http://localhost:$port2" mentore)
  local pair; pair=$(curl -s -H "Cookie: $cookie" "http://localhost:$port2/me/mentorships" \
    | grep -o 'href="/mentorships/[0-9]*"' | head -1 | grep -o '[0-9]*')
  # CSRF: the form's token goes with the XSRF-TOKEN cookie (CookieCsrfTokenRepository), both from the pair's page
  local jar="$work/cookies"
  local csrf; csrf=$(curl -s -c "$jar" -H "Cookie: $cookie" "http://localhost:$port2/mentorships/$pair" \
    | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/')
  cookie="$cookie; XSRF-TOKEN=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar" | tail -1)"
  local writes=${WRITES:-60} acked=() ports=("$port1" "$port2") killed=0
  for i in $(seq 1 "$writes"); do
    if [ "$i" -eq $((writes / 2)) ]; then kill -9 "$n2"; killed=1; echo "   kill -9 node 2 after $((i - 1)) writes"; fi
    local text="fault-note-$i-$RANDOM" code=""
    for try in 0 1; do # the node in turn, then the other one if it does not answer (what a balancer does)
      local port=${ports[$(((i + try) % 2))]}
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Cookie: $cookie" \
        --data-urlencode "body=$text" --data-urlencode "_csrf=$csrf" "http://localhost:$port/mentorships/$pair/notes" \
        || true)
      [ "$code" = 302 ] && break
    done
    [ "$code" = 302 ] && acked+=("$text")
  done
  echo "   ${#acked[@]} of $writes writes acknowledged"
  local page; page=$(curl -s -H "Cookie: $cookie" "http://localhost:$port1/mentorships/$pair")
  local missing=0
  for text in "${acked[@]}"; do grep -q "$text" <<<"$page" || missing=$((missing + 1)); done
  [ "$killed" = 1 ] && [ "${#acked[@]}" -ge $((writes * 9 / 10)) ] && pass "the session kept working on node 1 after node 2 was killed (${#acked[@]}/$writes acknowledged)" \
    || fail "only ${#acked[@]} of $writes writes acknowledged"
  [ "$missing" = 0 ] && pass "every acknowledged note is on the pair's page" || fail "$missing acknowledged notes missing"
  local incomplete; incomplete=$(sql "select count(*) from event_publication where completion_date is null")
  [ "$incomplete" = 0 ] && pass "no incomplete event publication" || fail "$incomplete incomplete event publications"
  kill "$n1" 2>/dev/null || true
}

pg_restart() {
  echo "== pg-restart ($(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
  fresh_db
  start_node "$port1" "$work/node1.log"; local n1=$node_pid
  local cookie; cookie=$(bench/signin.sh "http://localhost:$port1" mentore)
  local seconds=${OUTAGE_TRAFFIC:-40} log="$work/pg-restart.txt"
  ( end=$((SECONDS + seconds))
    while [ $SECONDS -lt $end ]; do
      curl -s -o /dev/null -w "%{http_code} %{time_total}\n" --max-time 15 -H "Cookie: $cookie" "http://localhost:$port1/me" \
        || echo "000 15"
      sleep 0.2
    done > "$log" ) &
  local traffic=$!
  sleep 8
  echo "   restarting PostgreSQL ($(date -u +%T))"; pg_ctlcluster 15 main restart
  echo "   PostgreSQL back ($(date -u +%T))"
  wait "$traffic"
  local total ok bad slow last
  total=$(wc -l < "$log"); ok=$(grep -c '^200 ' "$log" || true); bad=$((total - ok))
  slow=$(awk '$2 > 12 {n++} END {print n+0}' "$log"); last=$(tail -5 "$log" | awk '$1 != 200 {n++} END {print n+0}')
  echo "   $total requests: $ok answered 200, $bad failed (codes: $(awk '$1 != 200 {print $1}' "$log" | sort | uniq -c | tr '\n' ' '))"
  [ "$slow" = 0 ] && pass "no request hung (all answered within 12 s)" || fail "$slow requests took more than 12 s"
  [ "$last" = 0 ] && pass "the node answers 200 again without a restart" || fail "the node still fails after PostgreSQL came back"
  kill -0 "$n1" 2>/dev/null && pass "the node process kept running" || fail "the node died"
  kill "$n1" 2>/dev/null || true
}

case "$what" in
  node-kill) node_kill ;;
  pg-restart) pg_restart ;;
  all) node_kill; pg_restart ;;
  *) echo "usage: $0 node-kill|pg-restart|all" >&2; exit 2 ;;
esac
echo "== $failures failure(s); logs in $work"
[ "$failures" = 0 ]
