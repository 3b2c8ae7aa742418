#!/usr/bin/env bash
# Signs in to a running Binome and prints the session cookie ("SESSION=..."), for wrk/curl.
# Usage: bench/signin.sh BASE_URL LOGIN [PASSWORD]   (password defaults to the demo one)
set -euo pipefail
base=${1:?base url}; login=${2:?login}; password=${3:-binome-demo-2026}
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
page=$(curl -s -c "$jar" -b "$jar" "$base/login")
csrf=$(printf '%s' "$page" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/')
[ -n "$csrf" ] || { echo "no CSRF token on $base/login" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
  --data-urlencode "username=$login" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login")
case "$status" in *login*) echo "sign-in of $login refused: $status" >&2; exit 1;; esac
awk '$6 ~ /SESSION$/ {print $6"="$7}' "$jar" | tail -1
