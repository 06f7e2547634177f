// The brief's acceptance case end to end: docs/language.md section 1's rubric and
// section 8's two offers give exactly expected.json's numbers.
#include <nlohmann/json.hpp>

#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;
using Catch::Matchers::Equals;

namespace {

// expected.json rounds to 7 decimals.
constexpr double kExpectedPrecision = 1e-6;

struct Core {
  std::shared_ptr<const CompiledRubric> rubric;
  RunOutput out;
};

Core score_core() {
  Core core;
  core.rubric = compile_ok(read_project_file("rules/platform-reliability.rubric"));
  core.out = run_texts(
      *core.rubric, {"offers/northwind.json", "offers/lumen.json"},
      {read_project_file("examples/offers/northwind.json"), read_project_file("examples/offers/lumen.json")});
  return core;
}

}  // namespace

TEST_CASE("the core example matches expected.json", "[eval][decision]") {
  Core core = score_core();
  const RunResult& run = core.out.run;
  auto expected = nlohmann::json::parse(read_project_file("tests/data/core/expected.json"));
  REQUIRE(run.offers.size() == 2);
  CHECK_FALSE(run.any_errors());
  for (const auto& [id, want] : expected["offers"].items()) {
    INFO("offer " << id);
    const OfferResult& o = offer(run, id);
    REQUIRE(o.scored);
    CHECK(o.total == Approx(want["total"].get<double>()).margin(kExpectedPrecision));
    CHECK(o.weighted == Approx(want["weighted"].get<double>()).margin(kExpectedPrecision));
    CHECK(o.rank == want["rank"].get<int>());
    for (const auto& [cid, score] : want["criteria"].items())
      CHECK(criterion(o, cid).score == Approx(score.get<double>()).margin(kExpectedPrecision));
    CHECK(flag_ids(o) == want["flags"].get<std::vector<std::string>>());
    std::vector<std::string> unconfirmed;
    for (const auto& c : o.confirms)
      if (!c.confirmed) unconfirmed.push_back(c.id);
    CHECK(unconfirmed == want["unconfirmed"].get<std::vector<std::string>>());
    REQUIRE(o.asks.size() == want["asks"].size());
    for (const auto& ask : o.asks) {
      const auto& range = want["asks"].at(ask.id);
      CHECK(ask.range.has_value() == !range.is_null());
      if (!range.is_null()) {
        CHECK(ask.range->first == Approx(range[0].get<double>()).margin(kExpectedPrecision));
        CHECK(ask.range->second == Approx(range[1].get<double>()).margin(kExpectedPrecision));
      }
    }
  }
  const auto& d = expected["decision"];
  REQUIRE(run.decision.recommended);
  CHECK(*run.decision.recommended == d["recommended"].get<std::string>());
  REQUIRE(run.decision.margin);
  CHECK(*run.decision.margin == Approx(d["margin"].get<double>()).margin(kExpectedPrecision));
  CHECK(run.decision.close_call == d["close_call"].get<bool>());
  CHECK(run.decision.runner_up == std::optional<std::string>("lumen"));
  CHECK_FALSE(run.decision.tie);
  CHECK(run.decision.summary == "Recommend northwind: total 7.84, 4.04 ahead of lumen.");
}

TEST_CASE("the core example's numbers are exact to the last bit in design.md's operation order", "[eval]") {
  Core core = score_core();
  const OfferResult& north = offer(core.out.run, "northwind");
  const OfferResult& lumen = offer(core.out.run, "lumen");
  // vested(comp.equity, 1): a 200,000 RSU grant, even over 4 years behind a 12-month cliff, vests 25% in year 1.
  const double total_comp = 182000 * (1 + 10.0 / 100) + 200000.0 * 25 / 100 + 20000.0 / 4;
  const double pay = 0 + (total_comp - 150000) * (10 - 0) / (350000 - 150000);
  CHECK(criterion(north, "pay").score == pay);
  CHECK(north.weighted == (30 * 10 + 25 * pay + 20 * 9 + 15 * 5.5 + 10 * 9.0) / 100);
  CHECK(north.total == north.weighted);
  CHECK(criterion(lumen, "risk").score == 1 + (14.0 - 6) * (5 - 1) / (18 - 6));
  CHECK(lumen.total == lumen.weighted - (1.5 + 0.5));
  CHECK(north.asks.at(0).range->first == total_comp * 1.08);
  CHECK(north.asks.at(0).range->second == total_comp * 1.15);
}

TEST_CASE("reasons are the arms taken, then the declaration's own because, interpolated", "[eval]") {
  Core core = score_core();
  const OfferResult& north = offer(core.out.run, "northwind");
  const OfferResult& lumen = offer(core.out.run, "lumen");
  CHECK_THAT(criterion(north, "scope").because, Equals(std::vector<std::string>{"owns org-wide technical direction"}));
  CHECK_THAT(criterion(north, "pay").because,
             Equals(std::vector<std::string>{"first-year total compensation 255,200"}));
  CHECK_THAT(criterion(north, "team").because, Equals(std::vector<std::string>{"4 senior engineers in a team of 10"}));
  CHECK(criterion(north, "burden").because.empty());
  CHECK_THAT(criterion(lumen, "scope").because,
             Equals(std::vector<std::string>{"owns decisions across several teams"}));
  REQUIRE(lumen.flags.size() == 3);
  CHECK_THAT(lumen.flags[0].because, Equals(std::vector<std::string>{"4 on-call weeks a quarter and no second line"}));
  CHECK_THAT(lumen.flags[1].because,
             Equals(std::vector<std::string>{"equity is 52.2% of the first-year total at a seed company"}));
  CHECK(lumen.flags[2].because.empty());
  CHECK(lumen.flags[0].penalty == 1.5);
  CHECK(lumen.flags[0].severity == Severity::critical);
  CHECK(lumen.flags[1].label == "Package assumes unrealistic equity outcomes");
  CHECK_FALSE(lumen.flags[2].cap);
  REQUIRE(north.asks.size() == 1);
  CHECK_THAT(north.asks[0].because,
             Equals(std::vector<std::string>{"the role owns org-level decisions and pay scores 5.26 of 10"}));
  CHECK(north.asks[0].range_type == TypeKind::money);
  CHECK_THAT(north.asks[0].cite, Equals(std::vector<std::string>{"reliability", "incidents"}));
  REQUIRE(lumen.asks.size() == 1);
  CHECK(lumen.asks[0].id == "scope_in_writing");
  CHECK_FALSE(lumen.asks[0].range);
  CHECK_THAT(lumen.asks[0].because, Equals(std::vector<std::string>{"ownership boundaries are not yet written down"}));
}

TEST_CASE("facts used, lets and confirms are reported per offer", "[eval]") {
  Core core = score_core();
  const OfferResult& north = offer(core.out.run, "northwind");
  const auto& pay = criterion(north, "pay");
  std::vector<std::string> paths, values;
  for (const auto& f : pay.facts) {
    paths.push_back(f.path);
    values.push_back(f.value);
  }
  CHECK_THAT(paths, Equals(std::vector<std::string>{"comp.base", "comp.bonus_pct", "comp.equity", "comp.sign_on"}));
  CHECK_THAT(values, Equals(std::vector<std::string>{"182,000", "10%", "200,000", "20,000"}));
  const auto& burden = criterion(north, "burden");
  REQUIRE(burden.facts.size() == 2);
  CHECK(burden.facts[1].path == "oncall.support");
  CHECK(burden.facts[1].value == "secondary");
  CHECK_FALSE(burden.facts[1].defaulted);
  CHECK(pay.weight == 25);
  CHECK(pay.contribution == Approx(1.315));
  CHECK_FALSE(pay.clamped);
  REQUIRE(north.lets.size() == 3);
  CHECK(north.lets[0].name == "total_comp");
  CHECK(north.lets[0].rendered == "255,200");
  CHECK(north.lets[2].rendered == "0.4");
  const OfferResult& lumen = offer(core.out.run, "lumen");
  CHECK(lumen.lets[1].rendered == "52.2%");
  REQUIRE(lumen.flags.size() == 3);
  std::vector<std::string> equity_facts;
  for (const auto& f : lumen.flags[1].facts) equity_facts.push_back(f.path);
  CHECK_THAT(equity_facts, Equals(std::vector<std::string>{"comp.equity", "comp.base", "comp.bonus_pct", "comp.sign_on",
                                                           "company_info.stage"}));
  REQUIRE(lumen.confirms.size() == 2);
  CHECK(lumen.confirms[0].id == "written_scope");
  CHECK_FALSE(lumen.confirms[0].confirmed);
  CHECK(lumen.confirms[1].confirmed);
  CHECK(lumen.company == "Lumen Labs");
  CHECK(core.out.run.title == "Platform reliability offers");
  REQUIRE(core.out.run.criteria.size() == 5);
  CHECK(core.out.run.criteria[1].label == "Compensation");
  CHECK(core.out.run.weight_note.empty());
}
