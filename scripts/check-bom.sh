#!/usr/bin/env bash
# Checks that casework-bom lists every published module of the root pom, on the root pom's version.
# A module is published unless its pom sets <skipPublishing>true</skipPublishing> (examples, benchmarks).
# Exits 0 when it does, 1 otherwise (naming what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

bom=casework-bom/pom.xml
root_version="$(grep -m1 -A2 '<artifactId>casework-parent</artifactId>' pom.xml | grep -o '<version>[^<]*</version>')"
bom_version="$(grep -m1 -A1 '<artifactId>casework-bom</artifactId>' "$bom" | grep -o '<version>[^<]*</version>')"
status=0
if [ "$root_version" != "$bom_version" ]; then
  echo "casework-bom is on $bom_version, the root pom on $root_version" >&2
  status=1
fi
count=0
for module in $(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' pom.xml); do
  [ "$module" = casework-bom ] && continue
  grep -q '<skipPublishing>true</skipPublishing>' "$module/pom.xml" && continue
  artifact="$(sed -n '/<\/parent>/,$p' "$module/pom.xml" | grep -m1 -o '<artifactId>[^<]*</artifactId>')"
  if ! grep -q "$artifact" "$bom"; then
    echo "casework-bom does not list the published module $module" >&2
    status=1
  fi
  count=$((count + 1))
done
[ "$status" -eq 0 ] && echo "casework-bom lists all $count published modules on $(echo "$root_version" | sed 's:</*version>::g')"
exit "$status"
