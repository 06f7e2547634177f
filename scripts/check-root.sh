#!/usr/bin/env bash
# Fails when the repository root holds anything outside the project's fixed layout (a test's output,
# a scratch file): tracked files, and untracked ones that .gitignore does not cover.
set -euo pipefail
cd "$(dirname "$0")/.."

allowed=(.ci .clang-format .gitignore CMakeLists.txt README.md bench docs editors examples grammar include rules
         scripts src tests)

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  entries=$( { git ls-files; git ls-files --others --exclude-standard; } | cut -d/ -f1 | sort -u)
else
  entries=$(find . -mindepth 1 -maxdepth 1 -printf '%f\n' | sort)
fi

stray=()
while IFS= read -r entry; do
  [ -z "$entry" ] && continue
  known=false
  for name in "${allowed[@]}"; do [ "$entry" = "$name" ] && known=true; done
  $known || stray+=("$entry")
done <<<"$entries"

if [ ${#stray[@]} -gt 0 ]; then
  echo "check-root: the repository root holds what the layout does not allow:" >&2
  printf '  %s\n' "${stray[@]}" >&2
  exit 1
fi
echo "check-root: the root holds only the project's layout"
