// Ranking results kept in a ResultStore, with the rules of rank() (decision.cpp):
// the order and ranks come from small keys; the decision from rank() itself,
// run over the few offers it reads (the best group, the runner-up, one vetoed).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <rubric/engine.hpp>
#include <rubric/result_store.hpp>

namespace rubric {

/// What ranking needs of one stored offer (16 bytes: the id and input position are read from the store only
/// for offers whose totals tie, or that were not scored).
struct RankKey {
  double total = 0;
  std::uint32_t index = 0;  // in the store
  bool scored = false;
  bool vetoed = false;
};

/// Returns the ranking key of `offer`, stored at `index` of the store.
RankKey rank_key(const OfferResult& offer, std::size_t index);

/// Ranks the stored offers as rank() would, reordering `keys` in place; `run` gets everything but its
/// offers, `out` the order and ranks. `keys` may be a vector or a deque.
void rank_stored(const Plan& plan, std::vector<RankKey>& keys, RunResult& run, RankedResults& out);

}  // namespace rubric
