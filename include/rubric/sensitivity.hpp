// Weight sensitivity: how far one criterion's weight must move, the others
// rescaled so the weights still sum to 100, before the top two offers swap.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <rubric/result.hpp>

namespace rubric {

/// One offer as the sensitivity math sees it: what the weights cannot change.
struct SensitivityOffer {
  std::string id;
  std::vector<double> scores;  // clamped score per criterion, in the weights' order
  double penalties = 0;        // sum of the raised flags' penalties
  std::optional<double> cap;   // the lowest raised cap, if any
};

/// Everything the totals of two offers depend on besides the weights' values.
struct SensitivityModel {
  std::vector<double> weights;  // effective weights, summing to 100
  double scale_low = 0;         // totals never fall below it
  SensitivityOffer first;       // the recommended offer (or the first of a tie)
  SensitivityOffer second;      // the runner-up (or the second of a tie)
};

/// Returns the weights after setting criterion `k` to `x` and rescaling the others to sum to 100 - x.
std::vector<double> rescaled_weights(const std::vector<double>& weights, std::size_t k, double x);

/// Returns an offer's total when criterion `k` weighs `x` and the others are rescaled (docs/language.md section 9).
double total_at_weight(const SensitivityModel& model, const SensitivityOffer& offer, std::size_t k, double x);

/// Returns the weight in [0, 100] nearest the current one at which `second` catches up with `first`
/// (past it, `second` is strictly ahead), or nothing when no weight in 0..100 makes `second` overtake.
std::optional<double> swap_weight(const SensitivityModel& model, std::size_t k);

/// How one criterion's weight bears on the top two.
struct WeightSwing {
  std::string id;
  std::string label;
  double weight = 0;                  // the weight the run used
  std::optional<double> swap_weight;  // where the two tie; beyond it they swap; empty: no weight in 0..100 does
  std::string raising_favours;        // on a tie: the offer that raising this weight favours, empty if neither

  /// Returns the change needed (swap_weight - weight); only meaningful when swap_weight is set.
  double change() const { return swap_weight ? *swap_weight - weight : 0; }
};

/// The sensitivity section of a report.
struct Sensitivity {
  bool applicable = false;  // false: fewer than two non-vetoed scored offers
  bool tie = false;         // the two are tied now, so `raising_favours` is filled instead of swap weights
  std::string first;        // offer ids
  std::string second;
  std::string note;                 // why it is not applicable, or empty
  std::vector<WeightSwing> swings;  // one per criterion, in rubric order
};

/// Builds the model for two scored offers of a run.
SensitivityModel make_sensitivity_model(const RunResult& run, const OfferResult& first, const OfferResult& second);

/// Computes the sensitivity of a run's decision to each criterion's weight.
Sensitivity compute_sensitivity(const RunResult& run);

}  // namespace rubric
