// Names of the plan's enumerations, for messages, tests and debugging.
#include "rubric/plan.hpp"

namespace rubric {

std::string_view to_string(Op op) {
  static constexpr std::string_view names[] = {
      "push",   "field",  "slot",   "aggregate", "neg",      "not",           "add",        "sub",
      "mul",    "div",    "add_k",  "sub_k",     "rsub_k",   "mul_k",         "div_k",      "rdiv_k",
      "eq",     "ne",     "lt",     "le",        "gt",       "ge",            "eq_k",       "ne_k",
      "lt_k",   "le_k",   "gt_k",   "ge_k",      "text_eq",  "text_ne",       "in_set",     "in_text",
      "jump",   "jump_if_false", "and_jump", "or_jump", "match_ne_k", "match_ne_text", "pop", "reason",
      "min",    "max",    "min_k",  "max_k",     "abs",      "clamp",         "clamp_k",    "round",
      "scale_k", "scale_stack", "remap",     "lookup", "select_k", "no_match"};
  static_assert(std::size(names) == static_cast<std::size_t>(Op::no_match) + 1, "one name per Op");
  auto i = static_cast<std::size_t>(op);
  return i < std::size(names) ? names[i] : "?";
}

std::string_view to_string(FaultKind kind) {
  switch (kind) {
    case FaultKind::none: return "no fault";
    case FaultKind::division_by_zero: return "division by zero";
    case FaultKind::not_finite: return "result is not a finite number";
    case FaultKind::no_aggregate: return "no offer contributed a value";
    case FaultKind::no_match: return "no match arm applies";
    case FaultKind::bad_facts: return "facts do not match the rubric";
    case FaultKind::internal: return "internal evaluation error";
  }
  return "internal evaluation error";
}

std::string_view to_string(AggregateKind kind) {
  switch (kind) {
    case AggregateKind::max_of: return "max_of";
    case AggregateKind::min_of: return "min_of";
    case AggregateKind::mean_of: return "mean_of";
  }
  return "max_of";
}

}  // namespace rubric
