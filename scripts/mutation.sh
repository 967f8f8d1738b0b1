#!/bin/sh
# Mutation testing (issue 15): runs PIT on casework-core and casework-json and prints the mutation score and test
# strength per package and per module:
#   scripts/mutation.sh             # core and json, every package
#   scripts/mutation.sh check       # one core package (io.github.casework.check.*)
#   scripts/mutation.sh json        # casework-json alone
# Score = detected / all mutants; test strength = detected / mutants that some test covers (PIT's definitions).
# Open-source PIT 1.30 has no incremental history (that plugin is commercial): narrow a re-run to one package.
# One PIT thread: the build machine is shared. Reports: <module>/target/pit-reports/.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
what=${1:-all}
case "$what" in
  all) pl=casework-core,casework-json; targets='io.github.casework.*' ;;
  json) pl=casework-core,casework-json; targets='io.github.casework.json.*' ;;
  *) pl=casework-core; targets="io.github.casework.$what.*" ;;
esac
mkdir -p casework-core/target
log=casework-core/target/pit.log
echo "PIT on $targets ($pl), log in $log" >&2
./mvnw -B -o -Pmutation -pl "$pl" test-compile org.pitest:pitest-maven:mutationCoverage \
    -Dpit.targetClasses="$targets" >"$log" 2>&1 || { echo "PIT failed, see $log" >&2; exit 1; }
for m in $(echo "$pl" | tr ',' ' '); do
  report="$m/target/pit-reports/mutations.xml"
  [ -f "$report" ] || continue
  python3 - "$m" "$report" "$targets" <<'PY'
import collections, fnmatch, sys, xml.etree.ElementTree as ET
module, path, targets = sys.argv[1], sys.argv[2], sys.argv[3]
detected = {'KILLED', 'TIMED_OUT', 'MEMORY_ERROR', 'RUN_ERROR'}
rows = collections.defaultdict(lambda: [0, 0, 0])  # all, detected, no coverage
for m in ET.parse(path).getroot().iter('mutation'):
    cls = m.findtext('mutatedClass')
    if not fnmatch.fnmatch(cls, targets):
        continue  # left over from an earlier, wider run
    status = m.get('status')
    for key in (cls.rsplit('.', 1)[0], '(module)'):
        rows[key][0] += 1
        rows[key][1] += status in detected
        rows[key][2] += status == 'NO_COVERAGE'
def line(key, r):
    total, det, nocov = r
    strength = det / (total - nocov) if total > nocov else 1.0
    return f'{module:15} {key:34} {total:5} mutants  score {det / total:6.1%}  test strength {strength:6.1%}'
for key in sorted(k for k in rows if k != '(module)'):
    print(line(key, rows[key]))
if rows:
    print(line('(module)', rows['(module)']))
PY
done
