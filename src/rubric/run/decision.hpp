// Ranking and the decision (docs/language.md, "Scoring and decision").
#pragma once

#include <vector>

#include <rubric/result.hpp>

namespace rubric {

class Plan;

/// Ranks offers and decides; `offers` in input order.
RunResult rank(const Plan& plan, std::vector<OfferResult> offers);

}  // namespace rubric
