// Rank acceptability under weight doubt (SMAA, Lahdelma and Salminen), sampled exactly as docs/reports.md
// ("How sure is this?") specifies, so that another implementation (tests/robustness/smaa_check.py) can
// reproduce every number: one SplitMix64 stream seeded with --seed; per sample, first one draw per
// criterion weight in rubric order, then one per ranged fact (offers in input order, fields in declaration
// order); weights rescaled to sum to 100; totals and ranks as a normal run makes them.
#include <algorithm>

#include <rubric/limits.hpp>
#include <rubric/robustness.hpp>
#include "rubric/robust/replay.hpp"
#include "rubric/robust/sample_model.hpp"

namespace rubric {

namespace {

// SplitMix64's constants (Steele, Lea and Flood 2014; the seeding generator of the xoshiro family).
constexpr std::uint64_t kGamma = 0x9E3779B97F4A7C15ULL;
constexpr std::uint64_t kMix1 = 0xBF58476D1CE4E5B9ULL;
constexpr std::uint64_t kMix2 = 0x94D049BB133111EBULL;
// 2^-53: the top 53 bits of a draw, scaled, are a double in [0, 1) with every value equally likely.
constexpr double kUnit = 1.0 / 9007199254740992.0;

// A scored offer in the sample and where its doubtful facts are.
struct SampledOffer {
  const OfferResult* result = nullptr;
  std::vector<FactRange> ranges;  // sorted by field
};

// What one robustness run keeps between samples.
struct Counts {
  std::vector<std::vector<std::size_t>> ranks;  // [offer][rank - 1]
  std::vector<std::vector<double>> central;     // [offer][criterion]: sum of the weights where it ranks first
};

// Draws the sample's weights into `w`, rescaled to sum to 100.
void draw_weights(std::uint64_t& state, const std::vector<double>& nominal, double spread, std::vector<double>& w) {
  double sum = 0;
  for (std::size_t k = 0; k < nominal.size(); ++k) {
    const double low = std::max(0.0, nominal[k] - spread);
    const double high = nominal[k] + spread;
    w[k] = low + (high - low) * splitmix64_uniform(state);
    sum += w[k];
  }
  if (sum <= 0) {  // every weight drew exactly 0: keep the run's own weights
    w = nominal;
    return;
  }
  for (double& x : w) x = kMaxWeight * x / sum;
}

// Draws every ranged fact into the replay's facts and re-scores the offers (all of them when aggregates
// tie offers together), updating their sample models.
void draw_facts(std::uint64_t& state, const std::vector<SampledOffer>& offers, const std::vector<std::size_t>& by_input,
                robust::Replay& replay, std::vector<robust::SampleOffer>& models) {
  for (std::size_t i : by_input) {
    Facts& facts = replay.facts()[offers[i].result->ordinal];
    for (const FactRange& r : offers[i].ranges)
      facts.numbers[static_cast<std::size_t>(r.field)] = r.low + (r.high - r.low) * splitmix64_uniform(state);
  }
  replay.refresh_aggregates();
  for (std::size_t i = 0; i < offers.size(); ++i) {
    if (offers[i].ranges.empty() && !replay.uses_aggregates()) continue;
    replay.evaluate_sample(offers[i].result->ordinal, models[i]);
  }
}

std::vector<SampledOffer> sampled_offers(const TracedRun& traced, std::size_t& ranged) {
  std::vector<SampledOffer> out;
  ranged = 0;
  for (const auto& offer : traced.output.run.offers) {
    if (!offer.scored) continue;
    SampledOffer s;
    s.result = &offer;
    if (offer.ordinal < traced.facts.size()) s.ranges = traced.facts[offer.ordinal].ranges;
    std::sort(s.ranges.begin(), s.ranges.end(),
              [](const FactRange& a, const FactRange& b) { return a.field < b.field; });
    ranged += s.ranges.size();
    out.push_back(std::move(s));
  }
  return out;
}

Robustness summarize(const RunResult& run, const std::vector<SampledOffer>& offers, const Counts& counts,
                     const RobustnessOptions& options) {
  Robustness out;
  out.options = options;
  for (const auto& c : run.criteria) out.criteria.push_back(c.id);
  const auto n = static_cast<double>(options.samples);
  for (std::size_t i = 0; i < offers.size(); ++i) {
    OfferAcceptability a;
    a.id = offers[i].result->id;
    for (std::size_t count : counts.ranks[i]) a.ranks.push_back(static_cast<double>(count) / n);
    a.first = a.ranks.empty() ? 0 : a.ranks[0];
    const std::size_t firsts = counts.ranks[i].empty() ? 0 : counts.ranks[i][0];
    if (firsts > 0) {
      std::vector<double> mean = counts.central[i];
      for (double& x : mean) x /= static_cast<double>(firsts);
      a.central_weights = std::move(mean);
    }
    out.offers.push_back(std::move(a));
  }
  return out;
}

}  // namespace

std::uint64_t splitmix64_next(std::uint64_t& state) {
  state += kGamma;
  std::uint64_t z = state;
  z = (z ^ (z >> 30)) * kMix1;
  z = (z ^ (z >> 27)) * kMix2;
  return z ^ (z >> 31);
}

double splitmix64_uniform(std::uint64_t& state) { return static_cast<double>(splitmix64_next(state) >> 11) * kUnit; }

Robustness compute_robustness(const CompiledRubric& rubric, const TracedRun& traced, const RobustnessOptions& options) {
  const RunResult& run = traced.output.run;
  std::size_t ranged = 0;
  const std::vector<SampledOffer> offers = sampled_offers(traced, ranged);
  std::vector<double> nominal;
  for (const auto& c : run.criteria) nominal.push_back(c.weight);
  std::vector<robust::SampleOffer> base, models;
  for (const auto& o : offers) base.push_back(robust::sample_offer(*o.result, run.criteria));
  std::vector<std::size_t> by_input(offers.size());
  for (std::size_t i = 0; i < offers.size(); ++i) by_input[i] = i;
  std::sort(by_input.begin(), by_input.end(),
            [&offers](std::size_t a, std::size_t b) { return offers[a].result->ordinal < offers[b].result->ordinal; });
  std::unique_ptr<robust::Replay> replay;
  if (ranged > 0) replay = std::make_unique<robust::Replay>(rubric, traced);

  Counts counts;
  counts.ranks.assign(offers.size(), std::vector<std::size_t>(offers.size(), 0));
  counts.central.assign(offers.size(), std::vector<double>(nominal.size(), 0));
  std::vector<double> w(nominal.size()), totals(offers.size());
  std::vector<int> ranks;
  std::vector<std::size_t> order;
  std::uint64_t state = options.seed;
  models = base;
  for (std::size_t s = 0; s < options.samples; ++s) {
    draw_weights(state, nominal, options.spread, w);
    if (replay) draw_facts(state, offers, by_input, *replay, models);
    for (std::size_t i = 0; i < offers.size(); ++i) totals[i] = robust::sample_total(w, models[i], run.scale_low);
    robust::rank_sample(models, totals, ranks, order);
    for (std::size_t i = 0; i < offers.size(); ++i) {
      const auto r = static_cast<std::size_t>(ranks[i] - 1);
      ++counts.ranks[i][std::min(r, offers.size() - 1)];
      if (r == 0)
        for (std::size_t k = 0; k < w.size(); ++k) counts.central[i][k] += w[k];
    }
  }
  Robustness out = summarize(run, offers, counts, options);
  out.ranged_facts = ranged;
  return out;
}

}  // namespace rubric
