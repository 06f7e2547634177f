// Mirrors rank() and rank_group() in decision.cpp; tests rank the same offers
// both ways and compare, so the two cannot drift apart unnoticed. The keys are
// grouped and sorted in place: a long run holds one key per offer, no copies.
#include "rubric/run/rank_stored.hpp"

#include <algorithm>

#include <rubric/limits.hpp>
#include "rubric/run/decision.hpp"

namespace rubric {

namespace {

using KeyIt = std::vector<RankKey>::iterator;

/// Ranks keys [first, last) from `first_rank`: by total, equal totals sharing a rank, ordered by id.
void rank_group(KeyIt first, KeyIt last, int first_rank, const ResultStore& store) {
  const auto by_id = [&](const RankKey& a, const RankKey& b) {
    const std::string_view ia = store.id(a.index), ib = store.id(b.index);
    return ia != ib ? ia < ib : a.ordinal < b.ordinal;
  };
  std::sort(first, last,
            [&](const RankKey& a, const RankKey& b) { return a.total != b.total ? a.total > b.total : by_id(a, b); });
  for (KeyIt i = first; i != last;) {
    KeyIt j = i + 1;
    while (j != last && i->total - j->total <= kTieTolerance) ++j;
    std::sort(i, j, by_id);
    for (KeyIt k = i; k != j; ++k) k->rank = first_rank + static_cast<int>(i - first);
    i = j;
  }
}

/// Runs rank() over the offers the decision reads: the best group, the next offer, one vetoed offer.
RunResult decide_stored(const Plan& plan, KeyIt kept, KeyIt vetoed, KeyIt unscored, const ResultStore& store) {
  std::vector<OfferResult> few;
  const auto add = [&](const RankKey& key) {
    few.emplace_back();
    store.load(key.index, few.back());
  };
  KeyIt best = kept;
  while (best != vetoed && best->rank == kept->rank) add(*best++);
  if (best != vetoed) add(*best);
  if (vetoed != unscored) add(*vetoed);
  return rank(plan, std::move(few));
}

}  // namespace

RankKey rank_key(const OfferResult& offer, std::size_t index) {
  RankKey key;
  key.total = offer.total;
  key.ordinal = offer.ordinal;
  key.index = static_cast<std::uint32_t>(index);
  key.scored = offer.scored;
  key.vetoed = offer.vetoed;
  return key;
}

void rank_stored(const Plan& plan, std::vector<RankKey>& keys, RunResult& run, RankedResults& out) {
  // Kept (scored, not vetoed), then vetoed, then unscored in input order: rank()'s three groups.
  const KeyIt unscored = std::stable_partition(keys.begin(), keys.end(), [](const RankKey& k) { return k.scored; });
  const KeyIt vetoed = std::stable_partition(keys.begin(), unscored, [](const RankKey& k) { return !k.vetoed; });
  rank_group(keys.begin(), vetoed, 1, out.store);
  rank_group(vetoed, unscored, static_cast<int>(vetoed - keys.begin()) + 1, out.store);
  std::stable_sort(unscored, keys.end(), [](const RankKey& a, const RankKey& b) { return a.ordinal < b.ordinal; });
  run = decide_stored(plan, keys.begin(), vetoed, unscored, out.store);
  run.offers.clear();
  out.order.clear();
  out.ranks.clear();
  out.order.reserve(keys.size());
  out.ranks.reserve(keys.size());
  for (KeyIt k = keys.begin(); k != keys.end(); ++k) {
    out.order.push_back(k->index);
    out.ranks.push_back(k < unscored ? k->rank : 0);
  }
}

}  // namespace rubric
