#!/usr/bin/env bash
# Checks that casework-bom lists every published module of the root pom, on the root pom's version.
# A module is published unless its pom sets <skipPublishing>true</skipPublishing> (examples, benchmarks).
# Exits 0 when it does, 1 otherwise (naming what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

bom=casework-bom/pom.xml
# No pipe ends in a reader that stops early (grep -m1, head): under pipefail the writer's SIGPIPE would fail the script
# (exit 141) at random, depending on how much the writer had written when the reader left.
first_version_after() { # $1 = the line to find, $2 = the file; prints the first <version> element at or after it
  awk -v marker="$1" 'index($0, marker) { found = 1 }
    found && match($0, /<version>[^<]*<\/version>/) { print substr($0, RSTART, RLENGTH); exit }' "$2"
}
root_version="$(first_version_after '<artifactId>casework-parent</artifactId>' pom.xml)"
bom_version="$(first_version_after '<artifactId>casework-bom</artifactId>' "$bom")"
status=0
if [ "$root_version" != "$bom_version" ]; then
  echo "casework-bom is on $bom_version, the root pom on $root_version" >&2
  status=1
fi
count=0
for module in $(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' pom.xml); do
  [ "$module" = casework-bom ] && continue
  grep -q '<skipPublishing>true</skipPublishing>' "$module/pom.xml" && continue
  artifact="$(awk '/<\/parent>/ { after = 1; next }
    after && match($0, /<artifactId>[^<]*<\/artifactId>/) { print substr($0, RSTART, RLENGTH); exit }' "$module/pom.xml")"
  if ! grep -q "$artifact" "$bom"; then
    echo "casework-bom does not list the published module $module" >&2
    status=1
  fi
  count=$((count + 1))
done
[ "$status" -eq 0 ] && echo "casework-bom lists all $count published modules on $(echo "$root_version" | sed 's:</*version>::g')"
exit "$status"
