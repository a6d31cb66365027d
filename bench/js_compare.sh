#!/usr/bin/env bash
# Side by side: crosscheck's extraction vs chrono-node + compromise on the same real corpus (the first ARTICLES
# Reuters-21578 stories, bench/reuters.sh), one core. The npm packages are installed into a scratch folder (never
# vendored). Usage: bash bench/js_compare.sh [ARTICLES=2000]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-2000}"
command -v node >/dev/null || { echo "node not found: skipping the JavaScript comparison"; exit 0; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
[ -x build-bench/bench/pipeline_bench ] || bash bench/run.sh 10 >/dev/null
corpus="$(bash bench/reuters.sh "$n")"
./build-bench/bench/pipeline_bench --corpus "$corpus" --write-corpus "$scratch/corpus" --extract-only |
  grep -E 'corpus|segment\+extract'
cp bench/js/extract.mjs "$scratch/"
(cd "$scratch" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund chrono-node@2 compromise@14 >/dev/null)
node "$scratch/extract.mjs" "$scratch/corpus"
