// Negotiation targets (docs/reports.md, "What it would take"): for an offer that is not recommended and
// each negotiable fact, the smallest value of that fact alone at which the offer would be recommended,
// strictly ahead of every other offer. Searched upward from the current value by bisection; every probe,
// and the reported value, is a real evaluation of the whole run (aggregates included).
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <rubric/robustness.hpp>
#include "rubric/robust/replay.hpp"

namespace rubric {

namespace {

// The search goes up to this multiple of the current value (or of the other offers' largest value).
constexpr double kSearchFactor = 3;
// Bisection stops when the bracket is narrower than this fraction of its top: 0.1%.
constexpr double kPrecision = 0.001;
// Bisection halves the bracket at most this often; 0.1% of any double is reached far sooner.
constexpr int kMaxProbes = 200;

// Who `offer` would have to move ahead of: the recommended offer, or the others sharing the best rank (on a
// tie, or when every offer is vetoed); empty when it shares that rank with no other offer.
std::string leaders(const RunResult& run, const OfferResult& offer) {
  if (run.decision.recommended) return *run.decision.recommended;
  std::vector<std::string> ids = run.decision.tied;
  if (ids.empty())
    for (const auto& o : run.offers)
      if (o.scored && o.rank == 1) ids.push_back(o.id);
  std::erase(ids, offer.id);
  std::string out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out += i + 1 == ids.size() ? " and " : ", ";
    out += ids[i];
  }
  return out;
}

// Rounds `value` up to the coarsest power of ten within the search's precision: 236,437 -> 236,500.
double round_up(double value) {
  if (value <= 0) return value;
  const double step = std::pow(10.0, std::floor(std::log10(value * kPrecision)));
  return std::ceil(value / step) * step;
}

class Search {
 public:
  Search(robust::Replay& replay, const OfferResult& offer, int field)
      : replay_(replay), offer_(offer), field_(static_cast<std::size_t>(field)) {}

  // Returns true when the offer is recommended with the field at `value` (the other facts unchanged).
  bool first_at(double value) {
    Facts& facts = replay_.facts()[offer_.ordinal];
    const double saved = facts.numbers[field_];
    facts.numbers[field_] = value;
    replay_.refresh_aggregates();
    const RunResult run = replay_.rank_all();
    facts.numbers[field_] = saved;
    replay_.refresh_aggregates();
    return run.decision.recommended && *run.decision.recommended == offer_.id;
  }

  // Bisects between a value where the offer is not first and one where it is, to within 0.1% of the bracket's
  // top or of `scale`, whichever is larger. A search up from 0 passes the fact's largest value among the
  // offers as `scale`: when any positive value wins (a tie), it then ends at 0.1% of that, not at 2^-200 of it.
  std::optional<double> smallest(double low, double high, double scale) {
    if (!first_at(high)) return std::nullopt;
    for (int i = 0; i < kMaxProbes && high - low > kPrecision * std::max(std::fabs(high), scale); ++i) {
      const double mid = low + (high - low) / 2;
      (first_at(mid) ? high : low) = mid;
    }
    const double nice = round_up(high);
    return first_at(nice) ? nice : high;  // `high` passed its evaluation already
  }

 private:
  robust::Replay& replay_;
  const OfferResult& offer_;
  std::size_t field_;
};

// The top of the search: 3x the larger of the offer's value and the other scored offers' values.
double search_top(const TracedRun& traced, const OfferResult& offer, std::size_t field) {
  double top = std::max(0.0, traced.facts[offer.ordinal].numbers[field]);
  for (const auto& other : traced.output.run.offers)
    if (other.scored && other.ordinal != offer.ordinal && other.ordinal < traced.facts.size())
      top = std::max(top, traced.facts[other.ordinal].numbers[field]);
  return kSearchFactor * top;
}

}  // namespace

void add_negotiation_targets(const CompiledRubric& rubric, TracedRun& traced) {
  const OfferSchema& schema = rubric.schema();
  std::vector<int> negotiable;
  for (std::size_t f = 0; f < schema.fields.size(); ++f)
    if (schema.fields[f].negotiable) negotiable.push_back(static_cast<int>(f));
  RunResult& run = traced.output.run;
  if (negotiable.empty() || run.offers.empty()) return;
  robust::Replay replay(rubric, traced);
  for (auto& offer : run.offers) {
    if (!offer.scored || offer.ordinal >= traced.facts.size()) continue;
    if (run.decision.recommended && *run.decision.recommended == offer.id) continue;
    for (int f : negotiable) {
      const auto field = static_cast<std::size_t>(f);
      NegotiationTarget target;
      target.path = schema.fields[field].path;
      target.kind = schema.fields[field].kind;
      target.current = traced.facts[offer.ordinal].numbers[field];
      target.searched_to = search_top(traced, offer, field);
      target.ahead_of = leaders(run, offer);
      if (target.searched_to > target.current)
        target.value = Search(replay, offer, f)
                           .smallest(target.current, target.searched_to,
                                     target.current > 0 ? 0 : target.searched_to / kSearchFactor);
      offer.to_first.push_back(std::move(target));
    }
  }
}

}  // namespace rubric
