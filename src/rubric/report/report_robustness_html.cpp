// "How sure is this?" in HTML: the sentence, a stacked bar per offer (its share of each rank, as an
// inline SVG with a tooltip per segment), the rank acceptability and central weights, the targets.
#include <fmt/format.h>

#include <algorithm>

#include <rubric/render.hpp>
#include "rubric/output/text.hpp"
#include "rubric/report/report_robustness.hpp"
#include "rubric/report/report_sections.hpp"

namespace rubric::report_html {

namespace {

namespace rt = text;

// The drawing's coordinate system (as the other charts): a label column, then bars 0..100%.
constexpr double kWidth = 640;
constexpr double kLabelWidth = 185;
constexpr double kRightGutter = 16;
constexpr double kTop = 8;
constexpr double kRow = 30;
constexpr double kBarHeight = 18;
constexpr double kAxisHeight = 28;

double x_of(double share) { return kLabelWidth + std::clamp(share, 0.0, 1.0) * (kWidth - kLabelWidth - kRightGutter); }

void bar(const OfferAcceptability& o, double y, std::string& out) {
  double from = 0;
  for (std::size_t k = 0; k < o.ranks.size(); ++k) {
    if (o.ranks[k] <= 0) continue;
    const double to = from + o.ranks[k];
    out += fmt::format(R"(<rect class="r{}" x="{:.2f}" y="{:.1f}" width="{:.2f}" height="{:.0f}">)", k % kPaletteSize,
                       x_of(from), y, std::max(0.0, x_of(to) - x_of(from)), kBarHeight);
    out += fmt::format("<title>{}: {} in {}</title></rect>", rt::html(o.id), rank_header(k + 1),
                       share_cell(o.ranks[k]));
    from = to;
  }
}

void chart(const Robustness& r, std::string& out) {
  const double height = kTop + r.offers.size() * kRow + kAxisHeight;
  out += fmt::format(R"(<figure class="chart"><svg id="chart-acceptability" class="chart-svg" role="img" )"
                     R"(aria-labelledby="chart-acceptability-title" viewBox="0 0 {:.0f} {:.0f}" )"
                     R"(preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">)"
                     R"(<title id="chart-acceptability-title">Share of plausible weightings at each rank, per )"
                     R"(offer</title>)",
                     kWidth, height);
  for (std::size_t i = 0; i < r.offers.size(); ++i) {
    const double y = kTop + i * kRow;
    out += fmt::format(R"(<text class="label" x="{:.0f}" y="{:.1f}" text-anchor="end">{}</text>)", kLabelWidth - 8,
                       y + kBarHeight - 5, rt::html(r.offers[i].id));
    bar(r.offers[i], y, out);
  }
  const double axis_y = kTop + r.offers.size() * kRow;
  for (int tick = 0; tick <= 4; ++tick) {
    const double share = tick / 4.0;
    out += fmt::format(R"(<text class="tick-label" x="{:.1f}" y="{:.1f}" text-anchor="middle">{}%</text>)", x_of(share),
                       axis_y + 17, tick * 25);
  }
  out += "</svg><figcaption>Each bar splits an offer's plausible weightings by the rank it takes.</figcaption>";
  out += "<ul class=\"legend\">";
  for (std::size_t k = 0; k < r.offers.size(); ++k)
    out += fmt::format(R"(<li><span class="swatch r{}"></span>{}</li>)", k % kPaletteSize, rank_header(k + 1));
  out += "</ul></figure>";
}

void tables(const RunResult& run, const Robustness& r, std::string& out) {
  out += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Offer</th>";
  for (std::size_t k = 1; k <= r.offers.size(); ++k)
    out += "<th scope=\"col\" class=\"num\">" + rank_header(k) + "</th>";
  out += "</tr></thead><tbody>";
  for (const auto& o : r.offers) {
    out += "<tr><th scope=\"row\">" + rt::html(o.id) + "</th>";
    for (double share : o.ranks) out += "<td class=\"num\">" + share_cell(share) + "</td>";
    out += "</tr>";
  }
  out += "</tbody></table></div><h3>Central weights</h3><p class=\"muted\">The mean weights of the samples in which "
         "the offer ranks first.</p><div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Offer</th>";
  for (const auto& c : run.criteria) out += "<th scope=\"col\" class=\"num\">" + rt::html(c.id) + "</th>";
  out += "</tr></thead><tbody>";
  for (const auto& o : r.offers) {
    out += "<tr><th scope=\"row\">" + rt::html(o.id) + "</th>";
    for (std::size_t k = 0; k < run.criteria.size(); ++k)
      out += "<td class=\"num\">" +
             (o.central_weights ? render_fixed2((*o.central_weights)[k]) : std::string("\u2014")) + "</td>";
    out += "</tr>";
  }
  out += "</tbody></table></div>";
}

}  // namespace

void robustness(const Report& report, std::string& out) {
  const RunResult& run = *report.run;
  if (!run.robustness) return;
  const Robustness& r = *run.robustness;
  out += "<section id=\"robustness\"><h2>5. How sure is this?</h2>";
  if (r.offers.empty()) {
    out += "<p>No offer could be scored, so there is nothing to rank.</p></section>\n";
    return;
  }
  out += "<p><strong>" + rt::html(acceptability_sentence(r)) + "</strong> <span class=\"muted\">" +
         rt::html(sampling_text(r)) + "</span></p>";
  chart(r, out);
  tables(run, r, out);
  if (has_targets(run)) {
    out += "<h3>What it would take</h3><p class=\"muted\">One negotiable fact at a time, the others unchanged; "
           "verified by evaluation.</p><ul>";
    for (const auto& o : run.offers)
      for (const auto& t : o.to_first) out += "<li>" + rt::html(target_sentence(o, t)) + "</li>";
    out += "</ul>";
  }
  out += "</section>\n";
}

}  // namespace rubric::report_html
