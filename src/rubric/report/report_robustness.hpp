// The words of "How sure is this?", shared by the Markdown and HTML renderers. Internal.
#pragma once

#include <string>

#include <rubric/report.hpp>

namespace rubric {

/// Spells a share as a whole percentage ("52%"), never rounding a non-zero share to 0% or 100%.
std::string share_text(double share);
/// Spells a share for the table, with one decimal ("52.3%").
std::string share_cell(double share);
/// Says who ranks first how often: "northwind ranks first in 52% of plausible weightings and harbor in 46%."
std::string acceptability_sentence(const Robustness& robustness);
/// Says how the weightings were drawn (samples, spread, ranged facts, seed).
std::string sampling_text(const Robustness& robustness);
/// Says what one negotiable fact would have to be: "harbor would move ahead of northwind with comp.base at ...".
std::string target_sentence(const OfferResult& offer, const NegotiationTarget& target);
/// Says, for the memo's close-call note, how often each offer ranks first (" In plausible weightings ...");
/// empty without a robustness run.
std::string close_call_acceptability(const RunResult& run);
/// Returns "Rank K".
std::string rank_header(std::size_t rank);
/// Returns true when some offer has negotiation targets.
bool has_targets(const RunResult& run);

}  // namespace rubric

namespace rubric::report_md {

/// Appends "How sure is this?": the sentence, the rank acceptability and central weights, the targets.
void robustness(const Report& report, std::string& out);

}  // namespace rubric::report_md

namespace rubric::report_html {

/// Appends "How sure is this?" with a stacked bar per offer (its shares of each rank).
void robustness(const Report& report, std::string& out);

}  // namespace rubric::report_html
