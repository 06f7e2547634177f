// Running one declaration per step: lets store their value, criteria clamp
// to the scale, flags apply their effects only when raised, and the `total`
// step combines them (docs/language.md section 9, "Scoring and the decision").
#include <fmt/format.h>

#include <cmath>

#include "rubric/check/arithmetic.hpp"
#include "rubric/vm/machine.hpp"

namespace rubric {

namespace {

bool finite_or_fault(Machine& m, double v) {
  if (std::isfinite(v)) return true;
  m.fault = Fault{FaultKind::not_finite, -1, -1};
  return false;
}

bool run_value(Machine& m, CodeRange code, double& v) { return m.run(code, v) && finite_or_fault(m, v); }

bool run_flag(Machine& m, const FlagPlan& flag, std::size_t i) {
  const FrameLayout& f = m.plan->frame;
  double v = 0;
  if (!run_value(m, flag.condition, v)) return false;
  const bool raised = v != 0;
  m.frame[f.slots + static_cast<std::size_t>(flag.slot)] = raised ? 1 : 0;
  m.frame[f.penalty + i] = 0;
  if (!raised) return true;  // effects of a flag not raised are never evaluated
  if (!flag.penalty.empty() && !run_value(m, flag.penalty, m.frame[f.penalty + i])) return false;
  if (!flag.cap.empty() && !run_value(m, flag.cap, m.frame[f.cap + i])) return false;
  return true;
}

bool run_ask(Machine& m, const AskPlan& ask, std::size_t i) {
  const FrameLayout& f = m.plan->frame;
  double v = 0;
  if (!run_value(m, ask.condition, v)) return false;
  const bool raised = v != 0;
  m.frame[f.slots + static_cast<std::size_t>(ask.slot)] = raised ? 1 : 0;
  if (!raised || ask.low.empty() || ask.high.empty()) return true;
  return run_value(m, ask.low, m.frame[f.low + i]) && run_value(m, ask.high, m.frame[f.high + i]);
}

}  // namespace

// Sums in rubric order exactly as the reference scorers do: (sum of w * s) / 100.
bool run_total(Machine& m) {
  const Plan& plan = *m.plan;
  const FrameLayout& f = plan.frame;
  const double* slots = m.frame + f.slots;
  double sum = 0;
  for (const auto& c : plan.criteria) sum += c.weight * slots[c.slot];
  const double weighted = sum / 100;
  double penalties = 0;
  bool vetoed = false;
  for (std::size_t i = 0; i < plan.flags.size(); ++i) {
    if (slots[plan.flags[i].slot] == 0) continue;
    penalties += m.frame[f.penalty + i];
    vetoed = vetoed || plan.flags[i].veto;
  }
  double total = weighted - penalties;
  for (std::size_t i = 0; i < plan.flags.size(); ++i) {
    if (slots[plan.flags[i].slot] == 0 || plan.flags[i].cap.empty()) continue;
    const double cap = m.frame[f.cap + i];
    total = cap < total ? cap : total;
  }
  total = total < plan.scale_low ? plan.scale_low : total;
  if (!finite_or_fault(m, total)) return false;
  m.frame[f.weighted] = weighted;
  m.frame[f.vetoed] = vetoed ? 1 : 0;
  m.frame[f.slots + static_cast<std::size_t>(plan.layout.total)] = total;
  return true;
}

bool Machine::run_step(const Step& step) {
  const FrameLayout& f = plan->frame;
  const auto i = static_cast<std::size_t>(step.index);
  double v = 0;
  switch (step.kind) {
    case SymbolKind::let: {
      const LetPlan& let = plan->lets[i];
      if (!run_value(*this, let.value, v)) return false;
      frame[f.slots + static_cast<std::size_t>(let.slot)] = v;
      return true;
    }
    case SymbolKind::criterion: {
      const CriterionPlan& c = plan->criteria[i];
      if (!run_value(*this, c.score, v)) return false;
      frame[f.raw + i] = v;
      frame[f.slots + static_cast<std::size_t>(c.slot)] = clamp_value(v, plan->scale_low, plan->scale_high);
      return true;
    }
    case SymbolKind::flag: return run_flag(*this, plan->flags[i], i);
    case SymbolKind::confirm: {
      const ConfirmPlan& c = plan->confirms[i];
      if (!run_value(*this, c.condition, v)) return false;
      frame[f.slots + static_cast<std::size_t>(c.slot)] = v != 0 ? 1 : 0;
      return true;
    }
    case SymbolKind::ask: return run_ask(*this, plan->asks[i], i);
    case SymbolKind::total: return run_total(*this);
    default: fault = Fault{FaultKind::internal, -1, -1}; return false;
  }
}

std::string fault_message(const Plan& plan, const Fault& fault, const std::string& what) {
  std::string at;
  if (fault.site >= 0 && static_cast<std::size_t>(fault.site) < plan.sites.size())
    at = " at " + plan.sites[static_cast<std::size_t>(fault.site)];
  switch (fault.kind) {
    case FaultKind::no_aggregate: {
      std::string_view name = "aggregate";
      if (fault.aggregate >= 0 && static_cast<std::size_t>(fault.aggregate) < plan.aggregates.size())
        name = to_string(plan.aggregates[static_cast<std::size_t>(fault.aggregate)].kind);
      return fmt::format("no offer contributed a value to {}{} ({})", name, at, what);
    }
    case FaultKind::bad_facts: return "the offer's facts do not match the rubric's fields";
    default: return fmt::format("{}{} ({})", to_string(fault.kind), at, what);
  }
}

}  // namespace rubric
