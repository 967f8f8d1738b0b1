#!/bin/sh
# Mutation testing (issue 15): runs PIT on casework-core and casework-json and prints the mutation score and test
# strength per package and per module:
#   scripts/mutation.sh             # core and json, every package, in one run
#   scripts/mutation.sh check       # one core package (io.github.casework.check.*)
#   scripts/mutation.sh root        # the classes directly in io.github.casework (no subpackage)
#   scripts/mutation.sh norm,party  # several core packages in one PIT run (one coverage run)
#   scripts/mutation.sh json        # casework-json alone, every package
#   scripts/mutation.sh json:deser,internal  # several casework-json packages (io.github.casework.json.deser.* ...)
#   scripts/mutation.sh json:root   # the classes directly in io.github.casework.json (no subpackage)
#   scripts/mutation.sh summary     # per package and per module, from every run kept so far (no PIT run)
# Score = detected / all mutants; test strength = detected / mutants that some test covers (PIT's definitions).
# Open-source PIT 1.30 has no incremental history (that plugin is commercial): narrow a re-run to one package.
# Every run writes <module>/target/pit-reports/ (XML and HTML) and keeps a copy in
# <module>/target/pit-packages/<what>/, so that per-package runs add up: `summary` combines the kept mutations.xml
# files, counting each mutant once (from the newest run that holds it), and names the packages no kept run covers.
# One PIT thread: the build machine is shared.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
what=${1:-all}

# Prints per package and module rows of the mutations.xml files given after the module name and a class regex, the
# newest file last (a mutant counts once, from the last file that holds it).
report() {
  module=$1 regex=$2
  shift 2
  echo "$module:"
  # shellcheck disable=SC2046 # one path per word (the paths hold no spaces)
  python3 scripts/mutation-summary.py --classes "$regex" $(ls -tr "$@")
}

if [ "$what" = summary ]; then
  for m in casework-core casework-json; do
    kept=$(find "$m/target/pit-packages" -name mutations.xml 2>/dev/null | sort)
    [ -n "$kept" ] || { echo "$m: no kept PIT run" >&2; continue; }
    # shellcheck disable=SC2086 # one path per word (the paths hold no spaces)
    report "$m" 'io\.github\.casework\..*' $kept
    # Packages with main classes that no kept run mutated (a package without mutable code shows up here too).
    src="$m/src/main/java/io/github/casework"
    measured=$(for f in $kept; do grep -o '<mutatedClass>[^<]*' "$f" | sed 's/<mutatedClass>//; s/\.[^.]*$//'; done | sort -u)
    for d in $(cd "$src" && find . -name '*.java' ! -name package-info.java ! -name module-info.java \
        | sed 's|/[^/]*$||; s|^\./||' | sort -u); do
      pkg=io.github.casework$(echo "$d" | sed 's|^\.$||; s|^|/|; s|^/$||' | tr / .)
      echo "$measured" | grep -qx "$pkg" || echo "$m $pkg: not measured" >&2
    done
  done
  exit 0
fi

case "$what" in
  all) pl=casework-core,casework-json; keep=$pl; targets='io.github.casework.*'; regex='io\.github\.casework\..*' ;;
  json) pl=casework-core,casework-json; keep=casework-json; targets='io.github.casework.json.*'
        regex='io\.github\.casework\.json\..*' ;;
  json:*) list=${what#json:}
     case "$list" in
       *[!a-z.,]*|''|,*|*,|*,,*) echo "usage: $0 json:<json packages, e.g. deser or root,ser>" >&2; exit 2 ;;
     esac
     pl=casework-core,casework-json; keep=casework-json
     regex="io\\.github\\.casework\\.json\\.(?:$(echo "$list" | tr ',' '\n' \
       | sed 's/^root$/[A-Z][^.]*/; /^\[/!{s/\./\\./g; s/$/\\..*/;}' | paste -sd '|' -))"
     targets="~$regex" ;;
  *[!a-z.,]*|''|,*|*,|*,,*)
     echo "usage: $0 [all|json|json:<json packages>|summary|<core packages, e.g. check or root,norm,party>]" >&2
     exit 2 ;;
  # One PIT run over a comma list of core packages pays for the coverage run (minutes) once. PIT reads a target
  # starting with ~ as a regular expression; root stands for the classes directly in io.github.casework, which a
  # glob cannot name (its * takes in every subpackage too).
  *) pl=casework-core; keep=$pl
     regex="io\\.github\\.casework\\.(?:$(echo "$what" | tr ',' '\n' \
       | sed 's/^root$/[A-Z][^.]*/; /^\[/!{s/\./\\./g; s/$/\\..*/;}' | paste -sd '|' -))"
     targets="~$regex" ;;
esac
mkdir -p casework-core/target
log=casework-core/target/pit.log
echo "PIT on $targets ($pl), log in $log" >&2
for m in $(echo "$keep" | tr ',' ' '); do rm -rf "$m/target/pit-reports"; done  # no stale report is kept
./mvnw -B -o -Pmutation -pl "$pl" test-compile org.pitest:pitest-maven:mutationCoverage \
    -Dpit.targetClasses="$targets" >"$log" 2>&1 || { echo "PIT failed, see $log" >&2; exit 1; }
for m in $(echo "$keep" | tr ',' ' '); do
  reports="$m/target/pit-reports"
  [ -f "$reports/mutations.xml" ] || continue
  kept="$m/target/pit-packages/$(echo "$what" | tr : -)"  # json:deser,ser is kept in json-deser,ser/
  rm -rf "$kept" && mkdir -p "$kept" && cp -R "$reports/." "$kept/"
  report "$m" "$regex" "$kept/mutations.xml"
done
