#!/usr/bin/env bash
# CI's sanitizer stage: ONE clang-14 build (build-asan/, build type Sanitize: -O0 with line tables) with
# AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer's coverage instrumentation on every object. The
# whole suite (ctest, which runs this build's own sanitized `rubric`) runs on it, then every libFuzzer harness
# of the same build for SECONDS each (default 15; scripts/fuzz.sh). Any leak, out-of-bounds access, undefined
# behaviour or fuzz finding fails the run. Usage: scripts/sanitize.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"

werror=OFF
if [ "${CI:-}" = true ]; then werror=ON; fi
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_COMPILER=clang++-14 "${launcher[@]}" \
  -DRUBRIC_FUZZ=ON -DRUBRIC_WERROR="$werror" >/dev/null
cmake --build build-asan -j "$(nproc)"

export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
scripts/fuzz.sh --build build-asan "$seconds"
