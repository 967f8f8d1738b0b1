#!/bin/sh
# Fuzzes every read entry point of casework-json (ReadFuzzTest) with Jazzer, MINUTES (default 5) per entry point:
#   scripts/fuzz.sh [minutes]
# A finding fails the run and leaves its input as crash-* under
# casework-json/src/test/resources/io/github/casework/json/ReadFuzzTestInputs/<method>/: fix the bug and keep the
# input there, so that every ./mvnw verify runs it from then on (regression mode). The corpus Jazzer grows goes to
# casework-json/.cifuzz-corpus/ (not committed). Prints the executions per entry point from libFuzzer's summary.
set -eu
minutes=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# One reactor, nothing installed: ~/.m2 may be shared, and casework-json's tests take casework-core from the reactor.
./mvnw -B -q -o -pl casework-core,casework-json test-compile
status=0
for method in documents eventStreams caseloadEvents events; do
  log="casework-json/target/fuzz-$method.log"
  echo "fuzzing ReadFuzzTest#$method for $minutes minute(s)..." >&2
  # Only the default test execution: the module's small-heap executions would run the fuzz test in 64/128 MB.
  if ! JAZZER_FUZZ=1 ./mvnw -B -o -pl casework-core,casework-json test-compile surefire:test@default-test \
      -Dtest="ReadFuzzTest#$method" \
      -Djazzer.max_duration="${minutes}m" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1; then
    echo "$method: FINDING or failure, see $log" >&2
    status=1
  fi
  runs=$(grep -Eo 'Done [0-9]+ runs' "$log" | tail -n 1 || true)
  echo "$method: ${runs:-no libFuzzer summary (see $log)}"
done
exit $status
