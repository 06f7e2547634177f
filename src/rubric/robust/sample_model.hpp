// One offer as a robustness sample sees it: what the weights cannot change (clamped scores, penalties,
// the lowest cap, a veto), and the total and rank rules of a normal run applied to sampled weights.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <rubric/result.hpp>

namespace rubric::robust {

/// What an offer's total depends on besides the weights.
struct SampleOffer {
  std::vector<double> scores;  // clamped score per criterion, in rubric order
  double penalties = 0;        // the raised flags' penalties, summed in rubric order
  std::optional<double> cap;   // the lowest raised cap
  bool vetoed = false;
  bool scored = true;  // false: this sample's facts could not be scored; it ranks last
};

/// Describes a scored result for sampling; `criteria` gives the order of the scores.
SampleOffer sample_offer(const OfferResult& offer, const std::vector<CriterionInfo>& criteria);

/// Returns the offer's total under `weights` (summing to 100) exactly as evaluation computes it:
/// (sum of w * s in rubric order) / 100, minus the penalties, at most every cap, at least `scale_low`.
double sample_total(const std::vector<double>& weights, const SampleOffer& offer, double scale_low);

/// Ranks one sample as a normal run ranks offers: non-vetoed by total (totals within kTieTolerance share a
/// rank), vetoed after them, unscored last (sharing the last rank). `ranks[i]` is offer i's 1-based rank;
/// `order` is scratch space.
void rank_sample(const std::vector<SampleOffer>& offers, const std::vector<double>& totals, std::vector<int>& ranks,
                 std::vector<std::size_t>& order);

}  // namespace rubric::robust
