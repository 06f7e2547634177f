// Ranking and the recommendation (docs/language.md section 9, "Scoring
// and decision"): scored offers by total, equal totals share a rank and are
// ordered by id, vetoed offers after all others, unscored offers last.
#include "rubric/run/decision.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <rubric/limits.hpp>
#include <rubric/render.hpp>
#include "rubric/compile/plan.hpp"

namespace rubric {

namespace {

// A margin under this fraction of the scale's width is a close call (docs/language.md section 9).
constexpr double kCloseCallFraction = 0.05;

bool by_id(const OfferResult& a, const OfferResult& b) { return a.id != b.id ? a.id < b.id : a.ordinal < b.ordinal; }

// Sorts offers by total (highest first) and gives equal totals one shared rank, ordered by id.
void rank_group(std::vector<OfferResult>& group, int first_rank) {
  std::sort(group.begin(), group.end(), [](const OfferResult& a, const OfferResult& b) {
    return a.total != b.total ? a.total > b.total : by_id(a, b);
  });
  for (std::size_t i = 0; i < group.size();) {
    std::size_t j = i + 1;
    while (j < group.size() && group[i].total - group[j].total <= kTieTolerance) ++j;
    std::sort(group.begin() + static_cast<std::ptrdiff_t>(i), group.begin() + static_cast<std::ptrdiff_t>(j), by_id);
    for (std::size_t k = i; k < j; ++k) group[k].rank = first_rank + static_cast<int>(i);
    i = j;
  }
}

std::string join_ids(const std::vector<std::string>& ids) {
  std::string out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out += i + 1 == ids.size() ? " and " : ", ";
    out += ids[i];
  }
  return out;
}

Decision decide(const Plan& plan, const std::vector<OfferResult>& kept, std::size_t vetoed) {
  Decision d;
  if (kept.empty()) {
    d.all_vetoed = vetoed > 0;
    d.summary = vetoed > 0 ? "No recommendation: every scored offer is vetoed."
                           : "No recommendation: no offer could be scored.";
    return d;
  }
  for (const auto& o : kept)
    if (o.rank == kept.front().rank) d.tied.push_back(o.id);
  if (d.tied.size() > 1) {
    d.tie = true;
    d.summary = fmt::format("No recommendation: {} tie at {}.", join_ids(d.tied), render_fixed2(kept.front().total));
    return d;
  }
  d.tied.clear();
  const OfferResult& best = kept.front();
  d.recommended = best.id;
  if (kept.size() == 1) {
    d.summary = fmt::format("Recommend {}: total {}, the only {}.", best.id, render_fixed2(best.total),
                            vetoed > 0 ? "offer not vetoed" : "scored offer");
    return d;
  }
  const OfferResult& next = kept[1];
  d.runner_up = next.id;
  d.margin = best.total - next.total;
  d.close_call = *d.margin < kCloseCallFraction * (plan.scale_high - plan.scale_low);
  d.summary = fmt::format("Recommend {}{}: total {}, {} ahead of {}.", best.id, d.close_call ? ", a close call" : "",
                          render_fixed2(best.total), render_fixed2(*d.margin), next.id);
  return d;
}

}  // namespace

RunResult rank(const Plan& plan, std::vector<OfferResult> offers) {
  RunResult run;
  run.title = plan.title;
  run.rubric_file = plan.rubric_file;
  run.scale_low = plan.scale_low;
  run.scale_high = plan.scale_high;
  run.weight_note = plan.weight_note;
  for (const auto& c : plan.criteria)
    run.criteria.push_back(CriterionInfo{c.id, c.label_text, c.weight, c.declared_weight});

  std::vector<OfferResult> kept, vetoed, unscored;
  for (auto& o : offers) {
    auto& to = !o.scored ? unscored : o.vetoed ? vetoed : kept;
    to.push_back(std::move(o));
  }
  rank_group(kept, 1);
  rank_group(vetoed, static_cast<int>(kept.size()) + 1);
  std::stable_sort(unscored.begin(), unscored.end(),
                   [](const OfferResult& a, const OfferResult& b) { return a.ordinal < b.ordinal; });
  for (auto& o : unscored) o.rank = 0;
  run.decision = decide(plan, kept, vetoed.size());

  run.offers = std::move(kept);
  for (auto& o : vetoed) run.offers.push_back(std::move(o));
  for (auto& o : unscored) run.offers.push_back(std::move(o));
  return run;
}

bool RunResult::any_errors() const {
  return std::any_of(offers.begin(), offers.end(), [](const OfferResult& o) { return !o.scored; });
}

}  // namespace rubric
