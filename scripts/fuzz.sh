#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz/) with clang-14, AddressSanitizer and UndefinedBehaviorSanitizer
# into build-fuzz/ and runs each for SECONDS (default 60) from its seed corpus (tests/fuzz/corpus/NAME/) plus
# the corpus earlier runs grew (build-fuzz/corpus/NAME/, kept between runs). Exits non-zero when any harness
# finds a crash, a leak, undefined behaviour, an input that runs over 5 s or one that needs over 2 GiB; the
# input is saved as build-fuzz/artifacts/NAME-crash-... (replay: build-fuzz/tests/fuzz/fuzz_NAME FILE).
# Usage: scripts/fuzz.sh [--build DIR] [SECONDS [NAME...]]; NAME is one of rubric offer jsonl profile template
# weights lsp. Harnesses run side by side, one per core (FUZZ_JOBS=N sets how many). With --build DIR the
# harnesses come from DIR, a build configured with -DRUBRIC_FUZZ=ON (CI passes scripts/sanitize.sh's build-asan/,
# which has the tests too); artifacts and grown corpora still go to build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."

build=
if [ "${1:-}" = --build ]; then
  build="${2:?fuzz.sh: --build needs a directory}"
  shift 2
fi
seconds="${1:-60}"
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(rubric offer jsonl profile template weights lsp)

if [ -z "$build" ]; then
  build=build-fuzz
  werror=OFF
  if [ "${CI:-}" = true ]; then werror=ON; fi
  # -O1 with line tables only: what libFuzzer and the sanitizers recommend for long runs (several times the
  # executions of -O0); stack traces still name file:line. No tests here: scripts/sanitize.sh builds both.
  launcher=()
  if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Fuzz -DCMAKE_CXX_FLAGS_FUZZ="-O1 -gline-tables-only" \
    -DCMAKE_CXX_COMPILER=clang++-14 "${launcher[@]}" -DRUBRIC_FUZZ=ON -DRUBRIC_TESTS=OFF \
    -DRUBRIC_WERROR="$werror" >/dev/null
fi
cmake --build "$build" -j "$(nproc)" --target rubric_fuzzers

export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
mkdir -p build-fuzz/artifacts

# Runs one harness; its log and exit status go to build-fuzz/fuzz-NAME.{log,status}.
fuzz_one() {
  local name="$1" dict
  case "$name" in
    offer | jsonl | profile) dict=json ;;
    *) dict="$name" ;;
  esac
  mkdir -p "build-fuzz/corpus/$name"
  local options=(-max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
                 -artifact_prefix="build-fuzz/artifacts/$name-" -dict=tests/fuzz/dict/"$dict".dict)
  local status=0
  "$build/tests/fuzz/fuzz_$name" "${options[@]}" "build-fuzz/corpus/$name" "tests/fuzz/corpus/$name" \
    >"build-fuzz/fuzz-$name.log" 2>&1 || status=$?
  echo "$status" >"build-fuzz/fuzz-$name.status"
}

# One harness per core at a time (FUZZ_JOBS overrides): each is single-threaded, so on CI's 2 cores the
# step takes about half the sum of its runs.
jobs_max="${FUZZ_JOBS:-$(nproc)}"
for name in "${harnesses[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do wait -n || true; done
  echo "fuzz: $name for ${seconds}s"
  fuzz_one "$name" &
done
wait

failed=()
summary=()
for name in "${harnesses[@]}"; do
  log="build-fuzz/fuzz-$name.log"
  if [ "$(cat "build-fuzz/fuzz-$name.status")" != 0 ]; then
    failed+=("$name")
    tail -n 60 "$log" >&2
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  summary+=("$(printf '%-9s %10s execs  cov %6s  corpus %5s files' "$name" "${runs:-?}" "${cov:-?}" \
    "$(find "build-fuzz/corpus/$name" -type f | wc -l)")")
done
printf 'fuzz: %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]} (inputs in build-fuzz/artifacts/)" >&2
  exit 1
fi
echo "fuzz: no findings"
