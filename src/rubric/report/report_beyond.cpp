// The "All N offers" section: a report details only its best offers (kReportDetailOffers), so a run with
// more says how many there were and how the rest scored. Absent when every offer is detailed.
#include <fmt/format.h>

#include <string>
#include <utility>
#include <vector>

#include <rubric/limits.hpp>
#include <rubric/render.hpp>
#include <rubric/report.hpp>
#include "rubric/output/text.hpp"
#include "rubric/report/report_sections.hpp"

namespace rubric {

namespace {

namespace rt = text;

std::string count(std::size_t n) { return render_number(static_cast<double>(n)); }

// The summary's rows as (label, value), shared by Markdown and HTML.
std::vector<std::pair<std::string, std::string>> summary_rows(const BeyondDetail& b) {
  std::vector<std::pair<std::string, std::string>> rows{{"Offers read", count(b.offers)},
                                                        {"Detailed in this report", count(b.detailed)},
                                                        {"Beyond the detail", count(b.beyond)},
                                                        {"Scored", count(b.scored)},
                                                        {"Vetoed", count(b.vetoed)},
                                                        {"Could not be scored", count(b.errors)},
                                                        {"Sharing the first rank", count(b.first)}};
  if (b.min_total) rows.emplace_back("Lowest total", render_fixed2(*b.min_total));
  if (b.mean_total) rows.emplace_back("Mean total", render_fixed2(*b.mean_total));
  if (b.max_total) rows.emplace_back("Highest total", render_fixed2(*b.max_total));
  return rows;
}

// Says what the report details and what runs over the detailed offers only.
std::string intro(const BeyondDetail& b) {
  return fmt::format(
      "This report details the best {} of {} offers: memory stays flat however many offers there are. The other {} "
      "are counted below. Sensitivity, robustness and negotiation targets compare the detailed offers only.",
      count(b.detailed), count(b.offers), count(b.beyond));
}

// Returns a criterion's label in the run, or its id when the run does not list it.
std::string label_of(const RunResult& run, const std::string& id) {
  for (const auto& c : run.criteria)
    if (c.id == id) return c.label;
  return id;
}

}  // namespace

namespace report_md {

void beyond_detail(const Report& report, std::string& out) {
  const RunResult& run = *report.run;
  if (!run.beyond_detail) return;
  const BeyondDetail& b = *run.beyond_detail;
  out += "## All " + count(b.offers) + " offers\n\n" + rt::md(intro(b)) + "\n\n| | |\n|---|---:|\n";
  for (const auto& [label, value] : summary_rows(b)) out += "| " + label + " | " + value + " |\n";
  out += "\n";
  if (b.criteria.empty()) return;
  out += "Mean score per criterion over the " + count(b.scored) + " scored offers:\n\n";
  out += "| Criterion | Mean score |\n|---|---:|\n";
  for (const auto& c : b.criteria) out += "| " + rt::md(label_of(run, c.id)) + " | " + render_fixed2(c.mean) + " |\n";
  out += "\n";
}

}  // namespace report_md

namespace report_html {

void beyond_detail(const Report& report, std::string& out) {
  const RunResult& run = *report.run;
  if (!run.beyond_detail) return;
  const BeyondDetail& b = *run.beyond_detail;
  out += "<section id=\"all-offers\"><h2>All " + count(b.offers) + " offers</h2><p>" + rt::html(intro(b)) + "</p>";
  out += "<div class=\"table-wrap\"><table><tbody>";
  for (const auto& [label, value] : summary_rows(b))
    out += "<tr><th scope=\"row\">" + label + "</th><td class=\"num\">" + value + "</td></tr>";
  out += "</tbody></table></div>";
  if (!b.criteria.empty()) {
    out += "<p>Mean score per criterion over the " + count(b.scored) + " scored offers:</p>";
    out += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Mean "
           "score</th></tr></thead><tbody>";
    for (const auto& c : b.criteria)
      out += "<tr><th scope=\"row\">" + rt::html(label_of(run, c.id)) + "</th><td class=\"num\">" +
             render_fixed2(c.mean) + "</td></tr>";
    out += "</tbody></table></div>";
  }
  out += "</section>\n";
}

}  // namespace report_html

}  // namespace rubric
