// The HTML report's stylesheet, inline in the page: no fonts or files are fetched.
#include <fmt/format.h>

#include <array>

#include "rubric/report/report_sections.hpp"

namespace rubric::report_html {

namespace {

// Criteria: Okabe-Ito colours, yellow last because it is faint on white.
constexpr std::array<const char*, kPaletteSize> kPalette = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                            "#56B4E9", "#D55E00", "#999999", "#F0E442"};
// The parts of a year's pay (base, bonus, equity vesting, sign-on): Okabe-Ito blues, green and orange.
constexpr std::array<const char*, 4> kPayPalette = {"#0072B2", "#56B4E9", "#009E73", "#E69F00"};
// Offers: Paul Tol's "muted" scheme, so an offer's colour never reads as a criterion's (both colour-blind safe).
constexpr std::array<const char*, kPaletteSize> kOfferPalette = {"#332288", "#CC6677", "#117733", "#DDCC77",
                                                                 "#882255", "#44AA99", "#999933", "#AA4499"};

constexpr const char* kBase = R"css(
:root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --accent: #0b5cad;
  --warn: #8a5a00; --bad: #b42318; --good: #1a7f37; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin: 2.5rem 0 1rem; }
h3 { font-size: 1.1rem; margin: 2rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
p, ul { margin: .4rem 0 .8rem; }
ul { padding-left: 1.3rem; }
.subtitle, .muted, .facts { color: var(--muted); }
.facts { font-size: .9rem; }
.memo { border: 2px solid var(--accent); border-radius: 8px; padding: .75rem 1.25rem 1rem; }
.memo h2 { border: none; margin-top: .25rem; }
.headline { font-size: 1.2rem; font-weight: 600; }
.callout { background: #fff8c5; border-left: 4px solid var(--warn); padding: .5rem .75rem; }
.table-wrap { overflow-x: auto; margin: .5rem 0 1rem; scrollbar-width: auto; }
.table-wrap::-webkit-scrollbar { height: 10px; }
.table-wrap::-webkit-scrollbar-thumb { background: var(--muted); border-radius: 5px; }
.table-wrap::-webkit-scrollbar-track { background: var(--soft); }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--soft); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td, tr.total th { font-weight: 600; background: var(--soft); }
.contrib { color: var(--muted); font-size: .85em; display: block; }
#scorecard table { font-size: .9rem; }
#scorecard th, #scorecard td { padding: .3rem .4rem; }
#scorecard thead th { white-space: normal; overflow-wrap: break-word; }
#scorecard td { overflow-wrap: break-word; }
.sev-critical { color: var(--bad); font-weight: 600; }
.sev-warning { color: var(--warn); font-weight: 600; }
.ok { color: var(--good); }
.missing { color: var(--bad); }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft);
  padding: 0 .2em; border-radius: 3px; overflow-wrap: anywhere; }
article { border-top: 1px solid var(--line); }
.chart { margin: 1rem 0 1.5rem; }
.chart-svg { display: block; width: 100%; height: auto; max-width: 46rem; }
.chart-svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
.chart-svg .axis, .chart-svg .tick { stroke: var(--muted); stroke-width: 1; }
.chart-svg .total { stroke: var(--ink); stroke-width: 3; }
.chart-svg .penalty { fill: url(#hatch); stroke: var(--bad); stroke-width: 1; }
.chart-svg .value { font-weight: 600; }
.swatch.penalty { border: 1px solid var(--bad);
  background: repeating-linear-gradient(45deg, #fff 0 2px, var(--bad) 2px 4px); }
.chart-svg .tick-label { fill: var(--muted); }
figcaption { color: var(--muted); font-size: .9rem; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .35em; vertical-align: -.05em;
  border-radius: 2px; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  main { padding: 1rem .6rem 2rem; }
  th, td { padding: .25rem .3rem; }
  table { font-size: .85rem; }
  .memo { padding: .5rem .75rem; }
}
@page { margin: 1.5cm; }
@media print {
  body { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  .memo { border: none; padding: 0; break-after: page; }
  h2, h3, h4 { break-after: avoid; }
  table, figure, li, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
}
)css";

}  // namespace

std::string stylesheet() {
  std::string css = kBase;
  for (std::size_t i = 0; i < kPalette.size(); ++i) {
    css += fmt::format(".c{0} {{ fill: {1}; background: {1}; }}\n", i, kPalette[i]);
    css += fmt::format(".o{0} {{ fill: {1}; background: {1}; }}\n", i, kOfferPalette[i]);
    css += fmt::format(".r{0} {{ fill: {1}; background: {1}; }}\n", i, kPalette[i]);  // ranks, best first
  }
  for (std::size_t i = 0; i < kPayPalette.size(); ++i)
    css += fmt::format(".k{0} {{ fill: {1}; background: {1}; }}\n", i, kPayPalette[i]);
  return css;
}

}  // namespace rubric::report_html
