#!/usr/bin/env bash
# Shows the release profile's API check (japicmp; see casework.api.baseline in the root pom) at work before there is a
# release to compare with. In a copy of the work tree it builds casework-core and casework-json, installs those jars
# as version 0.0.0-baseline into a throwaway local repository (chained in front of ~/.m2, which it only reads), and
# runs the release build against that baseline twice: unchanged, which must pass, and with one public method
# (CaseworkJson.isStrict) removed, which japicmp must fail. Exits 0 when both turn out so.
#
#   scripts/check-api.sh            # extra Maven arguments may follow, e.g. -o
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
src="$work/src"
mkdir -p "$src" "$repo"
tar --exclude=./.git --exclude='*/target' --exclude='*/node_modules' -cf - . | tar -xf - -C "$src"
cd "$src"

maven=(./mvnw -B -q "-Dmaven.repo.local=$repo" "-Dmaven.repo.local.tail=$HOME/.m2/repository" "$@")
modules=(casework-core casework-json)
fast=(-Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dcyclonedx.skip=true -Dgpg.skip)

echo "== baseline: casework-core and casework-json as they are, installed as 0.0.0-baseline (throwaway repository)"
# Tests compiled (not run) here, so that casework-core's test-jar exists: casework-json's tests depend on it, and the
# checks below (tests skipped outright, so that only japicmp can fail them) resolve it from the throwaway repository
# rather than from ~/.m2, which a fresh CI machine does not have.
"${maven[@]}" -pl casework-core,casework-json -am "${fast[@]/-Dmaven.test.skip=true/-DskipTests}" package
version="$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' pom.xml | sed -n 1p)"
"${maven[@]}" install:install-file "-Dfile=casework-core/target/casework-core-$version-tests.jar" \
  -DgroupId=io.github.casework -DartifactId=casework-core "-Dversion=$version" -Dclassifier=tests -Dpackaging=jar \
  "-DlocalRepositoryPath=$repo"
for m in "${modules[@]}"; do
  "${maven[@]}" install:install-file "-Dfile=$m/target/$m-$version.jar" -DgroupId=io.github.casework \
    "-DartifactId=$m" -Dversion=0.0.0-baseline -Dpackaging=jar "-DlocalRepositoryPath=$repo"
done

check() {
  "${maven[@]}" -Prelease -Dcasework.api.baseline=0.0.0-baseline -pl casework-core,casework-json -am "${fast[@]}" \
    clean verify > "$work/out" 2>&1
}

echo "== the same API: the release build must pass"
if ! check; then
  cat "$work/out" >&2
  echo "FAILED: the release build broke against an identical baseline" >&2
  exit 1
fi
for m in "${modules[@]}"; do
  if ! ls "$m"/target/japicmp/* > /dev/null 2>&1; then
    echo "FAILED: japicmp did not run on $m" >&2
    exit 1
  fi
done

echo "== CaseworkJson.isStrict() removed: japicmp must fail the release build"
python3 - <<'PY'
import re
p = "casework-json/src/main/java/io/github/casework/json/CaseworkJson.java"
s = open(p).read()
t = re.sub(r"\n  /\*\* \{@return whether unknown members are errors\} \*/\n  public boolean isStrict\(\) \{\n    return strict;\n  \}\n", "\n", s)
assert t != s, "isStrict() not found"
open(p, "w").write(t)
PY
if check; then
  echo "FAILED: the release build passed although a public method was removed" >&2
  exit 1
fi
if ! grep -q 'isStrict' "$work/out"; then
  cat "$work/out" >&2
  echo "FAILED: the release build broke, but not on the removed method" >&2
  exit 1
fi
grep -m3 -i 'isStrict\|incompatib' "$work/out" | cut -c1-200
echo "api check ok: passes against an identical baseline, fails on a removed public method"
