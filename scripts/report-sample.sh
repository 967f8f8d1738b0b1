#!/usr/bin/env bash
# Regenerates the team report of the sample in docs/: report-sample.html (the page) and report-sample.png (its
# screenshot in headless Chromium, 1280 px wide). TeamReportSampleTest fails when docs/report-sample.html is not the
# current rendering; run this after a deliberate change of the report or the sample, and look at the PNG.
#
#   scripts/report-sample.sh            # needs chromium (apt-get install chromium)
set -euo pipefail
cd "$(dirname "$0")/.."

html=docs/report-sample.html
png=docs/report-sample.png
./casework check samples/caseload.json --at 2026-12-15T09:00:00Z --format html --lang en --out "$html" --force || [ $? -eq 1 ]

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
  --hide-scrollbars --window-size=1280,2060 --screenshot="$PWD/$png" "file://$PWD/$html" >/dev/null 2>&1
echo "wrote $html and $png"
