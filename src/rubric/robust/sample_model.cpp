// Totals and ranks of one robustness sample, mirroring the VM's run_total and run/decision.cpp's ranking.
#include "rubric/robust/sample_model.hpp"

#include <algorithm>

#include <rubric/limits.hpp>

namespace rubric::robust {

SampleOffer sample_offer(const OfferResult& offer, const std::vector<CriterionInfo>& criteria) {
  SampleOffer out;
  out.scored = offer.scored;
  out.vetoed = offer.vetoed;
  out.scores.assign(criteria.size(), 0);
  for (std::size_t k = 0; k < criteria.size(); ++k)
    for (const auto& c : offer.criteria)
      if (c.id == criteria[k].id) out.scores[k] = c.score;
  for (const auto& flag : offer.flags) {
    out.penalties += flag.penalty;
    if (flag.cap) out.cap = out.cap ? std::min(*out.cap, *flag.cap) : *flag.cap;
  }
  return out;
}

double sample_total(const std::vector<double>& weights, const SampleOffer& offer, double scale_low) {
  double sum = 0;
  for (std::size_t k = 0; k < weights.size(); ++k) sum += weights[k] * offer.scores[k];
  double total = sum / kMaxWeight - offer.penalties;
  if (offer.cap && *offer.cap < total) total = *offer.cap;
  return total < scale_low ? scale_low : total;
}

namespace {

// Ranks offers order[begin, end) (one group) from `first_rank`, by total, equal totals sharing a rank.
void rank_group(const std::vector<double>& totals, std::vector<std::size_t>& order, std::size_t begin, std::size_t end,
                int first_rank, std::vector<int>& ranks) {
  std::sort(order.begin() + static_cast<std::ptrdiff_t>(begin), order.begin() + static_cast<std::ptrdiff_t>(end),
            [&totals](std::size_t a, std::size_t b) { return totals[a] != totals[b] ? totals[a] > totals[b] : a < b; });
  for (std::size_t i = begin; i < end;) {
    std::size_t j = i + 1;
    while (j < end && totals[order[i]] - totals[order[j]] <= kTieTolerance) ++j;
    for (std::size_t k = i; k < j; ++k) ranks[order[k]] = first_rank + static_cast<int>(i - begin);
    i = j;
  }
}

}  // namespace

void rank_sample(const std::vector<SampleOffer>& offers, const std::vector<double>& totals, std::vector<int>& ranks,
                 std::vector<std::size_t>& order) {
  order.clear();
  ranks.assign(offers.size(), 0);
  for (std::size_t i = 0; i < offers.size(); ++i)
    if (offers[i].scored && !offers[i].vetoed) order.push_back(i);
  const std::size_t kept = order.size();
  for (std::size_t i = 0; i < offers.size(); ++i)
    if (offers[i].scored && offers[i].vetoed) order.push_back(i);
  const std::size_t ranked = order.size();
  rank_group(totals, order, 0, kept, 1, ranks);
  rank_group(totals, order, kept, ranked, static_cast<int>(kept) + 1, ranks);
  for (std::size_t i = 0; i < offers.size(); ++i)
    if (!offers[i].scored) ranks[i] = static_cast<int>(ranked) + 1;
}

}  // namespace rubric::robust
