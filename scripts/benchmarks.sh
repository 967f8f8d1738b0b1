#!/bin/sh
# Builds the benchmarks jar with the wrapper and runs the short profile: one fork, 2 warm-up and 3 measured
# iterations of 2 s each (about ten seconds a benchmark), then the memory footprint. Extra arguments go to JMH,
# e.g. a name filter: scripts/benchmarks.sh EventApplication
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./mvnw -B -q -DskipTests -pl casework-benchmarks -am package
# The event store benchmark needs a PostgreSQL server (BENCHMARKS.md, 8): without CASEWORK_PG_URL it is left out.
exclude=""
if [ -z "${CASEWORK_PG_URL:-}" ]; then exclude="-e EventStoreBenchmark"; fi
# shellcheck disable=SC2086
java -jar casework-benchmarks/target/benchmarks.jar -f 1 -wi 2 -w 2s -i 3 -r 2s -rf text -rff target/jmh-result.txt \
  $exclude "$@"
java -cp casework-benchmarks/target/benchmarks.jar io.github.casework.benchmarks.MemoryFootprint
