// The negotiation targets in a draft's context (docs/drafts.md, "to_first"). Internal.
#pragma once

#include <nlohmann/json.hpp>

#include <rubric/result.hpp>

namespace rubric {

/// Returns the offer's negotiation targets for a template: every value a rendered, single-line string.
nlohmann::json draft_targets(const OfferResult& offer);

}  // namespace rubric
