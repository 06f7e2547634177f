#!/usr/bin/env bash
# Installs a built rubric into a temporary prefix, builds examples/embed against the installed CMake
# package from outside the source tree, runs it on the reference example and checks its answer; then
# builds the same program with pkg-config alone. Usage: scripts/check-embed.sh [BUILD_DIR] (default build).
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(pwd)
build=$(cd "${1:-build}" && pwd)
# docs/embedding.md shows examples/embed/main.cpp (past its opening comment); they must not drift.
if ! diff <(sed -n '/^```cpp$/,/^```$/p' docs/embedding.md | sed '1d;$d') <(sed '/^\/\//d' examples/embed/main.cpp) >/dev/null; then
  echo "check-embed: the code in docs/embedding.md differs from examples/embed/main.cpp" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >"$work/install.log"
for f in bin/rubric lib/librubric.a include/rubric/engine.hpp include/rubric/version.hpp \
         lib/cmake/rubric/rubric-config.cmake lib/pkgconfig/rubric.pc; do
  [ -e "$work/prefix/$f" ] || { echo "check-embed: the install lacks $f" >&2; exit 1; }
done

# The CMake package, from a copy of the example outside the tree (nothing can reach src/ by accident).
cp -r examples/embed "$work/embed"
cmake -S "$work/embed" -B "$work/embed-build" -DCMAKE_PREFIX_PATH="$work/prefix" -DCMAKE_BUILD_TYPE=Release >"$work/configure.log"
cmake --build "$work/embed-build" -j 2 >"$work/build.log" || { cat "$work/build.log" >&2; exit 1; }
expected="northwind: 7.84 of 10"
actual=$("$work/embed-build/score_offer" "$source_dir/rules/platform-reliability.rubric" \
                                        "$source_dir/examples/offers/northwind.json")
if [ "$actual" != "$expected" ]; then
  echo "check-embed: score_offer printed '$actual', expected '$expected'" >&2
  exit 1
fi

# pkg-config: the same program with the flags rubric.pc gives.
export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig"
# shellcheck disable=SC2046  # pkg-config's output is a list of flags
c++ -O1 -o "$work/score_offer_pc" "$work/embed/main.cpp" $(pkg-config --cflags --libs rubric)
actual=$("$work/score_offer_pc" "$source_dir/rules/platform-reliability.rubric" "$source_dir/examples/offers/northwind.json")
if [ "$actual" != "$expected" ]; then
  echo "check-embed: the pkg-config build printed '$actual', expected '$expected'" >&2
  exit 1
fi
echo "check-embed: installed package and pkg-config both build examples/embed; it prints '$actual'"
