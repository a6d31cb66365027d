#!/usr/bin/env bash
# Sanitizer and fuzzing run: builds with clang, AddressSanitizer + UndefinedBehaviorSanitizer + libFuzzer
# instrumentation into build-fuzz/, runs the whole test suite under the sanitizers (unless FUZZ_CTEST=0: then the
# caller runs it), replays the kept crash inputs (fuzz/regressions/), then fuzzes every target for FUZZ_SECONDS
# (default 60) each, as many targets at once as there are cores.
# A longer run: FUZZ_SECONDS=3600 bash scripts/run-fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-60}"
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCROSSCHECK_FUZZ=ON >/dev/null
cmake --build build-fuzz --parallel "$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
if [ "${FUZZ_CTEST:-1}" = 1 ]; then
  ctest --test-dir build-fuzz --output-on-failure --parallel "$(nproc)"
fi

# Seed corpus: the committed inputs plus every fixture article (prefixed with the format byte the targets read).
work=build-fuzz/corpus
rm -rf "$work" && mkdir -p "$work/seed" build-fuzz/artifacts
cp fuzz/corpus/* "$work/seed/"
find fixtures -name '*.txt' ! -name expect.spec | sort | while read -r f; do
  { printf '\x00'; head -c 8192 "$f"; } > "$work/seed/$(echo "$f" | tr '/' '_')"
done
fuzz_one() {
  local target=$1
  mkdir -p "$work/$target"
  if ./build-fuzz/fuzz/${target}_fuzz -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
       -artifact_prefix=build-fuzz/artifacts/${target}- -print_final_stats=0 "$work/$target" "$work/seed" \
       > "build-fuzz/fuzz-$target.log" 2>&1; then
    echo "fuzz: $target for ${seconds}s: $(grep -E '^Done [0-9]+ runs' "build-fuzz/fuzz-$target.log" || echo done)"
  else
    echo "fuzz: $target FAILED; input kept in build-fuzz/artifacts/, log in build-fuzz/fuzz-$target.log" >&2
    tail -40 "build-fuzz/fuzz-$target.log" >&2
    return 1
  fi
}
# One target per core at a time; each writes its own log, so the runs do not interleave.
status=0
pids=()
for target in read dates places people attribution quantities check; do
  fuzz_one "$target" &
  pids+=($!)
  if [ "${#pids[@]}" -ge "$(nproc)" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
exit $status
