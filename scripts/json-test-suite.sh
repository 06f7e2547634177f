#!/usr/bin/env bash
# Runs the offer reader over JSONTestSuite's parsing cases (y_, n_ and i_ files) in a build with
# AddressSanitizer and UndefinedBehaviorSanitizer: a crash, a leak or undefined behaviour fails the run,
# and a hang runs into the timeout. Prints how many n_ (invalid) cases the reader accepts.
#
# Usage: scripts/json-test-suite.sh [SUITE]
#   SUITE      JSONTestSuite checkout (default: ../shared/json-test-suite next to the repository)
#   BUILD_DIR  build folder (default: build-json-suite in the repository)
#   JOBS       parallel build jobs (default: 2)
#   TIMEOUT    seconds before the run counts as hung (default: 300)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
suite=${1:-$root/../shared/json-test-suite}
if [[ ! -d $suite/test_parsing ]]; then
  echo "json-test-suite: no $suite/test_parsing; nothing to run" >&2
  exit 0
fi
build=${BUILD_DIR:-$root/build-json-suite}

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DRUBRIC_SANITIZE=ON >/dev/null
cmake --build "$build" -j "${JOBS:-2}" --target rubric_unit_tests
RUBRIC_JSON_TEST_SUITE=$(cd "$suite/test_parsing" && pwd) \
  timeout "${TIMEOUT:-300}" "$build/tests/rubric_unit_tests" "[json-test-suite]"
