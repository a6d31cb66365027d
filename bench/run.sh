#!/usr/bin/env bash
# Builds the benchmarks (Release) and runs each; figures go to stdout. pipeline_bench runs twice: on the real
# Reuters-21578 newswire (all 16,781 stories with copy, fetched by bench/reuters.sh) and on ARTICLES articles
# generated from the seeds (near-copies: a stress test for the cross-source rules). Usage: bash bench/run.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DCROSSCHECK_BENCH=ON -DCROSSCHECK_TESTS=OFF >/dev/null
cmake --build build-bench --parallel "$(nproc)"
for b in build-bench/bench/*_bench; do
  echo "== $(basename "$b")"
  case "$(basename "$b")" in
    pipeline_bench) "$b" --corpus "$(bash bench/reuters.sh 20000)" && "$b" "${1:-2000}" ;;
    *) "$b" ;;
  esac
done
