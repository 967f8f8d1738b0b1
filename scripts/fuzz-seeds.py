#!/usr/bin/env python3
"""Builds the seed corpus of ReadFuzzTest from the wire-format vectors: each seed is one selector byte (the kind's
index in DocumentKind.values() / EventStreamKind.values() / AggregateType.values(), +128 for strict mode) followed
by a vector's bytes. Seeds over 16 KB are skipped to keep the regression run short. Run from the repository root;
the output is committed, so that every build runs the same inputs."""
import json, os, pathlib

V = pathlib.Path("casework-json/src/test/resources/vectors/v1")
OUT = pathlib.Path("casework-json/src/test/resources/io/github/casework/json/ReadFuzzTestInputs")
DOCS = ["case", "case-event", "agency-directory", "referral", "referral-event", "escalation", "escalation-event",
        "signal", "signal-event", "caseload", "findings"]
STREAMS = ["case-events", "referral-events", "escalation-events", "signal-events", "caseload-events"]
AGGREGATES = ["case", "referral", "escalation", "signal"]
LIMIT = 16 * 1024


def seeds(method, selector, files):
    d = OUT / method
    d.mkdir(parents=True, exist_ok=True)
    for f in files:
        data = f.read_bytes()
        if len(data) <= LIMIT:
            for strict in (0, 128):
                (d / f"{f.parent.name}-{f.stem}-{'strict' if strict else 'std'}").write_bytes(
                    bytes([selector + strict]) + data)


for i, kind in enumerate(DOCS):
    seeds("documents", i, sorted((V / kind).glob("*.json")))
for i, kind in enumerate(STREAMS):
    seeds("eventStreams", i, sorted((V / kind).glob("*.ndjson")))
seeds("caseloadEvents", 0, sorted((V / "caseload-events").glob("*.ndjson")))
for i, agg in enumerate(AGGREGATES):
    d = OUT / "events"
    d.mkdir(parents=True, exist_ok=True)
    for f in sorted((V / f"{agg}-event").glob("*.json")):
        event = json.loads(f.read_text())["data"]
        (d / f"{agg}-{f.stem}").write_bytes(bytes([i]) + json.dumps(event, separators=(",", ":")).encode())
# Invalid vectors, as documents of the kind each one names.
for line in (V / "invalid" / "manifest.tsv").read_text().splitlines()[1:]:
    name, kind = line.split("\t")[:2]
    f = V / "invalid" / name
    if kind in DOCS and f.stat().st_size <= LIMIT:
        (OUT / "documents" / f"invalid-{f.stem}").write_bytes(bytes([DOCS.index(kind) + 128]) + f.read_bytes())
    elif kind in STREAMS and f.stat().st_size <= LIMIT:
        (OUT / "eventStreams" / f"invalid-{f.stem}").write_bytes(bytes([STREAMS.index(kind) + 128]) + f.read_bytes())
