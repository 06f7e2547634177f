// `--format md`: a GitHub Markdown report: title, the ranking table, the decision, notes per offer.
#include <fmt/format.h>

#include <rubric/output.hpp>
#include <rubric/render.hpp>
#include "rubric/output/format_common.hpp"
#include "rubric/output/text.hpp"

namespace rubric {
namespace {

/// Returns `text`, or an em dash for an empty cell.
std::string or_dash(std::string text) { return text.empty() ? "\u2014" : text; }

/// Appends one table row.
void append_row(std::string& out, const std::vector<std::string>& cells) {
  out += "|";
  for (const auto& cell : cells) out += " " + cell + " |";
  out += "\n";
}

/// Appends the ranking table row by row, calling `wrote` after each offer.
void append_ranking_table(const RunResult& run, const RankedOffers& offers, const FormatContext& context,
                          std::string& out) {
  const std::vector<std::string> columns = criterion_columns(run);
  std::vector<std::string> head = {"rank", "offer", "company", "total"};
  std::vector<std::string> rule = {"---:", "---", "---", "---:"};
  for (const auto& id : columns) {
    head.push_back(text::md(id));
    rule.push_back("---:");
  }
  head.push_back("flags");
  rule.push_back("---");
  append_row(out, head);
  append_row(out, rule);
  std::vector<std::string> row;
  for (std::size_t i = 0; i < offers.size(); ++i) {
    const OfferResult& offer = offers.at(i);
    std::string flags = offer.scored ? flag_ids(offer, ", ") : "not scored";
    if (offer.vetoed) flags = flags.empty() ? "vetoed" : flags + " (vetoed)";
    row = {or_dash(rank_cell(offer)), text::md(offer.id), or_dash(text::md(offer.company)),
           or_dash(score_cell(offer, offer.total))};
    for (const auto& id : columns) row.push_back(or_dash(criterion_cell(offer, id)));
    row.push_back(or_dash(text::md(flags)));
    append_row(out, row);
    if (context.wrote) context.wrote();
  }
}

/// Returns one offer's notes as a heading and a bullet list.
std::string offer_notes(const OfferResult& offer) {
  std::string out = "### " + text::md(offer.id) + "\n\n";
  for (const auto& f : offer.flags) out += "- flag " + text::md(flag_line(f)) + "\n";
  for (const auto& c : offer.confirms) {
    if (!c.confirmed) out += "- confirm before accepting: " + text::md(c.id + " (" + c.label + ")") + "\n";
  }
  for (const auto& a : offer.asks) out += "- ask " + text::md(ask_line(a)) + "\n";
  for (const auto& e : offer.errors) out += "- **error:** " + text::md(e.message) + "\n";
  return out;
}

}  // namespace

std::string format_md(const RunResult& run, const FormatContext& context) {
  std::string out;
  format_md(run, RankedOffers(run), context, out);
  return out;
}

void format_md(const RunResult& run, const RankedOffers& offers, const FormatContext& context, std::string& out) {
  out += "# " + text::md(run.title) + "\n\n";
  out += fmt::format("Scale {}..{}.\n\n", render_number(run.scale_low), render_number(run.scale_high));
  if (!run.weight_note.empty()) out += "> **Note:** " + text::md(run.weight_note) + "\n\n";
  append_ranking_table(run, offers, context, out);
  out += "\n**Decision:** " + text::md(decision_sentence(run)) + "\n";
  bool any_notes = false;
  for (std::size_t i = 0; i < offers.size(); ++i) {
    const OfferResult& offer = offers.at(i);
    if (!has_notes(offer)) continue;
    out += any_notes ? "\n" : "\n## Notes\n\n";  // a blank line before each offer's notes
    any_notes = true;
    out += offer_notes(offer);
    if (context.wrote) context.wrote();
  }
  if (!context.input_errors.empty()) {
    out += "\n## Input errors\n\n";
    for (const auto& e : context.input_errors) out += "- " + text::md(to_string(e)) + "\n";
  }
}

}  // namespace rubric
