#!/usr/bin/env bash
# Backup and restore on PostgreSQL, end to end, on loopback only: a throw-away PostgreSQL cluster (Debian's
# postgresql package: apt-get install -y postgresql), Binome started on it with the demo company, then
# pg_dump (online, while Binome runs), the database dropped, pg_restore into a new one, and every table's row count
# and checksum compared. Exit 0 when every row is back.
#   bench/backup-postgres.sh            (BINOME_JAR=path to use a built jar; PGBIN=/usr/lib/postgresql/15/bin)
set -euo pipefail
cd "$(dirname "$0")/.."
pgbin=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL binaries not found (apt-get install -y postgresql)" >&2; exit 1; }
port=${PGPORT_BENCH:-25432}; app_port=${APP_PORT:-18285}
work=$(mktemp -d /tmp/binome-backup.XXXXXX); chmod 777 "$work"
run() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sh -c "$*"; fi; }
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; run "$pgbin/pg_ctl -D $work/pg -m fast stop" >/dev/null 2>&1 || true; }
trap cleanup EXIT
run "$pgbin/initdb -D $work/pg -A trust -U postgres" >/dev/null
run "$pgbin/pg_ctl -D $work/pg -o '-p $port -k $work -c listen_addresses=127.0.0.1' -l $work/pg.log start" >/dev/null
psql="$pgbin/psql -h 127.0.0.1 -p $port -U postgres -v ON_ERROR_STOP=1 -q"
$psql -c "create database binome"

jar=${BINOME_JAR:-target/binome.jar}
[ -f "$jar" ] || mvn -o -q -B package -DskipTests -Dspotbugs.skip=true -Djacoco.skip=true -Dcyclonedx.skip=true
java -Xmx512m -jar "$jar" --server.port="$app_port" --binome.demo.enabled=true --binome.scheduling.enabled=false \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$port/binome" --spring.datasource.username=postgres \
  > "$work/binome.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do grep -q 'Demo data: ON' "$work/binome.log" && break; sleep 1; done
grep -q 'Demo data: ON' "$work/binome.log" || { echo "Binome did not load the demo company" >&2; exit 1; }

fingerprint() { # database -> "table rows md5" per line
  for t in $($psql -At -d "$1" -c "select tablename from pg_tables where schemaname = 'public' order by 1"); do
    $psql -At -d "$1" -c "select '$t', count(*), coalesce(md5(string_agg(r::text, '|' order by r::text)), '-') from \"$t\" r"
  done
}
fingerprint binome > "$work/before.txt"
echo "before: $(wc -l < "$work/before.txt") tables, $(awk -F'|' '{s+=$2} END {print s}' "$work/before.txt") rows"
"$pgbin/pg_dump" -h 127.0.0.1 -p "$port" -U postgres --format=custom --file="$work/binome.dump" binome
echo "pg_dump (online, Binome running): $(du -h "$work/binome.dump" | cut -f1)"
kill "$app"; wait "$app" 2>/dev/null || true; app=""
$psql -c "drop database binome"
$psql -c "create database binome"
"$pgbin/pg_restore" -h 127.0.0.1 -p "$port" -U postgres --no-owner --dbname=binome "$work/binome.dump"
fingerprint binome > "$work/after.txt"
if diff "$work/before.txt" "$work/after.txt"; then
  echo "restored: every row of every table is back ($(wc -l < "$work/after.txt") tables)"
else
  echo "restored database differs (above)" >&2; exit 1
fi
