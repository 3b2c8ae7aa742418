#!/usr/bin/env bash
# Signed-in page throughput of Binome, side by side with Spring's reference application spring-petclinic, measured
# in the same run on the same machine with the same load tool (wrk). Only the ratio is meaningful on a shared
# machine: the load average is printed with the figures.
#
#   bench/pages.sh [PETCLINIC_DIR]              # or PETCLINIC_DIR=... bench/pages.sh
#
# PETCLINIC_DIR: a clone (or any git URL) of https://github.com/spring-projects/spring-petclinic; by default
# https://github.com/spring-projects/spring-petclinic itself (PETCLINIC_DIR=none: Binome alone). Petclinic's code is
# never part of this repository: the script clones it into a temporary directory, builds it there (its Boot parent
# aligned with Binome's, so that both run the same Spring; Maven Central must be reachable once) and starts it.
# Binome is built from this working tree (BINOME_JAR=path to use a built jar instead) and started with the demo
# company on a fresh embedded H2 database (or on PostgreSQL with SPRING_DATASOURCE_URL/USERNAME/PASSWORD set, an
# empty database, and BINOME_PRIVACY_NOTES_KEY: the demo company is loaded into it). Petclinic runs on the same kind of
# database: on PostgreSQL (its own "postgres" profile) when Binome does, in a database of its own,
# PETCLINIC_DATABASE_URL (by default "petclinic" on Binome's server, with Binome's user and password), which it fills.
#
# Environment: CONNECTIONS (10 50: one round per value), DURATION (20s), WARMUP (10s per page and warm-up round),
# WARM_ROUNDS (12 at most), JAVA (the java command of both servers: java; e.g.
# /usr/lib/jvm/temurin-25-jdk-amd64/bin/java, the runtime recommended in production), BINOME_PORT (18185),
# PETCLINIC_PORT (19185), PAGES (override the list of Binome pages, "login:path" words), ROUNDS (0: each page measured
# once, as below; N: N paired rounds instead, in which every Binome page is measured right after petclinic's owner
# page and compared with that figure, then each page's median ratio over the rounds: on a machine whose speed drifts
# by 20 % within a run, the pair's ratio holds where two figures minutes apart do not).
# Needs: java 17, mvn, curl, wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# shellcheck source=bench/jit.sh
. bench/jit.sh
petclinic_src=${1:-${PETCLINIC_DIR:-https://github.com/spring-projects/spring-petclinic}}
[ "$petclinic_src" = none ] && petclinic_src=
connections=${CONNECTIONS:-10 50}
duration=${DURATION:-20s}
warmup=${WARMUP:-10s}
binome_port=${BINOME_PORT:-18185}
petclinic_port=${PETCLINIC_PORT:-19185}
work=$(mktemp -d /tmp/binome-pages.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

wait_for() { # url seconds
  for _ in $(seq 1 "$2"); do curl -s -o /dev/null "$1" && return 0; sleep 1; done
  echo "no answer from $1 after $2 s" >&2; exit 1
}

jar=${BINOME_JAR:-}
if [ -z "$jar" ]; then
  mvn -o -q -B package -DskipTests -Dspotbugs.skip=true -Djacoco.skip=true -Dcyclonedx.skip=true
  jar=$root/target/binome.jar
fi
cp "$jar" "$work/binome.jar"
java=${JAVA:-java}
"$java" -version 2>&1 | sed -n 2p
(cd "$work" && exec "$java" -Xmx512m -jar binome.jar --server.port="$binome_port" --binome.demo.enabled=true \
  --binome.scheduling.enabled=false > binome.log 2>&1) &
pids+=($!)

if [ -n "$petclinic_src" ]; then
  echo "spring-petclinic: building a copy of $petclinic_src in $work/petclinic (not part of Binome)"
  git clone -q "$petclinic_src" "$work/petclinic"
  boot=$(sed -n '/<parent>/,/<\/parent>/s|.*<version>\(.*\)</version>.*|\1|p' pom.xml | head -1)
  sed -i "0,/<artifactId>spring-boot-starter-parent<\/artifactId>/{n;s|<version>[^<]*</version>|<version>$boot</version>|}" \
    "$work/petclinic/pom.xml"
  (cd "$work/petclinic" && mvn -q -B package -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip=true \
    -Djacoco.skip=true -Dcyclonedx.skip=true)
  # never Binome's database settings: petclinic reads the same SPRING_DATASOURCE_* variables
  petclinic_env=(env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD)
  petclinic_args=()
  if [ -n "${SPRING_DATASOURCE_URL:-}" ]; then
    petclinic_env+=(POSTGRES_URL="${PETCLINIC_DATABASE_URL:-${SPRING_DATASOURCE_URL%/*}/petclinic}"
      POSTGRES_USER="${SPRING_DATASOURCE_USERNAME:-}" POSTGRES_PASS="${SPRING_DATASOURCE_PASSWORD:-}")
    petclinic_args+=(--spring.profiles.active=postgres)
  fi
  (cd "$work/petclinic" && exec "${petclinic_env[@]}" "$java" -Xmx512m -jar target/spring-petclinic-*.jar \
    --server.port="$petclinic_port" "${petclinic_args[@]}" > ../petclinic.log 2>&1) &
  pids+=($!)
  wait_for "http://localhost:$petclinic_port/owners/1" 300
fi
wait_for "http://localhost:$binome_port/login" 300
# the demo company is loaded after the server answers: wait until a demo account can sign in
for _ in $(seq 1 120); do bench/signin.sh "http://localhost:$binome_port" mentore >/dev/null 2>&1 && break; sleep 2; done

declare -A cookies
cookie_of() {
  local login=$1
  if [ -z "${cookies[$login]:-}" ]; then cookies[$login]=$(bench/signin.sh "http://localhost:$binome_port" "$login"); fi
  printf '%s' "${cookies[$login]}"
}
pair=$(curl -s -H "Cookie: $(cookie_of mentore)" "http://localhost:$binome_port/me/mentorships" \
  | grep -o 'href="/mentorships/[0-9]*"' | head -1 | grep -o '[0-9]*' || true)
# The goal's pages (issue 21): a participant's, an administrator's and a sponsor's, the demo company's programmes 1-3
pages=${PAGES:-"mentore:/me mentore:/mentorships/${pair:-1} mentore:/programmes mentore:/me/skills mentore:/programmes/2/apply admin:/admin admin:/admin/people?q=martin admin:/admin/mentorships admin:/admin/programmes/1/matching admin:/admin/programmes/3/applications sponsor:/sponsor"}

measure() { # label url [cookie] -> one line; the request rate also in $last_rps
  local label=$1 url=$2 cookie=${3:-} c=$4 args=(-t2 -c"$c" -d"$duration" --latency -s "$root/bench/p95.lua")
  [ -n "$cookie" ] && args+=(-H "Cookie: $cookie")
  local out; out=$(wrk "${args[@]}" "$url")
  local rps p50 p90 p95 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p95=$(awk '$1=="p95" {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out"); p90=$(awk '$1=="90%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $NF} /Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  last_rps=$rps
  printf '%-34s c=%-3s %9s req/s  p50 %-9s p90 %-9s p95 %-9s p99 %-9s %s\n' "$label" "$c" "$rps" "$p50" "$p90" "$p95" \
    "$p99" "$errors"
}

echo "== $(date -u +%FT%TZ)  $(uptime)"
echo "== warm-up: rounds of $warmup per page until the JIT compilers of both servers are quiet (bench/jit.sh)"
warm_round() {
  [ -n "$petclinic_src" ] && wrk -t2 -c10 -d"$warmup" "http://localhost:$petclinic_port/owners/1" >/dev/null
  local p
  for p in $pages; do
    wrk -t2 -c10 -d"$warmup" -H "Cookie: $(cookie_of "${p%%:*}")" "http://localhost:$binome_port${p#*:}" >/dev/null
  done
}
warm_until_quiet warm_round "${pids[@]}"
paired_rounds() { # connections: ROUNDS rounds of (petclinic's owner page, one Binome page), then the median ratios
  local c=$1 r p peer
  declare -A ratios_of=()
  for r in $(seq 1 "$ROUNDS"); do
    echo "-- round $r of $ROUNDS; load: $(cut -d' ' -f1-3 /proc/loadavg)"
    for p in $pages; do
      measure "petclinic /owners/1" "http://localhost:$petclinic_port/owners/1" "" "$c"
      peer=$last_rps
      measure "binome ${p%%:*} ${p#*:}" "http://localhost:$binome_port${p#*:}" "$(cookie_of "${p%%:*}")" "$c"
      ratios_of[$p]="${ratios_of[$p]:-} $(awk -v a="$last_rps" -v b="$peer" 'BEGIN { printf "%.2f", a / b }')"
    done
  done
  echo "== $c connections: each page's rate over petclinic's owner page measured just before it, round by round"
  for p in $pages; do
    # shellcheck disable=SC2086
    printf '%-34s %s  median %s\n' "binome ${p%%:*} ${p#*:}" "${ratios_of[$p]}" \
      "$(printf '%s\n' ${ratios_of[$p]} | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}')"
  done
}

for c in $connections; do
  echo "== $c connections, $duration each; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "${ROUNDS:-0}" -gt 0 ] && [ -n "$petclinic_src" ]; then
    paired_rounds "$c"
    continue
  fi
  if [ -n "$petclinic_src" ]; then
    measure "petclinic /owners/1" "http://localhost:$petclinic_port/owners/1" "" "$c"
    measure "petclinic /vets.html" "http://localhost:$petclinic_port/vets.html" "" "$c"
    # petclinic's owner search: its list page (5 owners a page, each with their pets), the peer of Binome's lists
    measure "petclinic /owners?lastName=" "http://localhost:$petclinic_port/owners?lastName=" "" "$c"
  fi
  for p in $pages; do
    measure "binome ${p%%:*} ${p#*:}" "http://localhost:$binome_port${p#*:}" "$(cookie_of "${p%%:*}")" "$c"
  done
  [ -n "$petclinic_src" ] && measure "petclinic /owners/1 (again)" "http://localhost:$petclinic_port/owners/1" "" "$c"
done
echo "== done $(date -u +%FT%TZ)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
