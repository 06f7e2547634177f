// The robustness run (docs/reports.md, "How sure is this?"): the generator, the sample ranking, rank
// acceptability on the fixture (tests/data/robustness), fact ranges in the reader, `negotiable` and
// the negotiation targets. tests/robustness/smaa_check.py checks the numbers against Python.
#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>

#include <rubric/robustness.hpp>
#include "rubric/robust/sample_model.hpp"
#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;

namespace {

const std::string kFixture = "tests/data/robustness/";

std::vector<std::string> fixture_inputs() {
  std::vector<std::string> out;
  for (const char* name : {"oak.json", "pine.json", "elm.json", "ash.json"})
    out.push_back(std::string(RUBRIC_SOURCE_DIR) + "/" + kFixture + name);
  return out;
}

std::shared_ptr<const CompiledRubric> fixture_rubric() {
  return compile_ok(read_project_file(kFixture + "fixture.rubric"));
}

const OfferAcceptability& acceptability(const Robustness& r, const std::string& id) {
  for (const auto& o : r.offers)
    if (o.id == id) return o;
  FAIL("no offer " << id);
  return r.offers.front();
}

}  // namespace

TEST_CASE("robustness: SplitMix64 gives the published stream", "[robustness]") {
  // The first outputs of SplitMix64 seeded with 0 (Vigna's reference splitmix64.c).
  std::uint64_t state = 0;
  CHECK(splitmix64_next(state) == 0xE220A8397B1DCDAFULL);
  CHECK(splitmix64_next(state) == 0x6E789E6AA1B965F4ULL);
  CHECK(splitmix64_next(state) == 0x06C45D188009454FULL);
  std::uint64_t seeded = 1;
  const double u = splitmix64_uniform(seeded);
  CHECK(u >= 0);
  CHECK(u < 1);
}

TEST_CASE("robustness: a sample ranks as a normal run does", "[robustness]") {
  using robust::SampleOffer;
  std::vector<SampleOffer> offers(5);
  offers[3].vetoed = true;
  offers[4].scored = false;
  std::vector<double> totals{7.0, 7.0 + 5e-10, 6.0, 9.0, 0.0};
  std::vector<int> ranks;
  std::vector<std::size_t> order;
  robust::rank_sample(offers, totals, ranks, order);
  CHECK(ranks == std::vector<int>{1, 1, 3, 4, 5});  // within 1e-9: a shared rank; vetoed after; unscored last

  SampleOffer capped;
  capped.scores = {10, 10};
  capped.penalties = 1;
  capped.cap = 6;
  CHECK(robust::sample_total({50, 50}, capped, 0) == 6);
  capped.penalties = 20;
  CHECK(robust::sample_total({50, 50}, capped, 0) == 0);  // the scale's floor
}

TEST_CASE("robustness: shares on the fixture are deterministic and add up", "[robustness]") {
  auto rubric = fixture_rubric();
  TracedRun traced = run_traced(*rubric, fixture_inputs());
  REQUIRE(traced.output.run.offers.size() == 4);
  RobustnessOptions options;
  options.samples = 3000;
  options.seed = 5;
  const Robustness a = compute_robustness(*rubric, traced, options);
  const Robustness b = compute_robustness(*rubric, traced, options);
  CHECK(a.ranged_facts == 2);
  REQUIRE(a.offers.size() == 4);
  for (std::size_t i = 0; i < a.offers.size(); ++i) {
    CHECK(a.offers[i].ranks == b.offers[i].ranks);
    double sum = 0;
    for (double share : a.offers[i].ranks) sum += share;
    CHECK(sum == Approx(1.0).epsilon(1e-12));
    CHECK(a.offers[i].first == a.offers[i].ranks[0]);
  }
  // ash is vetoed: last in every sample, whatever the weights.
  CHECK(acceptability(a, "ash").ranks.back() == 1.0);
  CHECK_FALSE(acceptability(a, "ash").central_weights);
  options.seed = 6;
  const Robustness c = compute_robustness(*rubric, traced, options);
  bool differs = false;
  for (std::size_t i = 0; i < a.offers.size(); ++i) differs = differs || a.offers[i].ranks != c.offers[i].ranks;
  CHECK(differs);
}

TEST_CASE("robustness: without doubt every sample is the normal run", "[robustness]") {
  auto rubric = fixture_rubric();
  TracedRun traced = run_traced(*rubric, fixture_inputs());
  for (auto& f : traced.facts) f.ranges.clear();  // no fact doubt either
  RobustnessOptions options;
  options.samples = 200;
  options.spread = 0;
  const Robustness r = compute_robustness(*rubric, traced, options);
  const RunResult& run = traced.output.run;
  REQUIRE(run.decision.recommended);
  const OfferAcceptability& best = acceptability(r, *run.decision.recommended);
  CHECK(best.first == 1.0);
  REQUIRE(best.central_weights);
  for (std::size_t k = 0; k < run.criteria.size(); ++k)
    CHECK((*best.central_weights)[k] == Approx(run.criteria[k].weight).margin(1e-9));
  for (const auto& o : run.offers) CHECK(acceptability(r, o.id).ranks[static_cast<std::size_t>(o.rank - 1)] == 1.0);
}

TEST_CASE("robustness: fact ranges are read, checked and kept out of normal runs", "[robustness][input]") {
  auto rubric = compile_ok(R"(rubric "R"
offer {
  comp.base  : money
  bonus      : percent = 0%
  level      : text = ""
}
criterion pay "Pay" weight 100 { score scale(comp.base * (1 + bonus), 100k => 0, 300k => 10) }
)");
  auto facts_of = [&rubric](const std::string& json) {
    std::vector<std::string> sources{"offer.json"}, texts{json};
    RunOutput out = run_texts(*rubric, sources, texts);
    return out.run.offers.front();
  };
  const OfferResult ok = facts_of(
      R"({"comp": {"base": {"value": 200000, "low": 150000, "high": 260000}}, "bonus": {"value": 10, "low": 5, "high": 15}})");
  CHECK(ok.errors.empty());
  CHECK(ok.total == Approx(6.0));  // the value counts: 200,000 * 1.1 = 220,000
  auto error_of = [&facts_of](const std::string& json) {
    OfferResult o = facts_of(json);
    return o.errors.empty() ? std::string() : o.errors.front().message;
  };
  CHECK(error_of(R"({"comp": {"base": {"value": 200000, "low": 210000, "high": 260000}}})") ==
        "$.comp.base: the range must hold the value: low 210,000 <= value 200,000 <= high 260,000 does not hold");
  CHECK(error_of(R"({"comp": {"base": {"value": 200000, "low": 150000}}})") ==
        "$.comp.base: a range needs both \"low\" and \"high\" (found only \"low\")");
  CHECK(error_of(R"({"comp": {"base": {"value": 200000, "low": "150k", "high": 260000}}})") ==
        "$.comp.base.low: expected a number, found string \"150k\"");
  CHECK(error_of(R"({"comp": {"base": {"low": 150000, "high": 260000}}})") ==
        "$.comp.base: a range needs the \"value\" a normal run uses");
  CHECK(error_of(R"({"comp": {"base": 1}, "level": {"value": "x", "low": 1, "high": 2}})") ==
        "$.level: \"low\" and \"high\" give a range, which only a numeric field can have ($.level is text)");
  CHECK(error_of(R"({"comp": {"base": {"value": 2, "low": 1, "high": 3, "high": 4}}})") ==
        "$.comp.base: duplicate key \"high\"");
}

TEST_CASE("robustness: percent ranges are read in percent points", "[robustness][input]") {
  auto rubric = compile_ok(R"(rubric "R"
offer { bonus : percent negotiable }
criterion pay "Pay" weight 100 { score bonus * 10 }
)");
  CHECK(rubric->schema().fields.front().negotiable);
  const auto path = std::filesystem::temp_directory_path() / "rubric-robustness-percent.json";
  {
    std::ofstream out(path);
    out << R"({"bonus": {"value": 10, "low": 5, "high": 20}})";
  }
  TracedRun traced = run_traced(*rubric, {path.string()});
  std::filesystem::remove(path);
  REQUIRE(traced.facts.size() == 1);
  REQUIRE(traced.facts[0].ranges.size() == 1);
  CHECK(traced.facts[0].ranges[0].field == 0);
  CHECK(traced.facts[0].ranges[0].low == Approx(0.05));
  CHECK(traced.facts[0].ranges[0].high == Approx(0.20));
  CHECK(traced.facts[0].numbers[0] == Approx(0.10));
}

TEST_CASE("robustness: negotiation targets rank the offer first, and barely", "[robustness][targets]") {
  auto rubric = fixture_rubric();
  TracedRun traced = run_traced(*rubric, fixture_inputs());
  add_negotiation_targets(*rubric, traced);
  const RunResult& run = traced.output.run;
  REQUIRE(run.decision.recommended);
  std::size_t checked = 0;
  for (const auto& o : run.offers) {
    if (o.id == *run.decision.recommended) {
      CHECK(o.to_first.empty());
      continue;
    }
    REQUIRE(o.to_first.size() == 2);
    CHECK(o.to_first[0].path == "comp.base");
    CHECK(o.to_first[1].path == "comp.sign_on");
    for (const auto& t : o.to_first) {
      CHECK(t.ahead_of == *run.decision.recommended);
      if (o.vetoed) CHECK_FALSE(t.value);
      if (!t.value) continue;
      ++checked;
      // Re-run with the target and just under it (0.25%, beyond the search's 0.1% and its rounding).
      for (double factor : {1.0, 0.9975}) {
        TracedRun probe = traced;
        const auto field = t.path == "comp.base" ? 0u : 1u;
        probe.facts[o.ordinal].numbers[field] = *t.value * factor;
        std::vector<OfferResult> results(probe.facts.size());
        Evaluator evaluator(rubric->plan());
        for (std::size_t i = 0; i < probe.facts.size(); ++i) evaluator.evaluate(probe.facts[i], nullptr, results[i]);
        RunResult ranked = rank(rubric->plan(), std::move(results));
        const bool first = ranked.decision.recommended && *ranked.decision.recommended == o.id;
        CHECK(first == (factor == 1.0));
      }
    }
  }
  CHECK(checked >= 2);
}
