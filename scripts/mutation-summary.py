#!/usr/bin/env python3
"""Combines PIT mutations.xml reports kept from several narrowed runs (issue 15).

PIT overwrites <module>/target/pit-reports/mutations.xml on every run, so a run narrowed to one package is copied aside
(for example casework-json/target/pit-kept/ser.xml) and this script adds the kept files up:

    scripts/mutation-summary.py casework-json/target/pit-kept/*.xml

It prints mutants, score and test strength per package and for all the files together, with PIT's definitions:
detected = KILLED, TIMED_OUT, MEMORY_ERROR or RUN_ERROR; score = detected / all; test strength = detected / (all -
NO_COVERAGE). A mutant reported by more than one file (the same class, method, line, mutator and index) counts once,
with the status of the last file that names it, so a re-run of one package after new tests replaces the earlier one.
A file PIT is still writing (<mutations partial="true">, its last element cut off) counts the mutants it already holds.
With --survivors it also lists each surviving and uncovered mutant, one line each; with --classes REGEX it counts only
the mutants of classes whose full name the regular expression matches (what a wider, earlier run left in a file).
scripts/mutation.sh prints its figures through this script.
"""
import collections
import re
import sys
import xml.etree.ElementTree as ET

DETECTED = {'KILLED', 'TIMED_OUT', 'MEMORY_ERROR', 'RUN_ERROR'}


def key(m):
    return (m.findtext('mutatedClass'), m.findtext('mutatedMethod'), m.findtext('methodDescription'),
            m.findtext('lineNumber'), m.findtext('mutator'), m.findtext('indexes/index') or m.findtext('index'),
            m.findtext('block') or m.findtext('blocks/block'), m.findtext('description'))


def main(argv):
    survivors = False
    classes = None
    paths = []
    args = iter(argv)
    for a in args:
        if a == '--survivors':
            survivors = True
        elif a == '--classes':
            classes = re.compile(next(args, ''))
        else:
            paths.append(a)
    if not paths:
        print('usage: mutation-summary.py [--survivors] [--classes REGEX] mutations.xml...', file=sys.stderr)
        return 2
    mutants = {}
    for path in paths:
        with open(path, encoding='utf-8') as f:
            text = f.read()
        for element in re.findall(r'<mutation\b.*?</mutation>', text, re.S):
            m = ET.fromstring(element)
            if classes is None or classes.fullmatch(m.findtext('mutatedClass')):
                mutants[key(m)] = m
    rows = collections.defaultdict(lambda: [0, 0, 0])  # all, detected, no coverage
    for m in mutants.values():
        cls = m.findtext('mutatedClass')
        status = m.get('status')
        for k in (cls.rsplit('.', 1)[0], '(all)'):
            rows[k][0] += 1
            rows[k][1] += status in DETECTED
            rows[k][2] += status == 'NO_COVERAGE'

    def line(k, r):
        total, det, nocov = r
        strength = det / (total - nocov) if total > nocov else 1.0
        return f'{k:36} {total:5} mutants  {det:5} detected  {nocov:4} no coverage  ' \
               f'score {det / total:6.1%}  test strength {strength:6.1%}'

    for k in sorted(k for k in rows if k != '(all)'):
        print(line(k, rows[k]))
    if rows:
        print(line('(all)', rows['(all)']))
    if survivors:
        for m in sorted(mutants.values(), key=lambda m: (m.findtext('mutatedClass'), int(m.findtext('lineNumber')))):
            if m.get('status') in DETECTED:
                continue
            print(f"{m.get('status'):12} {m.findtext('mutatedClass')}.{m.findtext('mutatedMethod')}:"
                  f"{m.findtext('lineNumber')}  {m.findtext('description')}")
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
