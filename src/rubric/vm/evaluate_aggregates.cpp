// Pass one of a run with max_of / min_of / mean_of: every offer that reads
// without errors runs the steps the arguments need and adds each argument
// that evaluates. Workers keep their own Aggregates and merge at the end.
#include <algorithm>
#include <cmath>
#include <limits>

#include "rubric/vm/machine.hpp"

namespace rubric {

Aggregates::Aggregates(const Plan& plan)
    : plan_(&plan),
      min_(plan.aggregates.size(), std::numeric_limits<double>::infinity()),
      max_(plan.aggregates.size(), -std::numeric_limits<double>::infinity()),
      sum_(plan.aggregates.size(), 0.0),
      count_(plan.aggregates.size(), 0),
      frame_(plan.aggregates.empty() ? 0 : plan.frame.size, 0.0) {}

void Aggregates::add(const Facts& facts) {
  const Plan& plan = *plan_;
  if (plan.aggregates.empty() || !facts.errors.empty()) return;
  const std::size_t n = plan.fields.size();
  if (facts.numbers.size() < n || facts.texts.size() < n) return;
  Machine m;
  m.plan = &plan;
  m.facts = &facts;
  m.aggregates = nullptr;  // an argument that reads an aggregate cannot be computed in pass one
  m.frame = frame_.data();
  std::size_t done = 0;
  while (done < plan.aggregate_steps.size() && m.run_step(plan.aggregate_steps[done])) ++done;
  for (std::size_t i = 0; i < plan.aggregates.size(); ++i) {
    const AggregatePlan& a = plan.aggregates[i];
    double v = 0;
    if (a.needs_steps > done || !m.run(a.argument, v) || !std::isfinite(v)) continue;
    min_[i] = std::min(min_[i], v);
    max_[i] = std::max(max_[i], v);
    sum_[i] += v;
    ++count_[i];
  }
}

void Aggregates::merge(const Aggregates& other) {
  const std::size_t n = std::min(size(), other.size());
  for (std::size_t i = 0; i < n; ++i) {
    min_[i] = std::min(min_[i], other.min_[i]);
    max_[i] = std::max(max_[i], other.max_[i]);
    sum_[i] += other.sum_[i];
    count_[i] += other.count_[i];
  }
}

double Aggregates::value(std::size_t i) const {
  if (i >= count_.size() || count_[i] == 0) return std::numeric_limits<double>::quiet_NaN();
  switch (plan_->aggregates[i].kind) {
    case AggregateKind::max_of: return max_[i];
    case AggregateKind::min_of: return min_[i];
    case AggregateKind::mean_of: return sum_[i] / static_cast<double>(count_[i]);
  }
  return std::numeric_limits<double>::quiet_NaN();
}

std::size_t Aggregates::size() const { return count_.size(); }

}  // namespace rubric
