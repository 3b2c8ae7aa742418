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
#                                 It restarts the Debian cluster itself: run it only on a machine of your own.
#   bench/faults.sh mail-outage   two nodes send e-mail through a mail server that is down for MAIL_OUTAGE seconds
#                                 (600: ten minutes) while the demo company's e-mails wait in the outbox, then comes
#                                 back (bench/faults/SmtpSink.java, a loopback SMTP server that writes each e-mail to a
#                                 file). Checks: e-mails were tried and kept during the outage, every e-mail of the
#                                 outbox arrives once its server is back, exactly once (by its X-Binome-Outbox-Id
#                                 header), none given up.
#   bench/faults.sh import-kill   kill -9 during an HR import (IMPORT_ROWS new people through the API). Checks: no
#                                 person of the file in the directory, and once the node is back the job is marked
#                                 interrupted; the same file imported again is applied whole.
#   bench/faults.sh matching-kill kill -9 during a matching run (a programme in matching with MATCHING_SIZE mentors and
#                                 as many mentees). Checks: no proposal saved, and once the node is back the run is
#                                 INTERRUPTED (RESTART) and a new run completes.
#   bench/faults.sh all           every fault but pg-restart (which restarts the shared cluster); "everything" adds it.
#
# Environment: WRITES (node-kill: notes written, 60), OUTAGE_TRAFFIC (pg-restart: seconds of traffic, 40),
# MAIL_OUTAGE (mail-outage: seconds the mail server is down, 600), MAIL_RETRY_FIRST (the nodes' first wait before
# trying an e-mail again, binome.mail.retry.first: PT1M as in production; each later wait doubles, so after a
# 10-minute outage the e-mails leave at the attempt 15 minutes after the first), SMTP_PORT (2525), IMPORT_ROWS
# (import-kill: 60000), MATCHING_SIZE (matching-kill: 3000), BINOME_JAR (default target/binome.jar, built if
# missing), PORT1/PORT2 (8087/8088), DB (binome_faults).
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
start_node() { # port log [more options] -> pid in $node_pid
  local port=$1 log=$2; shift 2
  java -Xmx512m -jar "$jar" --server.port="$port" --binome.demo.enabled=true --binome.privacy.notes-key="$notes_key" \
    --binome.login.free-failures-per-address=1000000 --binome.login.free-failures-per-client=1000000 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=binome \
    --spring.datasource.password=binome "$@" >> "$log" 2>&1 &
  node_pid=$!; pids+=($node_pid)
  # the demo company is loaded after the server answers: wait for its pairs, then for a demo sign-in
  for _ in $(seq 1 300); do
    [ "$(sql "select count(*) from mentorship" 2>/dev/null || echo 0)" -gt 0 ] \
      && bench/signin.sh "http://localhost:$port" mentore >/dev/null 2>&1 && return 0
    sleep 2
  done
  echo "FAIL: node on port $port did not start (see $log)" >&2; exit 1
}
# A signed-in administrator's cookies and CSRF token (for POSTs and the /api/v1 routes) -> $admin_cookie, $admin_csrf
admin_session() { # port
  local cookies="$work/admin-cookies"
  admin_cookie=$(bench/signin.sh "http://localhost:$1" admin)
  admin_csrf=$(curl -s -c "$cookies" -H "Cookie: $admin_cookie" "http://localhost:$1/admin/people/import" \
    | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/')
  admin_cookie="$admin_cookie; XSRF-TOKEN=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$cookies" | tail -1)"
}
wait_for() { # seconds sql-condition -> 0 when the query answers t within the time
  local end=$((SECONDS + $1))
  while [ $SECONDS -lt $end ]; do [ "$(sql "select $2" 2>/dev/null)" = t ] && return 0; sleep 0.5; done
  return 1
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

mail_outage() {
  echo "== mail-outage ($(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
  fresh_db
  local smtp=${SMTP_PORT:-2525} outage=${MAIL_OUTAGE:-600} inbox="$work/inbox"
  local mail=(--spring.mail.host=127.0.0.1 --spring.mail.port="$smtp" --binome.mail.poll=PT5S
    --binome.mail.retry.first="${MAIL_RETRY_FIRST:-PT1M}")
  local down_at=$SECONDS
  start_node "$port1" "$work/node1.log" "${mail[@]}"; local n1=$node_pid
  start_node "$port2" "$work/node2.log" "${mail[@]}"; local n2=$node_pid
  local waiting; waiting=$(sql "select count(*) from mail_outbox where status = 'PENDING'")
  echo "   $waiting e-mails waiting in the outbox; mail server down for ${outage} s in all"
  sleep $((outage > SECONDS - down_at ? outage - (SECONDS - down_at) : 0))
  local tried; tried=$(sql "select count(*) from mail_outbox where status = 'PENDING' and attempts > 0")
  local sent_early; sent_early=$(sql "select count(*) from mail_outbox where status = 'SENT'")
  [ "$tried" -gt 0 ] && [ "$sent_early" = 0 ] \
    && pass "during the outage $tried e-mails were tried and kept (none sent, none lost)" \
    || fail "during the outage: $tried tried, $sent_early sent"
  echo "   mail server back ($(date -u +%T))"
  java bench/faults/SmtpSink.java "$smtp" "$inbox" > "$work/smtp.log" 2>&1 & pids+=($!)
  local bound=$((outage * 2 + 180))
  if wait_for "$bound" "not exists (select 1 from mail_outbox where status = 'PENDING')"; then
    pass "the outbox emptied $((SECONDS - down_at - outage)) s after the server came back"
  else
    fail "e-mails still pending $bound s after the server came back"
  fi
  sleep 3 # the last SMTP conversations end before their rows are marked sent
  local sent received distinct missing
  sent=$(sql "select count(*) from mail_outbox where status = 'SENT'")
  received=$(ls "$inbox"/*.eml 2>/dev/null | wc -l)
  grep -h '^X-Binome-Outbox-Id:' "$inbox"/*.eml | awk '{print $2}' | tr -d '\r' | sort > "$work/received-ids"
  distinct=$(sort -u "$work/received-ids" | wc -l)
  sql "select id from mail_outbox where status = 'SENT' order by id" | sort > "$work/sent-ids"
  missing=$(comm -23 "$work/sent-ids" <(sort -u "$work/received-ids") | wc -l)
  echo "   $sent e-mails marked sent, $received received, $distinct distinct outbox ids"
  [ "$sent" -gt 0 ] && [ "$missing" = 0 ] && pass "every e-mail marked sent arrived" || fail "$missing e-mails marked sent never arrived"
  [ "$received" = "$distinct" ] && [ "$received" = "$sent" ] && pass "each arrived exactly once" \
    || fail "$received received for $distinct distinct ids and $sent sent"
  local gave_up; gave_up=$(sql "select count(*) from mail_outbox where error_code in ('gave-up', 'server')")
  [ "$gave_up" = 0 ] && pass "no e-mail given up" || fail "$gave_up e-mails given up or still failing"
  kill "$n1" "$n2" 2>/dev/null || true
}

import_kill() {
  echo "== import-kill ($(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
  fresh_db
  start_node "$port1" "$work/node1.log"; local n1=$node_pid
  local rows=${IMPORT_ROWS:-60000} file="$work/hr.csv"
  { echo "matricule;prénom;nom;e-mail;direction;site;poste;matricule du manager;date d'entrée"
    seq 1 "$rows" | awk '{printf "FLT%06d;Prénom%d;Nom%d;flt%d@example.org;Direction %d;Lyon;Poste;;2015-01-05\n", $1, $1, $1, $1, $1 % 30}'
  } > "$file"
  local before; before=$(sql "select count(*) from person")
  admin_session "$port1"
  curl -s -o "$work/import-1.json" --max-time 600 -H "Cookie: $admin_cookie" -H "X-XSRF-TOKEN: $admin_csrf" \
    -H "Content-Type: text/csv" --data-binary @"$file" "http://localhost:$port1/api/v1/people/import?fileName=hr.csv" &
  local upload=$!
  if wait_for 300 "exists (select 1 from import_job where status = 'IMPORTING')"; then
    sleep 1; kill -9 "$n1"; echo "   kill -9 node 1 while importing ($(date -u +%T))"
  else
    fail "the import never reached IMPORTING (see $work/node1.log)"; kill -9 "$n1"
  fi
  wait "$upload" || true
  local after partial
  after=$(sql "select count(*) from person"); partial=$(sql "select count(*) from person where employee_number like 'FLT%'")
  [ "$partial" = 0 ] && [ "$after" = "$before" ] && pass "nothing of the import applied ($after people, as before)" \
    || fail "$partial people of the file in the directory after the kill"
  start_node "$port1" "$work/node1b.log"; n1=$node_pid
  local job; job=$(sql "select status || ' ' || coalesce(error_key, '') from import_job order by id desc limit 1")
  [ "$job" = "FAILED import.error.interrupted" ] && pass "the job is marked interrupted once the node is back" \
    || fail "the job is '$job'"
  admin_session "$port1"
  local code; code=$(curl -s -o "$work/import-2.json" -w '%{http_code}' --max-time 900 -H "Cookie: $admin_cookie" \
    -H "X-XSRF-TOKEN: $admin_csrf" -H "Content-Type: text/csv" --data-binary @"$file" \
    "http://localhost:$port1/api/v1/people/import?fileName=hr.csv")
  partial=$(sql "select count(*) from person where employee_number like 'FLT%'")
  [ "$code" = 200 ] && [ "$partial" = "$rows" ] && pass "the same file imported again is applied whole ($partial people)" \
    || fail "second import answered $code with $partial people"
  kill "$n1" 2>/dev/null || true
}

matching_kill() {
  echo "== matching-kill ($(date -u +%T), load $(cut -d' ' -f1-3 /proc/loadavg))"
  fresh_db
  start_node "$port1" "$work/node1.log"; local n1=$node_pid
  local size=${MATCHING_SIZE:-3000}
  # a programme in matching, a copy of the demo's running one without its optional hard rules (seniority, language,
  # training first), with size accepted mentors and as many mentees
  local programme; programme=$(sql "create temporary table p as select * from program where status = 'RUNNING' order by id limit 1;
    update p set id = nextval(pg_get_serial_sequence('program', 'id')), name = 'Panne de calcul', status = 'MATCHING',
      mentor_max_seniority = null, mentee_min_seniority = null, mandatory_components = '', training_required = false;
    insert into program select * from p returning id")
  # mentors (odd) juniors under ML00002, mentees (even) seniors under ML00003: no two of a pair share a manager
  sql "insert into person (employee_number, first_name, last_name, email, department, site, job_title, hire_date,
         career_start_year, languages, birth_year, status, last_name_key, first_name_key, email_key, manager_number)
       select 'MKL' || lpad(g::text, 6, '0'), 'Prénom' || g, 'Nom' || g, 'mkl' || g || '@example.com',
         'Direction ' || (g % 30), (array['Paris','Lyon','Lille'])[1 + g % 3], 'Poste', date '2010-01-01' + g % 4000,
         case when g % 2 = 1 then 2017 + g % 8 else 1985 + g % 25 end, 'fr', 1960 + g % 40, 'ACTIVE', 'nom' || g,
         'prenom' || g, 'mkl' || g || '@example.com', case when g % 2 = 1 then 'ML00002' else 'ML00003' end
       from generate_series(1, 2 * $size) g;
       insert into program_application (program_id, employee_number, role, status, meeting_mode, consent_version,
         consent_text, consented_at, charter_version, charter_accepted_at, submitted_at, updated_at)
       select $programme, 'MKL' || lpad(g::text, 6, '0'), case when g % 2 = 1 then 'MENTOR' else 'MENTEE' end,
         'ACCEPTED', 'BOTH', 'v', 'v', now(), 1, now(), now(), now() from generate_series(1, 2 * $size) g" >/dev/null
  admin_session "$port1"
  curl -s -o /dev/null -H "Cookie: $admin_cookie" --data-urlencode "_csrf=$admin_csrf" \
    "http://localhost:$port1/admin/programmes/$programme/matching/run"
  if wait_for 300 "exists (select 1 from matching_run where program_id = $programme and status = 'RUNNING' and progress > 0)"; then
    kill -9 "$n1"; echo "   kill -9 node 1 at $(sql "select progress from matching_run where program_id = $programme") % of the run ($(date -u +%T))"
  else
    fail "the run never showed progress: $(sql "select status || ' ' || coalesce(error, '') from matching_run where program_id = $programme")"
    kill -9 "$n1"
  fi
  local drafts; drafts=$(sql "select count(*) from matching_proposal where program_id = $programme")
  [ "$drafts" = 0 ] && pass "no proposal of the killed run saved" || fail "$drafts proposals saved by the killed run"
  start_node "$port1" "$work/node1b.log"; n1=$node_pid
  local run; run=$(sql "select status || ' ' || coalesce(interruption, '') from matching_run where program_id = $programme order by id desc limit 1")
  [ "$run" = "INTERRUPTED RESTART" ] && pass "the run is marked interrupted once the node is back" || fail "the run is '$run'"
  admin_session "$port1"
  curl -s -o /dev/null -H "Cookie: $admin_cookie" --data-urlencode "_csrf=$admin_csrf" \
    "http://localhost:$port1/admin/programmes/$programme/matching/run"
  wait_for 900 "exists (select 1 from matching_run where program_id = $programme and status not in ('RUNNING', 'INTERRUPTED'))" || true
  run=$(sql "select status from matching_run where program_id = $programme order by id desc limit 1")
  drafts=$(sql "select count(*) from matching_proposal where program_id = $programme")
  [ "$run" = DONE ] && pass "a new run completes ($drafts proposals)" || fail "the new run is $run"
  [ "$drafts" -gt 0 ] || echo "   NOTE: the run paired nobody (a rule refuses every pair of this cohort, not found yet): the" \
    "'no proposal saved' check above proves nothing then"
  kill "$n1" 2>/dev/null || true
}

case "$what" in
  node-kill) node_kill ;;
  pg-restart) pg_restart ;;
  mail-outage) mail_outage ;;
  import-kill) import_kill ;;
  matching-kill) matching_kill ;;
  all) node_kill; mail_outage; import_kill; matching_kill ;;
  everything) node_kill; pg_restart; mail_outage; import_kill; matching_kill ;;
  *) echo "usage: $0 node-kill|pg-restart|mail-outage|import-kill|matching-kill|all|everything" >&2; exit 2 ;;
esac
echo "== $failures failure(s); logs in $work"
[ "$failures" = 0 ]
