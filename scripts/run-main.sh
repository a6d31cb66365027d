#!/usr/bin/env bash
# The main job: set up, build, and check the bundled seed articles, writing the reports to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
mkdir -p out
status=0
./build/crosscheck check fixtures/seeds --format text --format json --format html --format sarif --output out || status=$?
echo "reports written to out/ (exit status $status: 0 clean, 1 findings over thresholds, 2 input errors)"
exit 0
