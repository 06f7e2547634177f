#!/usr/bin/env bash
# Renders HTML reports in headless Chromium and fails on a broken page: the shipped examples, and
# offers and a rubric whose texts try to inject markup and scripts (tests/data/report/hostile).
#
#   scripts/check-html.sh [RUBRIC_BINARY]     (default: build/rubric)
#
# For each report it checks the DOM Chromium built (all three charts, all six sections, every hostile
# text shown as text, no element or script smuggled in, no script ran), then takes a desktop and
# a phone-width screenshot and prints the page to PDF. Exits 77 (CTest's "skipped") when Chromium
# is not installed; `scripts/setup.sh --browser` installs it (Debian package chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${1:-build/rubric}
browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$(command -v "$candidate"); break; fi
done
if [ -z "$browser" ]; then
  echo "check-html: SKIPPED: Chromium is not installed (install the Debian package chromium," \
       "e.g. scripts/setup.sh --browser)" >&2
  exit 77
fi
if [ ! -x "$binary" ]; then
  echo "check-html: $binary is not an executable rubric binary; build it first" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
  echo "check-html: FAIL: $1: $2" >&2
  failures=$((failures + 1))
}

# Runs headless Chromium on a file with a throwaway profile; a page that hangs is killed at 60 s.
chrome() {
  timeout 60 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
    --user-data-dir="$work/profile" --virtual-time-budget=3000 "$@" 2>>"$work/chromium.log"
}

# Counts the lines of the DOM that contain a fixed string.
count_in() { grep -cF -- "$2" "$1" || true; }

check_dom() {
  local name=$1 dom=$2
  [ -s "$dom" ] || { fail "$name" "Chromium produced no DOM"; return; }
  for chart in 'id="chart-contributions"' 'id="chart-scores"' 'id="chart-acceptability"'; do
    [ "$(grep -oF -- "<svg $chart" "$dom" | wc -l)" -eq 1 ] || fail "$name" "chart <svg $chart> missing"
  done
  [ "$(grep -oF '<rect class="c' "$dom" | wc -l)" -gt 0 ] || fail "$name" "contribution chart has no bars"
  [ "$(grep -oF '<rect class="o' "$dom" | wc -l)" -gt 0 ] || fail "$name" "score chart has no bars"
  [ "$(grep -oF '<rect class="r' "$dom" | wc -l)" -gt 0 ] || fail "$name" "acceptability chart has no bars"
  for section in '1. Decision' '2. Scorecard' '3. Offers' '4. Sensitivity' '5. How sure is this?' '6. Appendix'; do
    [ "$(count_in "$dom" "$section")" -gt 0 ] || fail "$name" "section '$section' is missing"
  done
  for banned in '<script' '<iframe' '<img' '<a ' '<b>' '<object' '<embed' 'data-pwned' 'PWNED</title>'; do
    [ "$(count_in "$dom" "$banned")" -eq 0 ] || fail "$name" "the page contains $banned"
  done
  [ "$(grep -oF '<style' "$dom" | wc -l)" -eq 1 ] || fail "$name" "a <style> element other than the report's own"
}

check_hostile_text() {
  local dom=$1
  for text in '&lt;script&gt;document.title=' 'Scope &lt;img src=x onerror=' \
              '&lt;/text&gt;&lt;/svg&gt;&lt;script&gt;' 'On-call &lt;style&gt;body{display:none}' \
              'north&lt;b&gt;wind' '&lt;iframe src=' 'letter&lt;/li&gt;&lt;/ul&gt;&lt;script&gt;' \
              '&lt;a href="javascript:alert(1)"&gt;click&lt;/a&gt;' '&lt;svg onload='; do
    [ "$(count_in "$dom" "$text")" -gt 0 ] || fail hostile "text not shown as text: $text"
  done
}

check_images() {
  local name=$1 html=$2 size
  chrome --screenshot="$work/$name-desktop.png" --window-size=1200,2400 "file://$html" >/dev/null || true
  chrome --screenshot="$work/$name-phone.png" --window-size=390,2400 "file://$html" >/dev/null || true
  chrome --print-to-pdf="$work/$name.pdf" --no-pdf-header-footer "file://$html" >/dev/null || true
  for image in "$name-desktop.png" "$name-phone.png" "$name.pdf"; do
    size=$(stat -c %s "$work/$image" 2>/dev/null || echo 0)
    # A blank page compresses to a few kilobytes; a rendered report is far larger.
    [ "$size" -gt 20000 ] || fail "$name" "$image is missing or blank ($size bytes)"
  done
}

check_report() {
  local name=$1; shift
  local html="$work/$name.html" status=0
  "$binary" report "$@" --format html -o "$html" 2>"$work/$name.stderr" || status=$?
  if [ "$status" -gt 1 ] || [ ! -s "$html" ]; then
    fail "$name" "rubric report exited $status: $(cat "$work/$name.stderr")"
    return
  fi
  chrome --dump-dom "file://$html" >"$work/$name.dom" || true
  check_dom "$name" "$work/$name.dom"
  [ "$name" != hostile ] || check_hostile_text "$work/$name.dom"
  check_images "$name" "$html"
}

check_report examples rules/platform-reliability.rubric examples/offers
check_report hostile tests/data/report/hostile/hostile.rubric tests/data/report/hostile/*.json

if [ "$failures" -gt 0 ]; then
  echo "check-html: $failures check(s) failed; Chromium's log (without its D-Bus noise):" >&2
  grep -v -e dbus -e 'bytes written to file' "$work/chromium.log" | tail -n 20 >&2 || true
  exit 1
fi
echo "check-html: both reports render in $("$browser" --version 2>/dev/null | head -n 1):" \
     "three charts, six sections, hostile text escaped, screenshots and PDF non-blank"
