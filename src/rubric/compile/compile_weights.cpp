// --weight ID=W what-if runs: overridden criteria take W, the others are
// rescaled in proportion to their declared weights so the sum stays 100.
#include <fmt/format.h>

#include <cmath>

#include <rubric/limits.hpp>
#include <rubric/render.hpp>
#include "rubric/compile/builder.hpp"

namespace rubric {

namespace {

std::string spell(const WeightOverride& o) { return fmt::format("--weight {}={}", o.id, render_number(o.weight)); }

std::string criteria_list(const Plan& plan) {
  std::string out;
  for (const auto& c : plan.criteria) out += (out.empty() ? "" : ", ") + c.id;
  return out;
}

// Checks each override; returns the criterion index per override (-1 when invalid).
std::vector<int> resolve(const Plan& plan, const std::vector<WeightOverride>& overrides,
                         std::vector<std::string>& errors) {
  std::vector<int> index;
  std::vector<bool> seen(plan.criteria.size(), false);
  for (const auto& o : overrides) {
    int found = -1;
    for (std::size_t i = 0; i < plan.criteria.size(); ++i)
      if (plan.criteria[i].id == o.id) found = static_cast<int>(i);
    if (found < 0) {
      errors.push_back(fmt::format("{}: no criterion '{}' (criteria: {})", spell(o), o.id, criteria_list(plan)));
    } else if (!std::isfinite(o.weight) || o.weight < 0 || o.weight > kMaxWeight) {
      errors.push_back(fmt::format("{}: the weight must be between 0 and 100", spell(o)));
      found = -1;
    } else if (seen[static_cast<std::size_t>(found)]) {
      errors.push_back(fmt::format("{}: criterion '{}' is overridden more than once", spell(o), o.id));
      found = -1;
    } else {
      seen[static_cast<std::size_t>(found)] = true;
    }
    index.push_back(found);
  }
  return index;
}

std::string note(const Plan& plan, const std::vector<WeightOverride>& overrides) {
  std::string spelled, weights;
  for (const auto& o : overrides) spelled += (spelled.empty() ? "" : ", ") + spell(o);
  for (const auto& c : plan.criteria)
    weights += fmt::format("{}{} {}", weights.empty() ? "" : ", ", c.id, render_number(c.weight));
  return fmt::format("weights rescaled for {}: {}", spelled, weights);
}

}  // namespace

std::vector<std::string> apply_weight_overrides(Plan& plan, const std::vector<WeightOverride>& overrides) {
  std::vector<std::string> errors;
  if (overrides.empty()) return errors;
  std::vector<int> index = resolve(plan, overrides, errors);
  if (!errors.empty()) return errors;
  std::vector<bool> fixed(plan.criteria.size(), false);
  double overridden = 0, rest = 0;
  for (std::size_t k = 0; k < overrides.size(); ++k) {
    fixed[static_cast<std::size_t>(index[k])] = true;
    overridden += overrides[k].weight;
  }
  for (std::size_t i = 0; i < plan.criteria.size(); ++i)
    if (!fixed[i]) rest += plan.criteria[i].declared_weight;
  const double remaining = std::fmax(0.0, 100 - overridden);
  std::string all;
  for (const auto& o : overrides) all += (all.empty() ? "" : ", ") + spell(o);
  if (overridden > 100 + kWeightSumTolerance) {
    errors.push_back(fmt::format("{}: the overridden weights sum to {}, over 100", all, render_number(overridden)));
    return errors;
  }
  if (std::fabs(remaining) > kWeightSumTolerance && rest <= 0) {
    errors.push_back(fmt::format("{}: the overridden weights sum to {} and no other criterion has weight left to "
                                 "rescale to 100",
                                 all, render_number(overridden)));
    return errors;
  }
  for (std::size_t k = 0; k < overrides.size(); ++k)
    plan.criteria[static_cast<std::size_t>(index[k])].weight = overrides[k].weight;
  for (std::size_t i = 0; i < plan.criteria.size(); ++i)
    if (!fixed[i]) plan.criteria[i].weight = rest > 0 ? plan.criteria[i].declared_weight * remaining / rest : 0;
  plan.weight_note = note(plan, overrides);
  return errors;
}

}  // namespace rubric
