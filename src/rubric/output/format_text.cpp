// `--format text`: the ranking as an aligned table, then the decision, then a few lines per offer
// (raised flags, items to confirm, asks, errors). Colour only when the caller says the terminal allows it.
#include <fmt/format.h>

#include <rubric/output.hpp>
#include <rubric/render.hpp>
#include "rubric/output/format_common.hpp"
#include "rubric/output/table.hpp"
#include "rubric/output/text_width.hpp"

namespace rubric {
namespace {

// Offer cells wider than this are cut with an ellipsis so one long company name cannot wreck the table.
constexpr std::size_t kMaxOfferWidth = 40;

// Shown in a table cell that has no value (an offer that was not scored).
constexpr const char* kBlank = "-";

/// Returns "id (company)" cut to kMaxOfferWidth columns, safe for a terminal.
std::string offer_cell(const OfferResult& offer) {
  std::string text = offer.company.empty() ? offer.id : offer.id + " (" + offer.company + ")";
  return truncate_to_width(clean_cell(text), kMaxOfferWidth);
}

/// Returns the flags cell and its style: raised flag ids, "vetoed", or "not scored".
TableCell flags_cell(const OfferResult& offer) {
  if (!offer.scored) return {"not scored", Style::red};
  std::string text = flag_ids(offer, ", ");
  if (offer.vetoed) text = text.empty() ? "vetoed" : text + " (vetoed)";
  bool critical = offer.vetoed;
  for (const auto& f : offer.flags) critical = critical || f.severity == Severity::critical;
  if (text.empty()) return {"", std::nullopt};
  return {clean_cell(text), critical ? Style::red : Style::yellow};
}

/// Returns `text`, or the blank marker when it is empty.
std::string or_blank(std::string text) { return text.empty() ? kBlank : text; }

/// Returns the row of one offer.
std::vector<TableCell> ranking_row(const RunResult& run, const std::vector<std::string>& columns,
                                   const OfferResult& offer) {
  const bool recommended = run.decision.recommended && *run.decision.recommended == offer.id;
  std::vector<TableCell> row;
  row.reserve(columns.size() + 4);
  row.push_back({or_blank(rank_cell(offer)), std::nullopt});
  row.push_back({offer_cell(offer), recommended ? std::optional(Style::green) : std::nullopt});
  row.push_back({or_blank(score_cell(offer, offer.total)), Style::bold});
  for (const auto& id : columns) row.push_back({or_blank(criterion_cell(offer, id)), std::nullopt});
  row.push_back(flags_cell(offer));
  return row;
}

/// Appends the ranking table: one pass measures the columns, the next writes row by row (calling `wrote`).
void append_ranking_table(const RunResult& run, const RankedOffers& offers, const FormatContext& context,
                          std::string& out) {
  const std::vector<std::string> columns = criterion_columns(run);
  TextTable table;
  table.add_column("rank", true);
  table.add_column("offer", false);
  table.add_column("total", true);
  for (const auto& id : columns) table.add_column(id, true);
  table.add_column("flags", false);
  for (std::size_t i = 0; i < offers.size(); ++i) table.measure(ranking_row(run, columns, offers.at(i)));
  table.render_head(context.color, out);
  for (std::size_t i = 0; i < offers.size(); ++i) {
    table.render_row(ranking_row(run, columns, offers.at(i)), context.color, out);
    if (context.wrote) context.wrote();
  }
}

/// Returns the unconfirmed items as "id (Label)" joined by "; ".
std::string unconfirmed_text(const OfferResult& offer) {
  std::string out;
  for (const auto& c : offer.confirms) {
    if (c.confirmed) continue;
    if (!out.empty()) out += "; ";
    out += c.id + " (" + c.label + ")";
  }
  return out;
}

/// Returns the notes of one offer: a heading line, then one indented line per item.
std::string offer_notes(const OfferResult& offer, bool color) {
  std::string out = paint(clean_cell(offer.id), Style::bold, color) + "\n";
  for (const auto& f : offer.flags) {
    const Style style = f.severity == Severity::critical || f.veto ? Style::red : Style::yellow;
    out += "  " + paint("flag", style, color) + " " + clean_cell(flag_line(f)) + "\n";
  }
  const std::string unconfirmed = unconfirmed_text(offer);
  if (!unconfirmed.empty()) out += "  confirm before accepting: " + clean_cell(unconfirmed) + "\n";
  for (const auto& a : offer.asks) out += "  ask " + clean_cell(ask_line(a)) + "\n";
  for (const auto& e : offer.errors) {
    out += "  " + clean_cell(offer.source) + ": " + paint("error:", Style::red, color) + " " + clean_cell(e.message) +
           "\n";
  }
  return out;
}

std::string heading(const RunResult& run, bool color) {
  std::string out = paint(clean_cell(run.title), Style::bold, color);
  out += fmt::format(" (scale {}..{})\n", render_number(run.scale_low), render_number(run.scale_high));
  if (!run.weight_note.empty()) out += "note: " + clean_cell(run.weight_note) + "\n";
  return out + "\n";
}

}  // namespace

std::string format_text(const RunResult& run, const FormatContext& context) {
  std::string out;
  format_text(run, RankedOffers(run), context, out);
  return out;
}

void format_text(const RunResult& run, const RankedOffers& offers, const FormatContext& context, std::string& out) {
  const bool color = context.color;
  out += heading(run, color);
  append_ranking_table(run, offers, context, out);
  // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on "\n" + std::string here.
  out += '\n';
  out += paint("decision:", Style::bold, color) + " " + clean_cell(decision_sentence(run)) + "\n";
  for (std::size_t i = 0; i < offers.size(); ++i) {
    const OfferResult& offer = offers.at(i);
    if (!has_notes(offer)) continue;
    out += '\n';
    out += offer_notes(offer, color);
    if (context.wrote) context.wrote();
  }
  if (!context.input_errors.empty()) {
    out += '\n';
    out += paint("input errors", Style::bold, color) + "\n";
    for (const auto& e : context.input_errors) out += "  " + clean_cell(to_string(e)) + "\n";
  }
}

}  // namespace rubric
