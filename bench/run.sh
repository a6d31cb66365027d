#!/usr/bin/env bash
# Builds the benchmarks (Release) and runs each; figures go to stdout. Usage: bash bench/run.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCROSSCHECK_BENCH=ON -DCROSSCHECK_TESTS=OFF >/dev/null
cmake --build build-bench --parallel "$(nproc)"
for b in build-bench/bench/*_bench; do
  echo "== $(basename "$b")"
  case "$(basename "$b")" in
    pipeline_bench) "$b" "${1:-2000}" ;;
    *) "$b" ;;
  esac
done
