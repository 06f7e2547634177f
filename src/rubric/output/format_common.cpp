// Cells and note lines shared by the text, csv and Markdown formats; numbers round to two decimals.
#include "rubric/output/format_common.hpp"

#include <fmt/format.h>

#include <rubric/render.hpp>
#include "rubric/output/text.hpp"

namespace rubric {
using text::join;

std::vector<std::string> criterion_columns(const RunResult& run) {
  std::vector<std::string> ids;
  if (!run.criteria.empty()) {
    for (const auto& c : run.criteria) ids.push_back(c.id);
    return ids;
  }
  // A run built by hand may leave `criteria` empty: take them from the first scored offer.
  for (const auto& offer : run.offers) {
    if (offer.criteria.empty()) continue;
    for (const auto& c : offer.criteria) ids.push_back(c.id);
    break;
  }
  return ids;
}

std::string criterion_cell(const OfferResult& offer, const std::string& id) {
  if (!offer.scored) return "";
  for (const auto& c : offer.criteria) {
    if (c.id == id) return render_fixed2(c.score);
  }
  return "";
}

std::string rank_cell(const OfferResult& offer) {
  return offer.scored && offer.rank > 0 ? std::to_string(offer.rank) : "";
}

std::string score_cell(const OfferResult& offer, double value) { return offer.scored ? render_fixed2(value) : ""; }

std::string flag_ids(const OfferResult& offer, const std::string& separator) {
  std::vector<std::string> ids;
  for (const auto& f : offer.flags) ids.push_back(f.id);
  return join(ids, separator);
}

std::vector<std::string> unconfirmed_ids(const OfferResult& offer) {
  std::vector<std::string> ids;
  for (const auto& c : offer.confirms) {
    if (!c.confirmed) ids.push_back(c.id);
  }
  return ids;
}

std::string ask_line(const AskResult& ask) {
  std::string out = fmt::format("{} ({})", ask.id, ask.label);
  std::vector<std::string> parts;
  if (ask.range) parts.push_back(text::ask_range(ask));
  if (!ask.because.empty()) parts.push_back(join(ask.because, "; "));
  if (!ask.cite.empty()) parts.push_back("cite " + join(ask.cite, ", "));
  if (!parts.empty()) out += ": " + join(parts, "; ");
  return out;
}

std::string flag_line(const FlagResult& flag) {
  std::string out = fmt::format("{} ({}, {}", flag.id, flag.label, to_string(flag.severity));
  if (flag.penalty != 0) out += ", penalty " + render_fixed2(flag.penalty);
  if (flag.cap) out += ", cap " + render_fixed2(*flag.cap);
  if (flag.veto) out += ", veto";
  out += ")";
  if (!flag.because.empty()) out += ": " + join(flag.because, "; ");
  return out;
}

std::string offer_error_line(const OfferResult& offer, const OfferError& error) {
  return fmt::format("{}: error: {}", offer.source.empty() ? offer.id : offer.source, error.message);
}

std::string decision_sentence(const RunResult& run) {
  const Decision& d = run.decision;
  if (!d.summary.empty()) return d.summary;
  if (d.recommended) {
    std::string out = "recommended: " + *d.recommended;
    if (d.margin && d.runner_up) out += fmt::format(", margin {} over {}", render_fixed2(*d.margin), *d.runner_up);
    if (d.close_call) out += " (a close call)";
    return out;
  }
  if (d.tie) return "no recommendation: a tie between " + join(d.tied, ", ");
  if (d.all_vetoed) return "no recommendation: every scored offer is vetoed";
  return "no recommendation: no offer could be scored";
}

bool has_notes(const OfferResult& offer) {
  return !offer.flags.empty() || !offer.asks.empty() || !offer.errors.empty() || !unconfirmed_ids(offer).empty();
}

}  // namespace rubric
