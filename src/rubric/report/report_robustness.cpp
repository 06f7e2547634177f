// "How sure is this?" (docs/reports.md): rank acceptability in words and as a table, and what each
// negotiable fact would have to be for an offer to rank first. The words are shared by md and html.
#include "rubric/report/report_robustness.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include <rubric/render.hpp>
#include "rubric/output/text.hpp"

namespace rubric {

namespace {

namespace rt = text;

}  // namespace

std::string share_text(double share) {
  if (share <= 0) return "0%";
  if (share >= 1) return "100%";
  const double points = std::round(share * 100);
  if (points < 1) return "under 1%";
  if (points > 99) return "over 99%";
  return fmt::format("{:.0f}%", points);
}

std::string share_cell(double share) { return fmt::format("{:.1f}%", share * 100); }

std::string acceptability_sentence(const Robustness& r) {
  std::vector<const OfferAcceptability*> firsts;
  for (const auto& o : r.offers)
    if (o.first > 0) firsts.push_back(&o);
  std::stable_sort(firsts.begin(), firsts.end(),
                   [](const OfferAcceptability* a, const OfferAcceptability* b) { return a->first > b->first; });
  if (firsts.empty()) return "No offer ranks first in any plausible weighting.";
  std::string out = fmt::format("{} ranks first in {} of plausible weightings", firsts[0]->id,
                                share_text(firsts[0]->first));
  for (std::size_t i = 1; i < firsts.size(); ++i)
    out += fmt::format("{}{} in {}", i + 1 == firsts.size() ? " and " : ", ", firsts[i]->id,
                       share_text(firsts[i]->first));
  return out + ".";
}

std::string sampling_text(const Robustness& r) {
  std::string out = fmt::format(
      "Shares of {} plausible weightings: each weight drawn uniformly within {} points of its own (never below 0), "
      "then all rescaled to sum to 100",
      render_money(static_cast<double>(r.options.samples)), render_number(r.options.spread));
  if (r.ranged_facts > 0)
    out += fmt::format("; {} fact{} drawn from {} range{} in every sample", r.ranged_facts,
                       r.ranged_facts == 1 ? "" : "s", r.ranged_facts == 1 ? "its" : "their",
                       r.ranged_facts == 1 ? "" : "s");
  return out + fmt::format(" (seed {}).", r.options.seed);
}

std::string target_sentence(const OfferResult& offer, const NegotiationTarget& t) {
  // With nobody else at the best rank (every offer vetoed, this one first among them) there is no one to pass.
  const std::string move = t.ahead_of.empty() ? "be recommended" : "move ahead of " + t.ahead_of;
  if (t.value) {
    return fmt::format("{} would {} with {} at {} (+{}).", offer.id, move, t.path, render_value(*t.value, t.kind),
                       render_value(*t.value - t.current, t.kind));
  }
  if (!(t.searched_to > t.current))
    return fmt::format("{} cannot {} on {} alone: it is {} here and at every other offer, so there is "
                       "nothing to search up to.",
                       offer.id, move, t.path, render_value(t.current, t.kind));
  return fmt::format("{} cannot {} on {} alone, not even at {} (searched up from {}){}.", offer.id, move, t.path,
                     render_value(t.searched_to, t.kind), render_value(t.current, t.kind),
                     offer.vetoed ? "; a veto holds whatever the value" : "");
}

std::string close_call_acceptability(const RunResult& run) {
  if (!run.robustness || run.robustness->offers.empty()) return {};
  std::string sentence = acceptability_sentence(*run.robustness);
  if (sentence.ends_with('.')) sentence.pop_back();
  return " Under weight doubt, " + sentence + " (section 5).";
}

std::string rank_header(std::size_t rank) { return fmt::format("Rank {}", rank); }

bool has_targets(const RunResult& run) {
  return std::any_of(run.offers.begin(), run.offers.end(), [](const OfferResult& o) { return !o.to_first.empty(); });
}

namespace report_md {

void robustness(const Report& report, std::string& out) {
  const RunResult& run = *report.run;
  if (!run.robustness) return;
  const Robustness& r = *run.robustness;
  out += "## 5. How sure is this?\n\n";
  if (r.offers.empty()) {
    out += "No offer could be scored, so there is nothing to rank.\n\n";
    return;
  }
  out += "**" + rt::md(acceptability_sentence(r)) + "** " + rt::md(sampling_text(r)) + "\n\n";
  out += "| Offer |";
  std::string rule = "|---|";
  for (std::size_t k = 1; k <= r.offers.size(); ++k) {
    out += fmt::format(" {} |", rank_header(k));
    rule += "---:|";
  }
  out += "\n" + rule + "\n";
  for (const auto& o : r.offers) {
    out += "| " + rt::md(o.id) + " |";
    for (double share : o.ranks) out += fmt::format(" {} |", share_cell(share));
    out += "\n";
  }
  out += "\n**Central weights** (the mean weights of the samples in which the offer ranks first):\n\n| Offer |";
  rule = "|---|";
  for (const auto& c : run.criteria) {
    out += fmt::format(" {} |", rt::md(c.id));
    rule += "---:|";
  }
  out += "\n" + rule + "\n";
  for (const auto& o : r.offers) {
    out += "| " + rt::md(o.id) + " |";
    for (std::size_t k = 0; k < run.criteria.size(); ++k)
      out += fmt::format(" {} |", o.central_weights ? render_fixed2((*o.central_weights)[k]) : "\u2014");
    out += "\n";
  }
  out += "\n";
  if (!has_targets(run)) return;
  out += "**What it would take** (one negotiable fact at a time, the others unchanged; verified by evaluation):\n\n";
  for (const auto& o : run.offers)
    for (const auto& t : o.to_first) out += "- " + rt::md(target_sentence(o, t)) + "\n";
  out += "\n";
}

}  // namespace report_md

}  // namespace rubric
