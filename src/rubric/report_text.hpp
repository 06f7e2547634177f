// Helpers the report renderers share: escaping for Markdown and HTML, and the
// wording of flags, ranges and weight changes. Internal to report_*.cpp.
#pragma once

#include <string>
#include <string_view>

#include "rubric/result.hpp"
#include "rubric/sensitivity.hpp"

namespace rubric::report_text {

/// Returns `text` as valid UTF-8 on one line: invalid bytes become U+FFFD, line breaks and tabs spaces.
std::string one_line(std::string_view text);

/// Escapes text for Markdown prose and table cells: no emphasis, links, HTML or cell breaks can start in it.
std::string md(std::string_view text);

/// Escapes text for HTML element content and attribute values (& < > " ').
std::string html(std::string_view text);

/// Describes what a raised flag does: "penalty 1.5", "cap 5, veto", or "reported only".
std::string flag_effect(const FlagResult& flag);

/// Renders an ask's range per its type ("275,616 to 293,480"), or an empty string without one.
std::string ask_range(const AskResult& ask);

/// Renders a signed two-decimal change: "+46.38", "-5.00".
std::string signed2(double value);

/// Renders a weight: whole or with at most two decimals ("30", "22.5").
std::string weight(double value);

/// Names an offer with its company: "northwind (Northwind Systems)", or the id alone.
std::string offer_name(const OfferResult& offer);

/// Returns the rank shown for an offer: "1", "vetoed" or "not scored".
std::string rank_label(const OfferResult& offer);

/// Counts an offer's confirmed items and lists the ids still unconfirmed, comma-separated.
std::string confirm_summary(const OfferResult& offer);

/// Explains a sensitivity row in words: "swap at 71.38 (+46.38)", or why there is none.
std::string swing_text(const WeightSwing& swing, const Sensitivity& sensitivity);

}  // namespace rubric::report_text
