#!/bin/sh
# Counts the classes a fresh JVM loads for its first document read (issue 16's cold start), for casework's reader,
# plain Jackson on String records and HAPI FHIR: one JVM per reader with -Xlog:class+load, counted from just before
# the reader is built to the end of the first read, in all, by origin (casework, Jackson, Guava, JDK, other) and by
# the classes that spin the most lambdas. The count does not depend on the machine's load (the same jar on the same
# JDK loads the same classes); the time printed beside it does. Builds the benchmarks jar first. Arguments go to
# ColdStartClasses: reader names (casework-referral, casework-case, plain-referral, plain-case, hapi-referral),
# --top N (the sources listed per reader, default 12), --keep DIR (keep each JVM's class-load log there).
#
#   scripts/cold-start-classes.sh                      # every reader
#   scripts/cold-start-classes.sh --top 30 casework-referral
#   MAVEN_ARGS=-o scripts/cold-start-classes.sh        # build offline
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./mvnw -B -q -DskipTests -pl casework-benchmarks -am package
java -cp casework-benchmarks/target/benchmarks.jar io.github.casework.benchmarks.ColdStartClasses "$@"
