#!/usr/bin/env bash
# Fetches the public data sets the build embeds into .cache/ (only what is missing). Idempotent.
# Each line names the data set, its version and its licence; data/CMakeLists.txt turns them into tables.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache/npm

# humannames 1.0.5 (MIT, Alex Corvi): ~197,000 given names and surnames, for name knowledge (lib/knowledge/names).
[ -s .cache/npm/humannames-1.0.5.tgz ] || (cd .cache/npm && npm pack --silent humannames@1.0.5 >/dev/null)
