// The scorecard's rounding note (docs/reports.md, "Rounding"): every cell is the exact value rounded to two
// decimals on its own, so the parts shown may not add up to the row shown below them. Rather than bend a
// cell away from the value the offers section and `explain` print for it, the report says so in a note,
// naming the columns where it happens.
#include <fmt/format.h>

#include <cmath>

#include <rubric/render.hpp>
#include "rubric/report/report_sections.hpp"

namespace rubric {

namespace {

// Displayed hundredths of a value: the integer the two-decimal rendering shows.
long long hundredths(double value) { return std::llround(round_half_away(value, 2) * 100); }

// Describes where offer `o`'s displayed parts do not add up, or returns "".
std::string mismatch(const OfferResult& o) {
  if (!o.scored) return {};
  long long parts = 0;
  for (const auto& c : o.criteria) parts += hundredths(c.contribution);
  const long long weighted = hundredths(o.weighted);
  if (parts != weighted) {
    return fmt::format("{}'s contributions shown add up to {}, its weighted {}", o.id,
                       render_fixed2(static_cast<double>(parts) / 100), render_fixed2(o.weighted));
  }
  if (weighted + hundredths(o.total - o.weighted) != hundredths(o.total)) {
    return fmt::format("{}'s weighted and flags rows shown add up to {}, its total {}", o.id,
                       render_fixed2(static_cast<double>(weighted + hundredths(o.total - o.weighted)) / 100),
                       render_fixed2(o.total));
  }
  return {};
}

}  // namespace

std::string rounding_note(const RunResult& run) {
  std::string where;
  for (const auto& o : run.offers) {
    std::string m = mismatch(o);
    if (!m.empty()) where += (where.empty() ? "" : "; ") + m;
  }
  if (where.empty()) return {};
  return "Each number is the exact value rounded to two decimals on its own, so a column may not add up to "
         "the hundredth: " +
         where + " (the exact sum, rounded).";
}

}  // namespace rubric
