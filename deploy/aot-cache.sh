#!/bin/sh
# Java 25 and later: extracts a Binome jar and builds its AOT cache, with which a node starts in about half the time
# (README, "Running in production"; Spring Boot's "AOT cache", JEP 483 and 515).
#
#   deploy/aot-cache.sh JAR DIR [JAVA]
#
# JAR: the Binome jar; DIR: where to extract it (DIR/binome.jar, DIR/lib/, then DIR/binome.aot); JAVA: the java
# command the nodes use (default: java; it must be 25 or later, and the same build as the nodes').
# The training run starts Binome until its context is ready and stops it: on a throwaway in-memory database, never
# the production one (it runs in an empty environment, with its settings on the command line), without demo data,
# without opening a port. Then start each node with
#
#   java -XX:AOTCache=DIR/binome.aot -jar DIR/binome.jar
#
# Build it again after each new jar or Java update: a cache that does not match is ignored with a warning (the node
# starts as without it), never an error.
set -eu

if [ $# -lt 2 ]; then
  echo "usage: $0 JAR DIR [JAVA]" >&2
  exit 2
fi
jar=$1
dir=$2
java=${3:-java}

version=$("$java" -XX:+IgnoreUnrecognizedVMOptions -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
if [ -z "$version" ] || [ "$version" -lt 25 ]; then
  echo "$java is Java ${version:-?}: the AOT cache needs Java 25 or later (on Java 17, start the jar as it is)" >&2
  exit 1
fi

"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" --application-filename binome.jar --force
# The cache holds the class path as the training run gave it: the nodes must give the same, this absolute one.
dir=$(cd "$dir" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
rm -f "$dir/binome.aot"
(
  cd "$scratch"
  # An empty environment: none of the operator's SPRING_* or BINOME_* settings (a Flyway URL, a profile, a single
  # sign-on issuer to reach) can lead the training run anywhere but the in-memory database.
  env -i PATH="$PATH" HOME="$scratch" \
  "$java" -XX:AOTCacheOutput="$dir/binome.aot" -Dspring.context.exit=onRefresh -jar "$dir/binome.jar" \
    --spring.datasource.url="jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    --spring.datasource.username=sa --spring.datasource.password= \
    --binome.demo.enabled=false --binome.scheduling.enabled=false \
    --binome.import.directory="$scratch/import" --logging.file.name= >"$scratch/training.log" 2>&1
) || {
  echo "the training run failed; its log:" >&2
  cat "$scratch/training.log" >&2
  exit 1
}
if [ ! -s "$dir/binome.aot" ]; then
  echo "no cache written; the training run's log:" >&2
  cat "$scratch/training.log" >&2
  exit 1
fi
echo "$dir/binome.aot written ($(du -h "$dir/binome.aot" | cut -f1)); start each node with:"
echo "  $java -XX:AOTCache=$dir/binome.aot -jar $dir/binome.jar"
