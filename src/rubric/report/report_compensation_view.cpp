// The compensation-by-year table of one offer in the report (docs/reports.md, "Compensation by year"):
// Markdown and HTML tables, and in HTML a small inline SVG of each year's pay stacked by part.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include <rubric/render.hpp>
#include "rubric/output/text.hpp"
#include "rubric/report/report_sections.hpp"

namespace rubric {

namespace {

namespace rt = text;

// The parts of a year's pay, in the order the table and the chart show them.
constexpr std::array<const char*, 4> kParts = {"base", "bonus", "equity vesting", "sign-on"};

std::array<double, 4> parts_of(const CompensationYear& year) {
  return {year.base, year.bonus, year.equity, year.sign_on};
}

/// Says which fields the table read: "base comp.base; bonus comp.bonus_pct of the base; ...".
std::string sources(const CompensationFields& fields, bool code) {
  auto name = [&](const std::string& path) { return code ? "`" + rt::one_line(path) + "`" : rt::html(path); };
  std::string grants;
  for (const auto& g : fields.grants) grants += (grants.empty() ? "" : ", ") + name(g);
  auto part = [&](const char* label, const std::string& path, const char* tail = "") {
    return fmt::format("{} {}{}", label, path.empty() ? std::string("(no field: 0)") : name(path), tail);
  };
  return fmt::format("{}; {}; equity vesting from {}; {}", part("base", fields.base),
                     part("bonus", fields.bonus, fields.bonus_percent ? " of the base" : ""), grants,
                     part("sign-on", fields.sign_on, fields.sign_on.empty() ? "" : " in year 1"));
}

}  // namespace

namespace report_md {

void compensation(const Report& report, const OfferResult& offer, std::string& out) {
  const CompensationTable* table = report.compensation_of(offer);
  if (!table || !report.compensation_fields) return;
  const CompensationFields& fields = *report.compensation_fields;
  out += fmt::format("**Compensation by year** ({}; {})\n\n", fields.currency, sources(fields, true));
  out += "| Year | Base | Bonus | Equity vesting | Sign-on | Total |\n|---:|---:|---:|---:|---:|---:|\n";
  for (std::size_t y = 0; y < table->years.size(); ++y) {
    const CompensationYear& year = table->years[y];
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", y + 1, render_money(year.base), render_money(year.bonus),
                       render_money(year.equity), render_money(year.sign_on), render_money(year.total));
  }
  out += "\n";
}

}  // namespace report_md

namespace report_html {

namespace {

// The chart's drawing: one bar per year, stacked by part, all offers on one scale so their bars compare.
constexpr double kWidth = 640;
constexpr double kLabelWidth = 64;  // "Year 1"
constexpr double kValueWidth = 96;  // the year's total after its bar
constexpr double kRow = 26;         // one year
constexpr double kBar = 18;
constexpr double kTop = 6;

double largest_total(const Report& report) {
  double most = 0;
  for (const auto& table : report.compensation)
    for (const auto& year : table.years) most = std::max(most, year.total);
  return most > 0 ? most : 1;
}

void chart(const Report& report, const OfferResult& offer, const CompensationTable& table, std::size_t number,
           std::string& out) {
  const double most = largest_total(report);
  const double plot = kWidth - kLabelWidth - kValueWidth;
  const double height = kTop * 2 + kRow * static_cast<double>(table.years.size());
  const std::string id = fmt::format("chart-comp-{}", number);
  out += fmt::format(R"(<figure class="chart"><svg id="{0}" class="chart-svg comp-chart" role="img" )"
                     R"(aria-labelledby="{0}-title" viewBox="0 0 {1:.0f} {2:.0f}" preserveAspectRatio="xMinYMin meet" )"
                     R"(xmlns="http://www.w3.org/2000/svg"><title id="{0}-title">{3}: pay by year</title>)",
                     id, kWidth, height, rt::html(offer.id));
  for (std::size_t y = 0; y < table.years.size(); ++y) {
    const CompensationYear& year = table.years[y];
    const double top = kTop + kRow * static_cast<double>(y);
    out += fmt::format(R"(<text class="label" x="{:.0f}" y="{:.1f}" text-anchor="end">Year {}</text>)", kLabelWidth - 8,
                       top + kBar - 5, y + 1);
    double x = kLabelWidth;
    const auto parts = parts_of(year);
    for (std::size_t p = 0; p < parts.size(); ++p) {
      if (parts[p] <= 0) continue;
      const double width = parts[p] / most * plot;
      out += fmt::format(R"(<rect class="k{}" x="{:.2f}" y="{:.1f}" width="{:.2f}" height="{:.0f}">)", p, x, top, width,
                         kBar);
      out += fmt::format("<title>year {}: {} {}</title></rect>", y + 1, kParts[p], render_money(parts[p]));
      x += width;
    }
    out += fmt::format(R"(<text class="value" x="{:.2f}" y="{:.1f}" data-total="{}">{}</text>)", x + 6, top + kBar - 5,
                       render_money(year.total), render_money(year.total));
  }
  out += fmt::format("</svg><figcaption>Pay by year in {}, stacked by part; every offer's chart has the same scale."
                     "</figcaption><ul class=\"legend\">",
                     rt::html(report.compensation_fields->currency));
  for (std::size_t p = 0; p < kParts.size(); ++p)
    out += fmt::format(R"(<li><span class="swatch k{}"></span>{}</li>)", p, kParts[p]);
  out += "</ul></figure>";
}

}  // namespace

void compensation(const Report& report, const OfferResult& offer, std::size_t number, std::string& out) {
  const CompensationTable* table = report.compensation_of(offer);
  if (!table || !report.compensation_fields) return;
  const CompensationFields& fields = *report.compensation_fields;
  out += fmt::format("<h4>Compensation by year</h4><p class=\"muted\">In {}; {}.</p>", rt::html(fields.currency),
                     sources(fields, false));
  out += "<div class=\"table-wrap\"><table class=\"comp-years\"><thead><tr><th class=\"num\">Year</th>"
         "<th class=\"num\">Base</th><th class=\"num\">Bonus</th><th class=\"num\">Equity vesting</th>"
         "<th class=\"num\">Sign-on</th><th class=\"num\">Total</th></tr></thead><tbody>";
  for (std::size_t y = 0; y < table->years.size(); ++y) {
    const CompensationYear& year = table->years[y];
    out += fmt::format("<tr><th scope=\"row\" class=\"num\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                       "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                       y + 1, render_money(year.base), render_money(year.bonus), render_money(year.equity),
                       render_money(year.sign_on), render_money(year.total));
  }
  out += "</tbody></table></div>";
  chart(report, offer, *table, number, out);
}

}  // namespace report_html

}  // namespace rubric
