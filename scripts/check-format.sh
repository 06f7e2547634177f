#!/usr/bin/env bash
# Checks that every C++ source (*.cpp, *.hpp) is formatted per .clang-format, with clang-format 14.
#
#   scripts/check-format.sh          list the files clang-format would change; exit 1 if there are any
#   scripts/check-format.sh --fix    reformat those files in place
#
# Exits 77 (CTest's "skipped") when clang-format-14 is not installed. Other versions format
# differently, so only clang-format-14 is used.
set -euo pipefail
cd "$(dirname "$0")/.."

fix=0
case "${1:-}" in
  "") ;;
  --fix) fix=1 ;;
  *) echo "usage: scripts/check-format.sh [--fix]" >&2; exit 2 ;;
esac

if ! command -v clang-format-14 >/dev/null 2>&1; then
  echo "check-format: clang-format-14 not installed (apt-get install clang-format-14); skipped" >&2
  exit 77
fi

# Tracked and new (not ignored) files in a git checkout; the source folders otherwise.
files=()
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  while IFS= read -r -d '' f; do
    [ -f "$f" ] && files+=("$f")  # skip files deleted from the work tree but still in the index
  done < <(git ls-files -z --cached --others --exclude-standard -- '*.cpp' '*.hpp' | sort -zu)
else
  dirs=()
  for d in src include tests grammar examples bench; do [ -d "$d" ] && dirs+=("$d"); done
  if [ ${#dirs[@]} -gt 0 ]; then
    while IFS= read -r -d '' f; do files+=("$f"); done \
      < <(find "${dirs[@]}" -type f \( -name '*.cpp' -o -name '*.hpp' \) -print0 | sort -z)
  fi
fi

if [ ${#files[@]} -eq 0 ]; then
  echo "check-format: no C++ files found" >&2
  exit 0
fi

if [ "$fix" -eq 1 ]; then
  clang-format-14 --style=file -i "${files[@]}"
  echo "check-format: ${#files[@]} files formatted"
  exit 0
fi

bad=()
for f in "${files[@]}"; do
  if ! clang-format-14 --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then bad+=("$f"); fi
done

if [ ${#bad[@]} -gt 0 ]; then
  echo "check-format: ${#bad[@]} of ${#files[@]} files are not formatted (scripts/check-format.sh --fix rewrites them):" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files formatted"
