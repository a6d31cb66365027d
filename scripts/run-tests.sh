#!/usr/bin/env bash
# The whole test suite: set up, build, run every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
CROSSCHECK_WITH_BROWSER=1 bash scripts/setup.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
