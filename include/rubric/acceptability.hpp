// What the robustness run finds (docs/reports.md, "How sure is this?"): how often each offer takes each
// rank when the weights are in doubt, and what one negotiable fact would have to be for an offer to
// rank first. Plain data, filled by robustness.hpp and read by reports, eval's JSON and drafts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <rubric/types.hpp>

namespace rubric {

/// How the weights (and ranged facts) are sampled: `--samples`, `--spread`, `--seed`.
struct RobustnessOptions {
  std::size_t samples = 10000;  // plausible weightings drawn
  double spread = 10;           // each weight is drawn from [max(0, w - spread), w + spread], in weight points
  std::uint64_t seed = 1;       // the same seed gives the same numbers, whatever --jobs says
};

/// One offer's rank acceptability.
struct OfferAcceptability {
  std::string id;
  std::vector<double> ranks;                           // share of samples at rank 1, 2, ...; sums to 1
  double first = 0;                                    // ranks[0]
  std::optional<std::vector<double>> central_weights;  // mean weights where it ranks first; none if it never does
};

/// Rank acceptability under weight (and fact) doubt for the scored offers of a run.
struct Robustness {
  RobustnessOptions options;
  std::vector<std::string> criteria;       // criterion ids, the order of central_weights
  std::vector<OfferAcceptability> offers;  // in the run's rank order
  std::size_t ranged_facts = 0;            // facts drawn from their ranges in every sample
};

/// The smallest value of one negotiable fact at which an offer would rank first (docs/reports.md).
struct NegotiationTarget {
  std::string path;                 // "comp.base"
  TypeKind kind = TypeKind::money;  // how the values render
  double current = 0;               // the offer's value (percent as a fraction)
  std::optional<double> value;      // the target, verified by an evaluation; none when out of reach
  double searched_to = 0;           // the top of the range searched
  std::string ahead_of;             // the offer(s) it would move ahead of: "northwind" or "a and b"
};

}  // namespace rubric
