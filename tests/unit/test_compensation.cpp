// Compensation (docs/language.md, "Currencies" and "Grants"): every row of the worked-numbers table of
// the design brief (copied here: tests never read ../shared), conversion at declared and --rate rates,
// and the per-offer errors of missing rates and invalid grants.
#include "test_eval_support.hpp"

using namespace rubric;
using namespace rubric::test;
using Catch::Matchers::Equals;

namespace {

// Each weight-0 criterion reports one value as its raw score: y1..y5 is vested() per year, t2
// vested_through(2), gv grant_value, base the converted base.
const char* kGrantRubric = R"(rubric "Grants"
scale 0..10
currency USD
rates as of "2026-11-30" {
  EUR = 1.08
  GBP = 1.27
}
offer {
  comp.base   : money
  comp.equity : grant = 0
  year        : number = 1
}
criterion pay "Pay" weight 100 { score 5 }
criterion y1 "Year 1" weight 0 { score vested(comp.equity, 1) }
criterion y2 "Year 2" weight 0 { score vested(comp.equity, 2) }
criterion y3 "Year 3" weight 0 { score vested(comp.equity, 3) }
criterion y4 "Year 4" weight 0 { score vested(comp.equity, 4) }
criterion y5 "Year 5" weight 0 { score vested(comp.equity, 5) }
criterion t2 "Through year 2" weight 0 { score vested_through(comp.equity, 2) }
criterion gv "Grant value" weight 0 { score grant_value(comp.equity) }
criterion base "Base" weight 0 { score comp.base }
criterion any "Any year" weight 0 { score vested(comp.equity, year) }
)";

double raw(const OfferResult& o, const std::string& id) { return criterion(o, id).raw_score; }

std::vector<double> years(const OfferResult& o) { return {raw(o, "y1"), raw(o, "y2"), raw(o, "y3"), raw(o, "y4")}; }

const OfferResult& scored(const RunOutput& out, const std::string& id) {
  const OfferResult& o = offer(out.run, id);
  INFO(id << ": " << (o.errors.empty() ? std::string() : o.errors.front().message));
  REQUIRE(o.scored);
  return o;
}

std::vector<std::string> first_error(const RunOutput& out, const std::string& id) {
  const OfferResult& o = offer(out.run, id);
  CHECK_FALSE(o.scored);
  return o.errors.empty() ? std::vector<std::string>{} : std::vector<std::string>{o.errors.front().message};
}

}  // namespace

TEST_CASE("brief table row 1: RSU 240,000 EUR at 1.08, 4 years, cliff 12, 5/15/40/40", "[compensation]") {
  auto rubric = compile_ok(kGrantRubric);
  RunOutput out = score(*rubric, {R"({"id": "berlin", "currency": "EUR", "comp": {"base": 95000, "equity":
      {"rsu": 240000, "vesting": {"years": 4, "cliff_months": 12, "schedule": [5, 15, 40, 40]}}}})"});
  const OfferResult& o = scored(out, "berlin");
  CHECK_THAT(years(o), Equals(std::vector<double>{12960, 38880, 103680, 103680}));
  CHECK(raw(o, "y5") == 0);
  CHECK(raw(o, "t2") == 51840);
  CHECK(raw(o, "gv") == 259200);
  CHECK(raw(o, "base") == 102600);  // 95,000 EUR at 1.08
}

TEST_CASE("brief table row 2: RSU 200,000 USD, 4 years, cliff 18, even", "[compensation]") {
  auto rubric = compile_ok(kGrantRubric);
  RunOutput out = score(*rubric, {R"({"id": "cliff18", "comp": {"base": 100000, "equity":
      {"rsu": 200000, "currency": "USD", "vesting": {"years": 4, "cliff_months": 18}}}})"});
  const OfferResult& o = scored(out, "cliff18");
  CHECK_THAT(years(o), Equals(std::vector<double>{0, 100000, 50000, 50000}));
  CHECK(raw(o, "y5") == 0);
}

TEST_CASE("brief table row 3: options 40,000 x (3.10 - 1.20), 4 years, cliff 12, even", "[compensation]") {
  auto rubric = compile_ok(kGrantRubric);
  RunOutput out = score(*rubric, {R"({"id": "startup", "comp": {"base": 150000, "equity":
      {"options": 40000, "strike": 1.20, "price": 3.10, "vesting": {"years": 4, "cliff_months": 12}}}})"});
  const OfferResult& o = scored(out, "startup");
  CHECK_THAT(years(o), Equals(std::vector<double>{19000, 19000, 19000, 19000}));
  CHECK(raw(o, "y5") == 0);
  CHECK(raw(o, "gv") == 76000);
}

TEST_CASE("brief table row 4: options under water, 40,000 x (1.00 - 1.20), are worth 0", "[compensation]") {
  auto rubric = compile_ok(kGrantRubric);
  RunOutput out = score(*rubric, {R"({"id": "underwater", "comp": {"base": 150000, "equity":
      {"options": 40000, "strike": 1.20, "price": 1.00}}})"});
  const OfferResult& o = scored(out, "underwater");
  CHECK_THAT(years(o), Equals(std::vector<double>{0, 0, 0, 0}));
  CHECK(raw(o, "y5") == 0);
  CHECK(raw(o, "gv") == 0);
}

TEST_CASE("a base of 95,000 EUR is 102,600 at 1.08 and 104,500 with --rate EUR=1.10", "[compensation]") {
  const std::string offer = R"({"id": "berlin", "comp": {"base": {"value": 95000, "currency": "EUR",
      "source": "offer letter"}}})";
  auto declared = compile_ok(kGrantRubric);
  CHECK(raw(scored(score(*declared, {offer}), "berlin"), "base") == 102600);
  CompileOptions options;
  options.rates.push_back(RateOverride{"EUR", 1.10});
  auto what_if = compile_ok(kGrantRubric, options);
  CHECK(raw(scored(score(*what_if, {offer}), "berlin"), "base") == 104500);
  CHECK(what_if->weight_note() == "rates changed for --rate EUR=1.1 (declared 1.08)");
}

TEST_CASE("a --rate must name a declared currency and give a positive rate", "[compensation]") {
  CompileOptions options;
  options.rates.push_back(RateOverride{"CHF", 1.1});
  CompileOutput out = compile_rubric_text("eval.rubric", kGrantRubric, options);
  CHECK_FALSE(out.rubric);
  CHECK_THAT(out.format(),
             Catch::Matchers::Contains("--rate CHF=1.1: the rubric declares no rate for CHF (rates: EUR, GBP)"));
}

TEST_CASE("a currency without a rate is an error of that offer alone, naming the path", "[compensation]") {
  auto rubric = compile_ok(kGrantRubric);
  RunOutput out = score(*rubric,
                        {R"({"id": "zurich", "currency": "CHF", "comp": {"base": 100000}})",
                         R"({"id": "london", "comp": {"base": {"value": 90000, "currency": "SEK"}}})",
                         R"({"id": "quiet", "currency": "CHF", "comp": {"base": {"value": 1, "currency": "USD"}}})",
                         R"({"id": "fine", "comp": {"base": 100000}})"});
  CHECK_THAT(first_error(out, "zurich"),
             Equals(std::vector<std::string>{"$.comp.base: no rate for CHF (add it to rates { })"}));
  CHECK_THAT(first_error(out, "london"),
             Equals(std::vector<std::string>{"$.comp.base: no rate for SEK (add it to rates { })"}));
  // Never a silent default: an offer currency without a rate is an error even when no fact uses it.
  CHECK_THAT(first_error(out, "quiet"),
             Equals(std::vector<std::string>{"$.currency: no rate for CHF (add it to rates { })"}));
  CHECK(offer(out.run, "fine").scored);
  CHECK(out.run.any_errors());
}

TEST_CASE("a currency code is three capital letters", "[compensation]") {
  auto rubric = compile_ok(kGrantRubric);
  RunOutput out = score(*rubric, {R"({"id": "a", "currency": "eur", "comp": {"base": 1}})",
                                  R"({"id": "b", "comp": {"base": {"value": 1, "currency": 5}}})"});
  CHECK_THAT(first_error(out, "a"),
             Equals(std::vector<std::string>{
                 "$.currency: expected a currency code (three capital letters, like EUR), found \"eur\""}));
  CHECK_THAT(first_error(out, "b"),
             Equals(std::vector<std::string>{
                 "$.comp.base.currency: expected a currency code (three capital letters, like EUR), found number 5"}));
}

TEST_CASE("invalid grants are errors of their offer, naming the path", "[compensation]") {
  auto rubric = compile_ok(kGrantRubric);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"rsu": 1000, "vesting": {"years": 4, "schedule": [25, 25, 50]}})",
       "$.comp.equity.vesting.schedule: has 3 entries for 4 years (one percentage per year)"},
      {R"({"rsu": 1000, "vesting": {"years": 4, "schedule": [25, 25, 25, 20]}})",
       "$.comp.equity.vesting.schedule: sums to 95, not 100"},
      {R"({"rsu": 1000, "vesting": {"years": 0}})",
       "$.comp.equity.vesting.years: expected a whole number of years from 1 to 10, found 0"},
      {R"({"rsu": 1000, "vesting": {"years": 2, "cliff_months": 30}})",
       "$.comp.equity.vesting.cliff_months: expected a whole number of months from 0 to 24 (12 x 2 years), found 30"},
      {R"({"rsu": -5})", "$.comp.equity.rsu: must not be negative, found -5"},
      {R"({"options": 100, "strike": -1, "price": 2})", "$.comp.equity.strike: must not be negative, found -1"},
      {R"({"rsu": 1000, "options": 10, "strike": 1, "price": 2})",
       "$.comp.equity: a grant is either \"rsu\" or \"options\", not both"},
      {R"({"options": 100, "price": 2})", "$.comp.equity: options need \"strike\" and \"price\" (missing \"strike\")"},
      {R"({"options": 100, "strike": 2})", "$.comp.equity: options need \"strike\" and \"price\" (missing \"price\")"},
      {R"({"vesting": {"years": 4}})",
       "$.comp.equity: a grant needs \"rsu\" (an amount) or \"options\" (a count, with \"strike\" and \"price\")"},
      {R"(12)", "$.comp.equity: expected a grant ({\"rsu\": AMOUNT} or {\"options\": COUNT, \"strike\": S, \"price\": "
                "P}) or 0 for none, found number 12"},
      {R"({"rsu": "lots"})", "$.comp.equity.rsu: expected a number, found string \"lots\""},
      {R"({"rsu": 1000, "currency": "GBX"})", "$.comp.equity: no rate for GBX (add it to rates { })"},
  };
  for (const auto& [grant, message] : cases) {
    INFO(grant);
    RunOutput out = score(*rubric, {R"({"id": "bad", "comp": {"base": 1, "equity": )" + grant + "}}",
                                    R"({"id": "good", "comp": {"base": 1, "equity": 0}})"});
    CHECK_THAT(first_error(out, "bad"), Equals(std::vector<std::string>{message}));
    CHECK(offer(out.run, "good").scored);
  }
}

TEST_CASE("a vesting year that is not a whole number from 1 is an error of that offer", "[compensation]") {
  auto rubric = compile_ok(kGrantRubric);
  RunOutput out = score(*rubric, {R"({"id": "half", "year": 1.5, "comp": {"base": 1, "equity": {"rsu": 100}}})",
                                  R"({"id": "zero", "year": 0, "comp": {"base": 1}})",
                                  R"({"id": "late", "year": 1000000, "comp": {"base": 1, "equity": {"rsu": 100}}})"});
  CHECK_THAT(first_error(out, "half"),
             Equals(std::vector<std::string>{
                 "the vesting year is not a whole number from 1 at eval.rubric:22:63 (criterion any)"}));
  CHECK_FALSE(offer(out.run, "zero").scored);
  CHECK(raw(scored(out, "late"), "any") == 0);  // after the last year nothing vests
}

TEST_CASE("no grant and a missing grant vest nothing", "[compensation]") {
  auto rubric = compile_ok(kGrantRubric);
  RunOutput out = score(
      *rubric, {R"({"id": "zero", "comp": {"base": 1, "equity": 0}})", R"({"id": "absent", "comp": {"base": 1}})"});
  for (const char* id : {"zero", "absent"}) {
    const OfferResult& o = scored(out, id);
    CHECK_THAT(years(o), Equals(std::vector<double>{0, 0, 0, 0}));
    CHECK(raw(o, "gv") == 0);
  }
}

TEST_CASE("a cliff inside a year vests what accrued by month", "[compensation]") {
  Grant g;
  g.kind = GrantKind::rsu;
  g.value = 120000;
  g.years = 4;
  g.cliff_months = 6;
  even_schedule(g);
  CHECK(vested_by_month(g, 5) == 0);
  CHECK(vested_by_month(g, 6) == 15000);  // half of year 1's 30,000 at the cliff
  CHECK(vested_by_month(g, 7) == 17500);
  CHECK(vested_in_year(g, 1) == 30000);
  CHECK(vested_through_year(g, 4) == 120000);
  CHECK(vested_in_year(g, 5) == 0);
}
