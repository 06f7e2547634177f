// Negotiation targets for templates: what one negotiable fact would have to be for the offer to rank
// first (computed by add_negotiation_targets before drafting). Mustache has no numbers, so every value
// is rendered per the fact's type; `reachable` says whether `value` is set.
#include "rubric/draft/draft_targets.hpp"

#include <rubric/draft.hpp>
#include <rubric/render.hpp>

namespace rubric {

nlohmann::json draft_targets(const OfferResult& offer) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : offer.to_first) {
    out.push_back({{"path", single_line(t.path)},
                   {"current", render_value(t.current, t.kind)},
                   {"reachable", t.value.has_value()},
                   {"value", t.value ? render_value(*t.value, t.kind) : std::string()},
                   {"increase", t.value ? render_value(*t.value - t.current, t.kind) : std::string()},
                   {"ahead_of", single_line(t.ahead_of)}});
  }
  return out;
}

}  // namespace rubric
