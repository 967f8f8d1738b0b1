#!/usr/bin/env bash
# Builds the release artifacts twice from a clean state and compares the SHA-256 of every jar and SBOM.
# Exits 0 when both builds are byte-identical, 1 otherwise (and names the jar entries that differ).
#
#   scripts/check-reproducible.sh                 # with the JDK on PATH / JAVA_HOME
#   JAVA_HOME=/path/to/jdk scripts/check-reproducible.sh
#
# Extra Maven arguments may follow, e.g. `-pl casework-core -am`.
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

build() {
  local out="$1"
  shift
  ./mvnw -B -q -Prelease -Dgpg.skip -DskipTests "$@" clean package
  mkdir -p "$out"
  # Every jar of every module, and the SBOMs; named by module so equal file names do not collide.
  find . -path ./.git -prune -o -path '*/target/*' -type f \( -name '*.jar' -o -name 'bom.json' -o -name 'bom.xml' \) \
    -not -path '*/target/*/*' -print | sort | while read -r f; do
    module="$(dirname "$(dirname "$f")")"
    module="${module#./}"
    [ "$module" = "." ] && module="casework-parent"
    cp "$f" "$out/${module}__$(basename "$f")"
  done
  (cd "$out" && sha256sum -- * > "$work/$(basename "$out").sha256")
}

echo "== build 1"
build "$work/first" "$@"
echo "== build 2"
build "$work/second" "$@"

count="$(wc -l < "$work/first.sha256")"
if [ "$count" -eq 0 ]; then
  echo "no artifacts found" >&2
  exit 1
fi
if diff -u "$work/first.sha256" "$work/second.sha256" > "$work/diff"; then
  sed 's/__/ /' "$work/first.sha256" | awk '{printf "  %s  %-18s %s\n", substr($1, 1, 16), $2, $3}'
  echo "reproducible: $count artifacts, byte-identical in both builds"
  exit 0
fi

echo "NOT reproducible:" >&2
cat "$work/diff" >&2
for f in "$work"/first/*.jar; do
  name="$(basename "$f")"
  if ! cmp -s "$f" "$work/second/$name"; then
    echo "-- entries that differ in $name:" >&2
    diff <(unzip -Z -v "$f" | grep -E '^(Central directory entry|  file last modified|  32-bit CRC)' ) \
         <(unzip -Z -v "$work/second/$name" | grep -E '^(Central directory entry|  file last modified|  32-bit CRC)') \
      | head -40 >&2 || true
  fi
done
exit 1
