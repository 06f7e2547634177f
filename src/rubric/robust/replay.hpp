// Re-evaluates a traced run's offers with some facts changed: the robustness run's ranged facts and the
// negotiation search's probes. Aggregates (max_of, ...) are recomputed over the changed facts, as a
// normal run over those facts would compute them.
#pragma once

#include <memory>
#include <vector>

#include <rubric/engine.hpp>
#include "rubric/robust/sample_model.hpp"
#include "rubric/vm/evaluate.hpp"

namespace rubric::robust {

/// A working copy of a run's facts and an evaluator for them.
class Replay {
 public:
  /// Copies the facts of `traced`; facts[i] is the offer with ordinal i.
  Replay(const CompiledRubric& rubric, const TracedRun& traced);

  /// Returns the working facts, to change before evaluate().
  std::vector<Facts>& facts() { return facts_; }
  /// Returns true when the plan reads run-wide aggregates (then every offer depends on every other).
  bool uses_aggregates() const { return uses_aggregates_; }
  /// Recomputes the aggregates over the working facts (a no-op without aggregates).
  void refresh_aggregates();
  /// Scores the offer with ordinal `i` from the working facts (scores, flags and totals only).
  void evaluate(std::size_t i, OfferResult& out);
  /// Scores the offer with ordinal `i` into a sample model, building no result (the fast path of sampling).
  void evaluate_sample(std::size_t i, SampleOffer& out);
  /// Scores every offer and ranks them as a normal run does.
  RunResult rank_all();

 private:
  const CompiledRubric* rubric_;
  std::vector<Facts> facts_;
  bool uses_aggregates_ = false;
  std::unique_ptr<Aggregates> aggregates_;
  std::unique_ptr<Evaluator> evaluator_;
};

}  // namespace rubric::robust
