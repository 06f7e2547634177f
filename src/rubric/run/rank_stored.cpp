// Mirrors rank() and rank_group() in decision.cpp; tests rank the same offers
// both ways and compare, so the two cannot drift apart unnoticed. The keys are
// grouped and sorted in place: a long run holds one small key per offer; ids and
// input positions are read from the store only for the offers that need them.
#include "rubric/run/rank_stored.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include <rubric/limits.hpp>
#include "rubric/run/decision.hpp"

namespace rubric {

namespace {

using KeyIt = std::vector<RankKey>::iterator;

/// Sorts keys [first, last) by id, then input position, as rank() orders offers of one total.
void sort_by_id(KeyIt first, KeyIt last, const ResultStore& store) {
  if (last - first < 2) return;
  std::vector<std::pair<std::pair<std::string, std::size_t>, RankKey>> group;
  group.reserve(static_cast<std::size_t>(last - first));
  for (KeyIt k = first; k != last; ++k) group.emplace_back(store.id_and_ordinal(k->index), *k);
  std::sort(group.begin(), group.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& item : group) *first++ = item.second;
}

/// Ranks keys [first, last) from `first_rank` into `ranks`: by total, equal totals sharing a rank, ordered by id.
void rank_group(KeyIt first, KeyIt last, int first_rank, const ResultStore& store, std::vector<std::int32_t>& ranks) {
  // The order among exactly equal totals does not matter here: they always fall in one group, sorted below.
  std::sort(first, last, [](const RankKey& a, const RankKey& b) { return a.total > b.total; });
  for (KeyIt i = first; i != last;) {
    KeyIt j = i + 1;
    while (j != last && i->total - j->total <= kTieTolerance) ++j;
    sort_by_id(i, j, store);
    ranks.insert(ranks.end(), static_cast<std::size_t>(j - i), first_rank + static_cast<int>(i - first));
    i = j;
  }
}

/// Runs rank() over the offers the decision reads: the best group, the next offer, one vetoed offer.
RunResult decide_stored(const Plan& plan, KeyIt kept, KeyIt vetoed, KeyIt unscored, const ResultStore& store,
                        const std::vector<std::int32_t>& ranks) {
  std::vector<OfferResult> few;
  const auto add = [&](const RankKey& key) {
    few.emplace_back();
    store.load(key.index, few.back());
  };
  KeyIt best = kept;
  while (best != vetoed && ranks[static_cast<std::size_t>(best - kept)] == 1) add(*best++);
  if (best != vetoed) add(*best);
  if (vetoed != unscored) add(*vetoed);
  return rank(plan, std::move(few));
}

/// Puts the unscored keys [first, last) in input order.
void sort_by_input(KeyIt first, KeyIt last, const ResultStore& store) {
  std::vector<std::pair<std::size_t, RankKey>> group;
  group.reserve(static_cast<std::size_t>(last - first));
  for (KeyIt k = first; k != last; ++k) group.emplace_back(store.id_and_ordinal(k->index).second, *k);
  std::stable_sort(group.begin(), group.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& item : group) *first++ = item.second;
}

}  // namespace

RankKey rank_key(const OfferResult& offer, std::size_t index) {
  RankKey key;
  key.total = offer.total;
  key.index = static_cast<std::uint32_t>(index);
  key.scored = offer.scored;
  key.vetoed = offer.vetoed;
  return key;
}

void rank_stored(const Plan& plan, std::vector<RankKey>& keys, RunResult& run, RankedResults& out) {
  // Kept (scored, not vetoed), then vetoed, then unscored in input order: rank()'s three groups. Each group is
  // sorted whole below, so the partitions need not be stable (std::stable_partition would allocate a copy
  // of the keys: 16 MiB at a million offers).
  const KeyIt unscored = std::partition(keys.begin(), keys.end(), [](const RankKey& k) { return k.scored; });
  const KeyIt vetoed = std::partition(keys.begin(), unscored, [](const RankKey& k) { return !k.vetoed; });
  out.ranks.clear();
  out.ranks.reserve(keys.size());
  rank_group(keys.begin(), vetoed, 1, out.store, out.ranks);
  rank_group(vetoed, unscored, static_cast<int>(vetoed - keys.begin()) + 1, out.store, out.ranks);
  sort_by_input(unscored, keys.end(), out.store);
  out.ranks.resize(keys.size(), 0);
  run = decide_stored(plan, keys.begin(), vetoed, unscored, out.store, out.ranks);
  run.offers.clear();
  out.order.clear();
  out.order.reserve(keys.size());
  for (const RankKey& k : keys) out.order.push_back(k.index);
}

}  // namespace rubric
