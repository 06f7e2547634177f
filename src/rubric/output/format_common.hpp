// Pieces the table formats (text, csv, md) share: columns, cells and note lines.
#pragma once

#include <string>
#include <vector>

#include <rubric/result.hpp>

namespace rubric {

/// Returns the criterion ids that head the score columns, in rubric order.
std::vector<std::string> criterion_columns(const RunResult& run);

/// Returns the offer's score for criterion `id` as a two-decimal cell, or "" when it has none.
std::string criterion_cell(const OfferResult& offer, const std::string& id);

/// Returns the rank cell: the rank, or "" for an offer that was not scored.
std::string rank_cell(const OfferResult& offer);

/// Returns a two-decimal total or weighted cell, or "" for an offer that was not scored.
std::string score_cell(const OfferResult& offer, double value);

/// Returns the ids of raised flags joined by `separator`.
std::string flag_ids(const OfferResult& offer, const std::string& separator);

/// Returns the ids of confirm items that are not confirmed.
std::vector<std::string> unconfirmed_ids(const OfferResult& offer);

/// Describes an ask in one line: "id (Label): RANGE; because ...; cite tags".
std::string ask_line(const AskResult& ask);

/// Describes a raised flag in one line: "id (Label, critical, penalty 1.50): because ...".
std::string flag_line(const FlagResult& flag);

/// Formats an offer error as the command line prints it: "SOURCE: error: MESSAGE".
std::string offer_error_line(const OfferResult& offer, const OfferError& error);

/// Returns the decision as one sentence: the engine's summary, or one made from its fields.
std::string decision_sentence(const RunResult& run);

/// Returns true when an offer has notes to print (unconfirmed items, flags, asks or errors).
bool has_notes(const OfferResult& offer);

}  // namespace rubric
