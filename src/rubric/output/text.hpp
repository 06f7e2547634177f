// The text pieces every output format shares, so no two formats spell a thing
// differently: escaping for Markdown and HTML, joins, and the wording of flags,
// ask ranges and weight changes. Used by eval's formats, the report and explain.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <rubric/result.hpp>

namespace rubric::text {

/// Joins `items` with `separator` between each two.
std::string join(const std::vector<std::string>& items, std::string_view separator);

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

}  // namespace rubric::text
