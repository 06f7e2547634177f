// The sections of the report, one function each, shared between the renderer files. Internal.
#pragma once

#include <string>

#include <rubric/report.hpp>

namespace rubric {

/// Explains a sensitivity row in words: "swap at 71.38 (+46.38)", or why there is none.
std::string swing_text(const WeightSwing& swing, const Sensitivity& sensitivity);

/// Returns the scorecard's note on rounding when the parts shown in some column do not add up to the row
/// shown below them (naming those offers), else "".
std::string rounding_note(const RunResult& run);

}  // namespace rubric

namespace rubric::report_md {

/// Appends the criteria-by-offers table with totals, ranks, flags and confirmations.
void scorecard(const Report& report, std::string& out);
/// Appends one section per offer: scores with reasons and facts, flags, confirmations, asks, errors.
void offers(const Report& report, std::string& out);
/// Appends the weight sensitivity table.
void sensitivity(const Report& report, std::string& out);
/// Appends the rubric's title, file, scale and weights.
void appendix(const Report& report, std::string& out);
/// Appends an offer's compensation by year, when the report has it.
void compensation(const Report& report, const OfferResult& offer, std::string& out);
/// Appends the "All N offers" section when the run has offers beyond the detailed ones.
void beyond_detail(const Report& report, std::string& out);

}  // namespace rubric::report_md

namespace rubric::report_html {

// Chart colours (Okabe-Ito, distinguishable with colour-blindness); criteria and offers cycle through them.
constexpr std::size_t kPaletteSize = 8;

/// Returns the page's stylesheet: palette, layout, narrow screens and print.
std::string stylesheet();
/// Appends the stacked bar chart of weighted contributions per offer, with its legend.
void contributions_chart(const Report& report, std::string& out);
/// Appends the chart of each criterion's score per offer, with its legend.
void scores_chart(const Report& report, std::string& out);
/// Appends one article per offer: scores with reasons and facts, flags, confirmations, asks, errors.
void offers(const Report& report, std::string& out);
/// Appends the weight sensitivity table.
void sensitivity(const Report& report, std::string& out);
/// Appends the rubric's title, file, scale and weights.
void appendix(const Report& report, std::string& out);
/// Appends an offer's compensation by year and its chart (`number`: the offer's place in section 3).
void compensation(const Report& report, const OfferResult& offer, std::size_t number, std::string& out);
/// Appends the "All N offers" section when the run has offers beyond the detailed ones.
void beyond_detail(const Report& report, std::string& out);

}  // namespace rubric::report_html
