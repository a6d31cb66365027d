#!/usr/bin/env bash
# The whole test suite: set up, build, then (unless CROSSCHECK_SANITIZERS=0) an ASan+UBSan build with a libFuzzer
# run of every target (scripts/run-fuzz.sh, about a minute each) and every test under the sanitizers; last, every
# test of the release build with ctest, so the run ends with ctest's summary. Exit status: non-zero if any part
# failed.
set -uo pipefail
cd "$(dirname "$0")/.."
CROSSCHECK_WITH_BROWSER=1 bash scripts/setup.sh || exit 2
bash scripts/build.sh || exit 2
status=0
if [ "${CROSSCHECK_SANITIZERS:-1}" = 1 ]; then
  FUZZ_CTEST=0 FUZZ_SECONDS="${FUZZ_SECONDS:-60}" bash scripts/run-fuzz.sh || status=1
  echo "== tests under AddressSanitizer + UndefinedBehaviorSanitizer"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-fuzz --output-on-failure --parallel "$(nproc)" || status=1
fi
echo "== tests (release build)"
ctest --test-dir build --output-on-failure --parallel "$(nproc)" || status=1
exit $status
