#include "rubric/run/set_offers.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <rubric/suggest.hpp>

namespace rubric {

namespace {

// Ids kept for "did you mean": a typo is looked for among the first offers only, so a run of a million
// offers does not keep a million ids for a message.
constexpr std::size_t kMaxRememberedIds = 10'000;

}  // namespace

SetOfferCheck::SetOfferCheck(const OfferSchema& schema) {
  for (const SetFact& set : schema.sets) {
    if (set.offer.empty()) continue;
    const bool known = std::any_of(wanted_.begin(), wanted_.end(),
                                   [&](const Wanted& w) { return w.offer == set.offer; });
    if (!known) wanted_.push_back({set.offer, schema.fields[static_cast<std::size_t>(set.field)].path, false});
  }
}

void SetOfferCheck::see_named(const std::string& id) {
  for (Wanted& wanted : wanted_) {
    if (wanted.offer == id) wanted.seen = true;
  }
  if (ids_.size() < kMaxRememberedIds) ids_.push_back(id);
}

void SetOfferCheck::report(RunOutput& out, bool strict) const {
  for (const Wanted& wanted : wanted_) {
    if (wanted.seen) continue;
    const std::string hint = closest_name(wanted.offer, ids_);
    InputError error;
    error.path = "--set " + wanted.offer + ":" + wanted.path;
    error.message = fmt::format("no offer in this run has the id '{}'", wanted.offer);
    if (!hint.empty()) error.message += fmt::format("; did you mean '{}'?", hint);
    error.message += " (the value was not used)";
    (strict ? out.input_errors : out.warnings).push_back(std::move(error));
  }
}

}  // namespace rubric
