// The report's two inline SVG charts: weighted contributions stacked per offer,
// and each criterion's score per offer. Legends are HTML so they wrap on phones.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include <rubric/render.hpp>
#include "rubric/output/text.hpp"
#include "rubric/report/report_sections.hpp"

namespace rubric::report_html {

namespace {

namespace rt = text;

// Charts show at most this many offers (the best ranked): more bars than this stop being readable.
constexpr std::size_t kMaxChartOffers = 12;
// Chart labels longer than this many characters are cut with an ellipsis; the full text is in the tooltip.
constexpr std::size_t kMaxLabelChars = 24;
// Criterion labels stand on a row of their own above their bars and may use the drawing's whole width.
constexpr std::size_t kMaxWideLabelChars = 90;
// The drawing's coordinate system; the SVG scales to its container's width.
constexpr double kWidth = 640;
constexpr double kLabelWidth = 185;  // left column for offer or criterion names (kMaxLabelChars at 12px)
constexpr double kRightGutter = 48;  // room for the total's value after the longest bar
constexpr double kTop = 8;
constexpr double kAxisHeight = 28;
constexpr double kOfferRow = 38;        // one offer in the contributions chart
constexpr double kTotalLabelRoom = 14;  // above each bar, for its total's value at the total
constexpr double kScoresLeft = 8;       // the scores chart's bars start here: its labels stand above them
constexpr double kCriterionLabel = 16;  // the row above a criterion's bars that holds its label
constexpr double kBarHeight = 18;
constexpr double kScoreBar = 9;  // one offer's bar in the scores chart
constexpr double kScoreGap = 2;
constexpr double kCriterionGap = 10;  // space between criteria in the scores chart
// How many ticks the axis aims for.
constexpr int kTicks = 5;

std::vector<const OfferResult*> chart_offers(const RunResult& run) {
  std::vector<const OfferResult*> out;
  for (const auto& o : run.offers)
    if (o.scored && out.size() < kMaxChartOffers) out.push_back(&o);
  return out;
}

// Cuts text to `limit` characters (not bytes), adding an ellipsis.
std::string short_label(const std::string& text, std::size_t limit = kMaxLabelChars) {
  std::string clean = rt::one_line(text);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < clean.size(); ++i) {
    if ((static_cast<unsigned char>(clean[i]) & 0xC0) == 0x80) continue;
    if (++chars > limit) return clean.substr(0, i) + "\u2026";
  }
  return clean;
}

// Maps values of [lo, hi] onto the plot's horizontal extent, which starts at `left`.
struct Axis {
  double lo = 0, hi = 10;
  double left = kLabelWidth;
  double x(double v) const {
    double plot = kWidth - left - kRightGutter;
    return left + (std::clamp(v, lo, hi) - lo) / (hi - lo) * plot;
  }
};

Axis make_axis(const RunResult& run) {
  Axis a{std::min(0.0, run.scale_low), run.scale_high};
  if (!(a.hi > a.lo)) a.hi = a.lo + 1;  // a degenerate scale still draws
  return a;
}

void axis_svg(const Axis& axis, double y, std::string& out) {
  out += fmt::format(R"(<line class="axis" x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}"/>)", axis.x(axis.lo), y,
                     axis.x(axis.hi), y);
  for (int i = 0; i <= kTicks; ++i) {
    double v = axis.lo + (axis.hi - axis.lo) * i / kTicks;
    out += fmt::format(R"(<line class="tick" x1="{0:.1f}" y1="{1:.1f}" x2="{0:.1f}" y2="{2:.1f}"/>)", axis.x(v), y,
                       y + 4);
    out += fmt::format(R"(<text class="tick-label" x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>)", axis.x(v),
                       y + 17, render_number(v));
  }
}

std::string svg_open(const std::string& id, const std::string& title, double height) {
  return fmt::format(R"(<svg id="{0}" class="chart-svg" role="img" aria-labelledby="{0}-title" )"
                     R"(viewBox="0 0 {1:.0f} {2:.0f}" preserveAspectRatio="xMinYMin meet" )"
                     R"(xmlns="http://www.w3.org/2000/svg"><title id="{0}-title">{3}</title>)",
                     id, kWidth, height, rt::html(title));
}

void legend(const std::vector<std::string>& names, const std::string& prefix, std::string& out, bool penalty = false) {
  out += "<ul class=\"legend\">";
  for (std::size_t i = 0; i < names.size(); ++i)
    out += fmt::format(R"(<li><span class="swatch {}{}"></span>{}</li>)", prefix, i % kPaletteSize, rt::html(names[i]));
  if (penalty) out += R"(<li><span class="swatch penalty"></span>taken off by flags</li>)";
  out += "</ul>";
}

// One offer's stacked bar: positive contributions rightwards from 0, negative ones leftwards. What flags take
// off (penalties, caps, the floor) is a hatched segment cutting back from the weighted end to the total, and
// the total's value stands above the bar at the total (docs/reports.md, "The charts").
void offer_bar(const RunResult& run, const OfferResult& o, const Axis& axis, double y, std::string& out) {
  double up = 0, down = 0;
  for (std::size_t k = 0; k < run.criteria.size(); ++k) {
    for (const auto& c : o.criteria) {
      if (c.id != run.criteria[k].id || c.contribution == 0) continue;
      double from = c.contribution > 0 ? up : down + c.contribution;
      double to = c.contribution > 0 ? up + c.contribution : down;
      (c.contribution > 0 ? up : down) += c.contribution;
      out += fmt::format(R"(<rect class="c{}" x="{:.2f}" y="{:.1f}" width="{:.2f}" height="{:.0f}">)", k % kPaletteSize,
                         axis.x(from), y, std::max(0.0, axis.x(to) - axis.x(from)), kBarHeight);
      out += fmt::format("<title>{}: {}, {}</title></rect>", rt::html(o.id), rt::html(c.label),
                         render_fixed2(c.contribution));
    }
  }
  const double t = axis.x(o.total), w = axis.x(o.weighted);
  if (std::fabs(w - t) > 0) {
    out += fmt::format(R"(<rect class="penalty" x="{:.2f}" y="{:.1f}" width="{:.2f}" height="{:.0f}" )"
                       R"(data-from="{}" data-to="{}">)",
                       std::min(t, w), y, std::fabs(w - t), kBarHeight, render_fixed2(o.weighted),
                       render_fixed2(o.total));
    out += fmt::format("<title>{}: flags take {} off the weighted {}</title></rect>", rt::html(o.id),
                       render_fixed2(o.weighted - o.total), render_fixed2(o.weighted));
  }
  out += fmt::format(R"(<line class="total" x1="{0:.2f}" y1="{1:.1f}" x2="{0:.2f}" y2="{2:.1f}"/>)", t, y - 3,
                     y + kBarHeight + 3);
  out += fmt::format(R"(<text class="value" x="{:.2f}" y="{:.1f}" text-anchor="middle" data-total="{}">{}</text>)", t,
                     y - 5, render_fixed2(o.total), render_fixed2(o.total));
}

// The hatch that marks what flags take off a bar.
constexpr const char* kHatch =
    R"svg(<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">)svg"
    R"(<rect width="6" height="6" fill="#ffffff" fill-opacity="0.55"/><line x1="0" y1="0" x2="0" y2="6" )"
    R"(stroke="#b42318" stroke-width="2.5"/></pattern></defs>)";

}  // namespace

void contributions_chart(const Report& report, std::string& out) {
  const RunResult& run = *report.run;
  auto offers = chart_offers(run);
  Axis axis = make_axis(run);
  double height = kTop + offers.size() * kOfferRow + kAxisHeight;
  out += "<figure class=\"chart\">";
  out += svg_open("chart-contributions", "Weighted contribution of each criterion to each offer's total", height);
  out += kHatch;
  for (std::size_t i = 0; i < offers.size(); ++i) {
    double y = kTop + kTotalLabelRoom + i * kOfferRow;
    out += fmt::format(R"(<text class="label" x="{:.0f}" y="{:.1f}" text-anchor="end">{}<title>{}</title></text>)",
                       kLabelWidth - 8, y + kBarHeight - 5, rt::html(short_label(offers[i]->id)),
                       rt::html(offers[i]->id));
    offer_bar(run, *offers[i], axis, y, out);
  }
  axis_svg(axis, kTop + offers.size() * kOfferRow, out);
  out += "</svg><figcaption>Weighted contributions: each bar stacks weight \u00d7 score / 100 per criterion; "
         "the hatched end is what flags take off, and the dark mark with its value is the total.</figcaption>";
  std::vector<std::string> names;
  for (const auto& c : run.criteria) names.push_back(c.label);
  legend(names, "c", out,
         std::any_of(offers.begin(), offers.end(), [](const OfferResult* o) { return o->total != o->weighted; }));
  out += "</figure>\n";
}

void scores_chart(const Report& report, std::string& out) {
  const RunResult& run = *report.run;
  auto offers = chart_offers(run);
  Axis axis{run.scale_low, run.scale_high > run.scale_low ? run.scale_high : run.scale_low + 1, kScoresLeft};
  double group = kCriterionLabel + offers.size() * (kScoreBar + kScoreGap) + kCriterionGap;
  double height = kTop + run.criteria.size() * group + kAxisHeight;
  out += "<figure class=\"chart\">";
  out += svg_open("chart-scores", "Each criterion's score for each offer", height);
  for (std::size_t k = 0; k < run.criteria.size(); ++k) {
    double y0 = kTop + k * group;
    out += fmt::format(R"(<text class="label" x="{:.0f}" y="{:.1f}">{}<title>{}</title></text>)", kScoresLeft,
                       y0 + kCriterionLabel - 4, rt::html(short_label(run.criteria[k].label, kMaxWideLabelChars)),
                       rt::html(run.criteria[k].label));
    for (std::size_t i = 0; i < offers.size(); ++i) {
      for (const auto& c : offers[i]->criteria) {
        if (c.id != run.criteria[k].id) continue;
        double y = y0 + kCriterionLabel + i * (kScoreBar + kScoreGap);
        out += fmt::format(R"(<rect class="o{}" x="{:.2f}" y="{:.1f}" width="{:.2f}" height="{:.0f}">)",
                           i % kPaletteSize, axis.x(axis.lo), y, axis.x(c.score) - axis.x(axis.lo), kScoreBar);
        out += fmt::format("<title>{}: {}, {}</title></rect>", rt::html(offers[i]->id), rt::html(c.label),
                           render_fixed2(c.score));
      }
    }
  }
  axis_svg(axis, kTop + run.criteria.size() * group, out);
  out += fmt::format("</svg><figcaption>Criterion scores on the scale {}..{}, one bar per offer.</figcaption>",
                     render_number(run.scale_low), render_number(run.scale_high));
  std::vector<std::string> names;
  for (const auto* o : offers) names.push_back(o->id);
  legend(names, "o", out);
  out += "</figure>\n";
}

}  // namespace rubric::report_html
