#!/bin/sh
# Builds the benchmarks jar with the wrapper and runs the short profile: one fork, 2 warm-up and 3 measured
# iterations of 2 s each (about ten seconds a benchmark), then the memory footprint. Extra arguments go to JMH,
# e.g. a name filter: scripts/benchmarks.sh EventApplication
#
#   scripts/benchmarks.sh --check [REGEX]   compares the ratios of a short run with BENCHMARKS.tsv (see --help)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

usage() {
  cat <<'EOF'
scripts/benchmarks.sh [JMH ARGS...]   run every benchmark (short profile), then the memory footprint
scripts/benchmarks.sh --check [REGEX] compare a short run's ratios with the committed ones

--check reads the reference ratios from BENCHMARKS.tsv (the rows whose section, name or benchmarks match REGEX;
all rows without one), runs only the benchmarks those rows need (one fork, 2 warm-up and 3 measured iterations of
2 s, JSON result in target/jmh-check.json) and prints, per row, the reference and measured ratio with their
errors and whether it moved by more than their combined error. Exit status: 1 if a ratio got worse beyond its
error, 2 if a benchmark is missing or the table is malformed, 0 otherwise. The load average is printed at the
start and the end: ratios within one run hold up on a shared machine, absolute times do not.

It is not part of CI: a short run of one benchmark class takes a minute or more, and CI's runner is no fairer a
timer than a developer's machine. Run it before and after a change that may affect speed.
EOF
}

build() {
  ./mvnw -B -q -DskipTests -pl casework-benchmarks -am package
}

if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  usage
  exit 0
fi

if [ "${1:-}" = "--check" ]; then
  regex=${2:-}
  build
  jar=casework-benchmarks/target/benchmarks.jar
  check() { java -cp "$jar" io.github.casework.benchmarks.RatioCheck "$@"; }
  # The plan is the include regex, then any profilers, one argument per line.
  plan=$(check plan BENCHMARKS.tsv "$regex")
  mkdir -p target
  echo "load average at start: $(uptime | sed 's/.*load average: //')"
  old_ifs=$IFS
  IFS='
'
  # Other developers' JMH runs hold JMH's lock on a shared machine; the ratios are within one run either way.
  # shellcheck disable=SC2086
  java -Djmh.ignoreLock=true -jar "$jar" $plan -f 1 -wi 2 -w 2s -i 3 -r 2s -rf json -rff target/jmh-check.json >target/jmh-check.log
  IFS=$old_ifs
  echo "load average at end: $(uptime | sed 's/.*load average: //')"
  status=0
  check compare BENCHMARKS.tsv target/jmh-check.json "$regex" || status=$?
  exit "$status"
fi

build
# The event store benchmark needs a PostgreSQL server (BENCHMARKS.md, 8): without CASEWORK_PG_URL it is left out.
exclude=""
if [ -z "${CASEWORK_PG_URL:-}" ]; then exclude="-e EventStoreBenchmark"; fi
# shellcheck disable=SC2086
java -jar casework-benchmarks/target/benchmarks.jar -f 1 -wi 2 -w 2s -i 3 -r 2s -rf text -rff target/jmh-result.txt \
  $exclude "$@"
java -cp casework-benchmarks/target/benchmarks.jar io.github.casework.benchmarks.MemoryFootprint
