#include "rubric/robust/replay.hpp"

#include "rubric/compile/plan.hpp"
#include "rubric/run/compiled.hpp"
#include "rubric/run/decision.hpp"

namespace rubric::robust {

Replay::Replay(const CompiledRubric& rubric, const TracedRun& traced)
    : rubric_(&rubric),
      facts_(traced.facts),
      uses_aggregates_(!rubric.plan().aggregates.empty()),
      aggregates_(std::make_unique<Aggregates>(rubric.plan())),
      evaluator_(std::make_unique<Evaluator>(rubric.plan())) {
  evaluator_->set_explain(false);
  refresh_aggregates();
}

void Replay::refresh_aggregates() {
  if (!uses_aggregates_) return;
  aggregates_ = std::make_unique<Aggregates>(rubric_->plan());
  for (const Facts& f : facts_) aggregates_->add(f);
}

void Replay::evaluate(std::size_t i, OfferResult& out) { evaluator_->evaluate(facts_[i], aggregates_.get(), out); }

void Replay::evaluate_sample(std::size_t i, SampleOffer& out) {
  out.scored = evaluator_->evaluate_scores(facts_[i], aggregates_.get(), out.scores, out.penalties, out.cap,
                                           out.vetoed);
}

RunResult Replay::rank_all() {
  std::vector<OfferResult> results(facts_.size());
  for (std::size_t i = 0; i < facts_.size(); ++i) evaluate(i, results[i]);
  return rank(rubric_->plan(), std::move(results));
}

}  // namespace rubric::robust
