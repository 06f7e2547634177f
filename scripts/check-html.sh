#!/usr/bin/env bash
# Renders HTML reports in headless Chromium and fails on a broken page: the shipped examples, and
# offers and a rubric whose texts try to inject markup and scripts (tests/data/report/hostile), and the
# compensation example (examples/compensation: a year-by-year table and chart per offer), and "How sure is
# this?" of the robustness fixture (tests/data/robustness: the stacked acceptability bars, the close-call
# note, the negotiation targets).
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

# The compensation example declares a grant: each of its two offers has a year-by-year table and its chart.
check_compensation() {
  local dom=$1
  [ "$(grep -oF '<table class="comp-years">' "$dom" | wc -l)" -eq 2 ] || fail compensation "not one compensation table per offer"
  [ "$(grep -oF '<svg id="chart-comp-' "$dom" | wc -l)" -eq 2 ] || fail compensation "not one compensation chart per offer"
  [ "$(grep -oF '<rect class="k' "$dom" | wc -l)" -gt 8 ] || fail compensation "the compensation charts have too few bars"
  [ "$(count_in "$dom" '<td class="num">216,540</td>')" -gt 0 ] || fail compensation "berlin's year-3 total is missing"
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

# Measures the charts and the scorecard as laid out in a 1280-pixel window (docs/reports.md, "The charts"): a
# script appended to a copy of the report writes what it finds into <body data-geometry>, which the dumped
# DOM then shows. Per offer: the total's label stands at the total's mark; what flags take off is a hatched
# segment from the total back to the weighted end of the bar. Criteria and offers have disjoint colours;
# no criterion label is cut when it fits the drawing's width; the scorecard fits the window without splitting
# a header inside a word.
check_geometry() {
  local name=$1 html=$2 probe="$work/$name-geometry.html"
  sed 's#</body>#<script src="geometry.js"></script></body>#' "$html" >"$probe"
  cat >"$work/geometry.js" <<'JS'
(function () {
  const problems = [];
  const num = (v) => parseFloat(v);
  const chart = document.getElementById('chart-contributions');
  const marks = chart ? chart.querySelectorAll('line.total') : [];
  if (marks.length === 0) problems.push('no total marks');
  let hatched = 0;
  marks.forEach((mark, i) => {
    const x = num(mark.getAttribute('x1'));
    const label = mark.nextElementSibling;
    if (!label || !label.classList.contains('value')) { problems.push('bar ' + i + ': no total label'); return; }
    if (Math.abs(num(label.getAttribute('x')) - x) > 0.5 || label.getAttribute('text-anchor') !== 'middle')
      problems.push('bar ' + i + ': total label at ' + label.getAttribute('x') + ', total at ' + x);
    let end = -Infinity, node = mark.previousElementSibling, penalty = null;
    if (node && node.classList.contains('penalty')) { penalty = node; node = node.previousElementSibling; }
    for (; node && node.tagName === 'rect' && /^c\d/.test(node.getAttribute('class')); node = node.previousElementSibling)
      end = Math.max(end, num(node.getAttribute('x')) + num(node.getAttribute('width')));
    if (penalty) {
      hatched++;
      const px = num(penalty.getAttribute('x')), pw = num(penalty.getAttribute('width'));
      if (Math.abs(px - Math.min(x, end)) > 0.05 || Math.abs(px + pw - Math.max(x, end)) > 0.05)
        problems.push('bar ' + i + ': penalty spans ' + px + '..' + (px + pw) + ', not total ' + x + '..weighted ' + end);
      if (!getComputedStyle(penalty).fill.includes('url'))
        problems.push('bar ' + i + ': penalty segment is not hatched');
    } else if (Math.abs(end - x) > 0.05) {
      problems.push('bar ' + i + ': total ' + x + ' is not at the bar end ' + end + ' and no penalty is drawn');
    }
  });
  if (hatched === 0) problems.push('no offer shows a hatched penalty');
  const colours = (selector) => new Set([...document.querySelectorAll(selector)].map((e) => getComputedStyle(e).fill));
  const criteria = colours('#chart-contributions rect[class^="c"]'), offers = colours('#chart-scores rect[class^="o"]');
  criteria.forEach((c) => { if (offers.has(c)) problems.push('colour ' + c + ' is used for a criterion and an offer'); });
  const scores = document.getElementById('chart-scores');
  const width = scores.viewBox.baseVal.width;
  scores.querySelectorAll('text.label').forEach((label) => {
    const full = label.querySelector('title').textContent;
    if (full.length <= 90 && !label.firstChild.textContent.startsWith(full))
      problems.push('criterion label cut: ' + full);
    if (num(label.getAttribute('x')) + label.getComputedTextLength() > width + 0.5)
      problems.push('criterion label runs out of the chart: ' + full);
  });
  // A header may wrap between words (or after a hyphen), never inside one ("quarr|y", "Wei|ght").
  document.querySelectorAll('#scorecard thead th').forEach((th) => {
    const text = th.firstChild;
    if (!text || text.nodeType !== Node.TEXT_NODE) return;
    let at = 0;
    for (const part of text.textContent.split(/(\s+|-)/)) {
      if (part.trim() && part !== '-') {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + part.length);
        if (range.getClientRects().length > 1) problems.push('scorecard header split inside a word: ' + text.textContent);
      }
      at += part.length;
    }
  });
  const wrap = document.querySelector('#scorecard .table-wrap');
  if (!wrap || wrap.scrollWidth > wrap.clientWidth + 1)
    problems.push('scorecard is ' + (wrap ? wrap.scrollWidth : '?') + 'px wide in a ' + (wrap ? wrap.clientWidth : '?') +
                  'px column');
  document.body.setAttribute('data-geometry', problems.length ? 'FAIL: ' + problems.join(' | ') : 'OK');
})();
JS
  chrome --dump-dom --window-size=1280,900 "file://$probe" >"$work/$name-geometry.dom" || true
  if ! grep -qF 'data-geometry="OK"' "$work/$name-geometry.dom"; then
    fail "$name" "chart or scorecard geometry: $(grep -o 'data-geometry="[^"]*"' "$work/$name-geometry.dom" || echo 'the probe did not run')"
  fi
  chrome --screenshot="$work/$name-1280.png" --window-size=1280,2400 "file://$html" >/dev/null || true
  [ "$(stat -c %s "$work/$name-1280.png" 2>/dev/null || echo 0)" -gt 20000 ] || fail "$name" "1280-pixel screenshot is blank"
}

# "How sure is this?" on the robustness fixture (tests/data/robustness: a close call, ranged facts,
# negotiable facts): in the page Chromium laid out, each offer's stacked bar runs from 0% to 100% with its
# segments edge to edge, as wide as the shares in the table say, one colour per rank; the close-call note
# gives the acceptability; "What it would take" lists the targets (docs/reports.md).
check_robustness() {
  local html="$work/robustness.html" probe="$work/robustness-probe.html" fixture=tests/data/robustness
  if ! "$binary" report "$fixture/fixture.rubric" "$fixture"/{oak,pine,elm,ash}.json --format html -o "$html" \
       2>"$work/robustness.stderr"; then
    fail robustness "rubric report failed: $(cat "$work/robustness.stderr")"
    return
  fi
  sed 's#</body>#<script src="acceptability.js"></script></body>#' "$html" >"$probe"
  cat >"$work/acceptability.js" <<'JS'
(function () {
  const problems = [];
  const num = (v) => parseFloat(v);
  const chart = document.getElementById('chart-acceptability');
  const ticks = chart ? [...chart.querySelectorAll('text.tick-label')].map((t) => num(t.getAttribute('x'))) : [];
  const zero = ticks[0], full = ticks[ticks.length - 1];
  const rows = [...document.querySelectorAll('#robustness table')][0].querySelectorAll('tbody tr');
  const labels = chart ? chart.querySelectorAll('text.label') : [];
  if (labels.length !== 4 || rows.length !== 4) problems.push(labels.length + ' bars, ' + rows.length + ' table rows');
  labels.forEach((label, i) => {
    const id = label.textContent, row = rows[i];
    if (!row || row.querySelector('th').textContent !== id) { problems.push('bar ' + id + ' has no table row'); return; }
    const shares = [...row.querySelectorAll('td')].map((td) => num(td.textContent));
    let x = zero, node = label.nextElementSibling;
    for (; node && node.tagName === 'rect'; node = node.nextElementSibling) {
      const k = num(node.getAttribute('class').slice(1)), left = num(node.getAttribute('x'));
      const width = num(node.getAttribute('width'));
      if (Math.abs(left - x) > 0.05) problems.push(id + ': rank ' + (k + 1) + ' starts at ' + left + ', not ' + x);
      const share = (100 * width) / (full - zero);
      if (Math.abs(share - shares[k]) > 0.06) problems.push(id + ': rank ' + (k + 1) + ' is ' + share + '% wide, table ' + shares[k]);
      if (!node.querySelector('title')) problems.push(id + ': rank ' + (k + 1) + ' has no tooltip');
      x = left + width;
    }
    if (Math.abs(x - full) > 0.1) problems.push(id + ': the bar ends at ' + x + ', not at 100% (' + full + ')');
  });
  const fills = new Set([...document.querySelectorAll('#robustness .legend .swatch')].map((e) => getComputedStyle(e).backgroundColor));
  if (fills.size !== 4) problems.push(fills.size + ' legend colours for 4 ranks');
  const note = document.querySelector('#decision .callout');
  if (!note || !/Under weight doubt, elm ranks first in \d+% of plausible weightings and oak in \d+%/.test(note.textContent))
    problems.push('the close-call note does not give the acceptability: ' + (note ? note.textContent : 'no note'));
  const targets = [...document.querySelectorAll('#robustness ul:not(.legend) li')].map((li) => li.textContent);
  if (targets.length !== 6 || targets[0] !== 'oak would move ahead of elm with comp.base at 215,100 (+15,100).')
    problems.push('targets: ' + JSON.stringify(targets));
  document.body.setAttribute('data-acceptability', problems.length ? 'FAIL: ' + problems.join(' | ') : 'OK');
})();
JS
  chrome --dump-dom --window-size=1280,900 "file://$probe" >"$work/robustness.dom" || true
  if ! grep -qF 'data-acceptability="OK"' "$work/robustness.dom"; then
    fail robustness "$(grep -o 'data-acceptability="[^"]*"' "$work/robustness.dom" || echo 'the probe did not run')"
  fi
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
  [ "$name" != compensation ] || check_compensation "$work/$name.dom"
  check_images "$name" "$html"
  [ "$name" != examples ] || check_geometry "$name" "$html"
}

check_report examples rules/platform-reliability.rubric examples/offers
check_report hostile tests/data/report/hostile/hostile.rubric tests/data/report/hostile/*.json
check_report compensation examples/compensation/compensation.rubric examples/compensation/offers
check_robustness

if [ "$failures" -gt 0 ]; then
  echo "check-html: $failures check(s) failed; Chromium's log (without its D-Bus noise):" >&2
  grep -v -e dbus -e 'bytes written to file' "$work/chromium.log" | tail -n 20 >&2 || true
  exit 1
fi
echo "check-html: the four reports render in $("$browser" --version 2>/dev/null | head -n 1):" \
     "three charts, six sections, hostile text escaped, chart and scorecard geometry, the acceptability bars as" \
     "wide as their shares, screenshots and PDF non-blank"
