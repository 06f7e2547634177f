#!/usr/bin/env bash
# Regenerates what the examples produce: every file listed in examples/output/commands.txt, and every
# block in docs/*.md between "<!-- generated: ARGUMENTS -->" and "<!-- end of generated output -->"
# ("<!-- generated (fenced): ARGUMENTS -->" puts the output in a ```text code block).
# The test "checked-in examples match what the code produces" runs the same commands and fails when a
# checked-in copy is out of date. Run from anywhere; uses build/rubric unless given another binary.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-build/rubric}
[ -x "$binary" ] || { echo "update-examples: build $binary first (cmake --build build)" >&2; exit 2; }

# Runs rubric with the words of $1 as arguments; exit 1 (an example offer that cannot be scored) is
# part of the examples, anything else is a failure.
run() {
  local status=0
  # shellcheck disable=SC2086  # the arguments are split on spaces, as commands.txt documents
  NO_COLOR=1 "$binary" $1 2>/dev/null || status=$?
  if [ "$status" -gt 1 ]; then
    echo "update-examples: rubric $1: exit status $status" >&2
    return 1
  fi
}

while IFS= read -r line; do
  case "$line" in '' | '#'*) continue ;; esac
  file="examples/output/${line%%:*}"
  run "${line#*: }" >"$file.tmp"
  mv "$file.tmp" "$file"
  echo "update-examples: wrote $file"
done <examples/output/commands.txt

for doc in docs/*.md; do
  grep -q '^<!-- generated.*: .* -->$' "$doc" || continue
  : >"$doc.tmp"
  skipping=0
  while IFS= read -r line || [ -n "$line" ]; do
    if [ "$skipping" -eq 1 ]; then
      [ "$line" = "<!-- end of generated output -->" ] || continue
      skipping=0
    fi
    printf '%s\n' "$line" >>"$doc.tmp"
    case "$line" in
      '<!-- generated: '*' -->')
        args=${line#'<!-- generated: '}
        run "${args%' -->'}" >>"$doc.tmp"
        skipping=1 ;;
      '<!-- generated (fenced): '*' -->')
        args=${line#'<!-- generated (fenced): '}
        { echo '```text'; run "${args%' -->'}"; echo '```'; } >>"$doc.tmp"
        skipping=1 ;;
    esac
  done <"$doc"
  if [ "$skipping" -eq 1 ]; then
    rm -f "$doc.tmp"
    echo "update-examples: $doc: a generated block has no '<!-- end of generated output -->'" >&2
    exit 1
  fi
  mv "$doc.tmp" "$doc"
  echo "update-examples: refreshed the generated blocks of $doc"
done
