// Builds the report model: what the memo says and why, from a ranked run.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include <rubric/render.hpp>
#include <rubric/report.hpp>

namespace rubric {

namespace {

// The memo names at most this many deciding criteria: enough to explain, few enough for one page.
constexpr std::size_t kMaxDeciding = 3;

const OfferResult* find_scored(const RunResult& run, const std::optional<std::string>& id) {
  if (!id) return nullptr;
  for (const auto& offer : run.offers)
    if (offer.scored && offer.id == *id) return &offer;
  return nullptr;
}

const CriterionResult* find_criterion(const OfferResult& offer, const std::string& id) {
  for (const auto& c : offer.criteria)
    if (c.id == id) return &c;
  return nullptr;
}

// Every criterion's contribution difference, largest in favour of the recommended offer first.
std::vector<CriterionDelta> deltas(const RunResult& run, const OfferResult& first, const OfferResult& second) {
  std::vector<CriterionDelta> out;
  for (const auto& info : run.criteria) {
    const CriterionResult* a = find_criterion(first, info.id);
    const CriterionResult* b = find_criterion(second, info.id);
    if (!a || !b) continue;
    out.push_back({info.id, info.label, info.weight, a->score, b->score, a->contribution - b->contribution});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const CriterionDelta& x, const CriterionDelta& y) { return x.difference > y.difference; });
  return out;
}

// What an offer's flags took off its weighted score (penalties, caps and the floor together).
double lost_to_flags(const OfferResult& offer) { return offer.weighted - offer.total; }

bool flag_counts(const FlagResult& flag) {
  return flag.severity != Severity::info || flag.penalty != 0 || flag.cap || flag.veto;
}

void explain_margin(const RunResult& run, Memo& memo) {
  auto all = deltas(run, *memo.recommended, *memo.runner_up);
  for (const auto& d : all)
    if (d.difference > 0 && memo.deciding.size() < kMaxDeciding) memo.deciding.push_back(d);
  if (!all.empty() && all.back().difference < 0) memo.against = all.back();
  memo.penalty_gap = lost_to_flags(*memo.runner_up) - lost_to_flags(*memo.recommended);
}

void collect_flags(Memo& memo) {
  if (memo.recommended)
    for (const auto& f : memo.recommended->flags) memo.flags.push_back({memo.recommended->id, &f});
  if (memo.runner_up)
    for (const auto& f : memo.runner_up->flags)
      if (flag_counts(f)) memo.flags.push_back({memo.runner_up->id, &f});
}

std::string offer_name(const OfferResult& offer) {
  return offer.company.empty() ? offer.id : fmt::format("{} ({})", offer.id, offer.company);
}

std::string join_ids(const std::vector<std::string>& ids) {
  std::string out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out += i + 1 == ids.size() ? " and " : ", ";
    out += ids[i];
  }
  return out;
}

std::string headline(const RunResult& run, const Memo& memo) {
  const Decision& d = run.decision;
  if (memo.recommended && memo.runner_up && memo.margin)
    return fmt::format("Take {}: total {}, {} ahead of {} ({}).", offer_name(*memo.recommended),
                       render_fixed2(memo.recommended->total), render_fixed2(*memo.margin), memo.runner_up->id,
                       render_fixed2(memo.runner_up->total));
  if (memo.recommended)
    return fmt::format("Take {}: total {}, the only offer that can be recommended.", offer_name(*memo.recommended),
                       render_fixed2(memo.recommended->total));
  if (d.tie) {
    const OfferResult* first = d.tied.empty() ? nullptr : find_scored(run, d.tied.front());
    const std::string at = first ? " at " + render_fixed2(first->total) : std::string();
    // More offers tie than the report details (docs/reports.md, "Many offers"): count them, name none.
    if (run.beyond_detail && run.beyond_detail->first > d.tied.size())
      return fmt::format("No recommendation: {} offers are tied{}; this report details the {} first by id.",
                         render_number(static_cast<double>(run.beyond_detail->first)), at, d.tied.size());
    return fmt::format("No recommendation: {} are tied{}.", join_ids(d.tied), at);
  }
  if (d.all_vetoed) return "No recommendation: every scored offer is vetoed by a red flag.";
  return "No recommendation: no offer could be scored.";
}

// Says which single weight change, if any, would swap the top two: the one needing the smallest move.
std::string robustness(const Sensitivity& s) {
  if (!s.applicable || s.tie) return {};
  const WeightSwing* nearest = nullptr;
  std::size_t swaps = 0;
  for (const auto& w : s.swings) {
    if (!w.swap_weight) continue;
    ++swaps;
    if (!nearest || std::fabs(w.change()) < std::fabs(nearest->change())) nearest = &w;
  }
  if (!nearest)
    return fmt::format("No single weight change within 0..100 would put {} ahead of {}.", s.second, s.first);
  std::string change = fmt::format("{} weighed {} than {} instead of {} (the others rescaled)", nearest->label,
                                   nearest->change() > 0 ? "more" : "less", render_fixed2(*nearest->swap_weight),
                                   render_number(nearest->weight));
  if (swaps == 1) return fmt::format("{} would overtake {} only if {}.", s.second, s.first, change);
  return fmt::format("The smallest single change that would put {} ahead of {}: if {}.", s.second, s.first, change);
}

}  // namespace

const std::vector<TakenArm>* Report::branch_of(const OfferResult& offer, const std::string& criterion) const {
  for (const auto& b : branches)
    if (b.ordinal == offer.ordinal && b.criterion == criterion) return &b.arms;
  return nullptr;
}

Report build_report(const RunResult& run) {
  Report report;
  report.run = &run;
  Memo& memo = report.memo;
  memo.recommended = find_scored(run, run.decision.recommended);
  memo.runner_up = find_scored(run, run.decision.runner_up);
  if (!memo.recommended) memo.runner_up = nullptr;
  memo.margin = run.decision.margin;
  memo.close_call = run.decision.close_call;
  if (memo.recommended && memo.runner_up) explain_margin(run, memo);
  collect_flags(memo);
  if (memo.recommended) {
    for (const auto& c : memo.recommended->confirms)
      if (!c.confirmed) memo.to_confirm.push_back(&c);
    for (const auto& a : memo.recommended->asks) memo.asks.push_back(&a);
  }
  memo.headline = headline(run, memo);
  report.sensitivity = compute_sensitivity(run);
  memo.robustness = robustness(report.sensitivity);
  return report;
}

}  // namespace rubric
