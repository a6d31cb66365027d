#!/usr/bin/env bash
# Recall on errors planted in real copy, and false alarms on the same copy (docs/accuracy.md).
# Usage: bash bench/planted_errors.sh [SAMPLE=500] [extra planted_errors.py options, e.g. --misses 10]
# Builds crosscheck in build-recall if needed (BUILD_DIR overrides), fetches Reuters-21578 via bench/reuters.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
sample="${1:-500}"; shift || true
build="${BUILD_DIR:-build-recall}"
if [ ! -x "$build/crosscheck" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" --target crosscheck -j2
fi
bash bench/reuters.sh 2000 >/dev/null   # writes .cache/reuters/reuters.jsonl (all stories) too
python3 bench/planted_errors.py "$build/crosscheck" .cache/reuters/reuters.jsonl --sample "$sample" "$@"
