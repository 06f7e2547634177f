// Scores without a result: what the robustness run needs from each sample's re-evaluation, read straight
// from the frame, so that drawing ranged facts costs one pass over the steps and no strings.
#include "rubric/vm/machine.hpp"

namespace rubric {

bool Evaluator::evaluate_scores(const Facts& facts, const Aggregates* aggregates, std::vector<double>& scores,
                                double& penalties, std::optional<double>& cap, bool& vetoed) {
  thread_local OfferResult unused;  // score() reports errors here; the caller only needs to know it failed
  if (!score(facts, aggregates, unused)) return false;
  const Plan& plan = *plan_;
  const double* frame = scratch_->frame.data();
  const double* slots = frame + plan.frame.slots;
  scores.resize(plan.criteria.size());
  for (std::size_t k = 0; k < plan.criteria.size(); ++k) scores[k] = slots[plan.criteria[k].slot];
  penalties = 0;
  cap.reset();
  vetoed = false;
  for (std::size_t i = 0; i < plan.flags.size(); ++i) {
    if (slots[plan.flags[i].slot] == 0) continue;
    penalties += frame[plan.frame.penalty + i];
    vetoed = vetoed || plan.flags[i].veto;
    if (plan.flags[i].cap.empty()) continue;
    const double c = frame[plan.frame.cap + i];
    if (!cap || c < *cap) cap = c;
  }
  return true;
}

}  // namespace rubric
