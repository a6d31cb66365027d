#!/usr/bin/env bash
# The whole test suite: set up, build, run every test with ctest; then the same tests under AddressSanitizer +
# UndefinedBehaviorSanitizer and a short libFuzzer run of every target (scripts/run-fuzz.sh; skip it with
# CROSSCHECK_SANITIZERS=0).
set -euo pipefail
cd "$(dirname "$0")/.."
CROSSCHECK_WITH_BROWSER=1 bash scripts/setup.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
if [ "${CROSSCHECK_SANITIZERS:-1}" = 1 ]; then
  FUZZ_SECONDS="${FUZZ_SECONDS:-15}" bash scripts/run-fuzz.sh
fi
