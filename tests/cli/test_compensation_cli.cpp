// End-to-end runs of compensation on the command line: `--rate` on eval, explain and report (what-if
// rates, usage errors), and `rubric schema` for grants and per-fact currencies. The worked numbers are
// those of the design brief's table (copied here: tests never read ../shared).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_cli_sandbox.hpp"

using nlohmann::json;
using namespace rubric::test;

namespace {

const char* kRatesRubric = R"(rubric "Rates"
scale 0..10
currency USD
rates as of "2026-11-30" {
  EUR = 1.08
  GBP = 1.27
}
offer {
  comp.base   : money
  comp.equity : grant = 0
}
criterion pay "Pay" weight 100 { score comp.base / 20000 }
criterion gv "Grant value" weight 0 { score grant_value(comp.equity) }
criterion y1 "Year 1" weight 0 { score vested(comp.equity, 1) }
)";

const char* kBerlin = R"({"id": "berlin", "currency": "EUR", "comp": {"base": 95000, "equity":
  {"rsu": 240000, "vesting": {"years": 4, "cliff_months": 12, "schedule": [5, 15, 40, 40]}}}})";

/// Writes the rubric and the Berlin offer into the sandbox.
void setup(Sandbox& box) {
  write(box.dir / "rates.rubric", kRatesRubric);
  write(box.dir / "berlin.json", kBerlin);
}

/// Returns the raw score of criterion `id` of the first offer of `eval --format json` output (the JSON
/// has raw_score only when the score was clamped; otherwise it is the score).
double raw(const json& out, const std::string& id) {
  for (const auto& c : out["offers"][0]["criteria"])
    if (c["id"] == id) return c.contains("raw_score") ? c["raw_score"].get<double>() : c["score"].get<double>();
  FAIL("no criterion " << id);
  return 0;
}

}  // namespace

TEST_CASE("eval converts at the declared rate and at --rate, the other rates unchanged", "[compensation][e2e]") {
  Sandbox box;
  setup(box);
  REQUIRE(box.run("eval rates.rubric berlin.json --format json") == 0);
  const json declared = json::parse(box.out);
  CHECK(raw(declared, "gv") == 259200);  // 240,000 EUR at 1.08
  CHECK(raw(declared, "y1") == 12960);   // 5% after the one-year cliff
  CHECK(raw(declared, "pay") == 102600 / 20000.0);
  REQUIRE(box.run("eval rates.rubric berlin.json --format json --rate EUR=1.10") == 0);
  const json what_if = json::parse(box.out);
  CHECK(raw(what_if, "gv") == 264000);
  CHECK(raw(what_if, "y1") == 13200);
  CHECK(raw(what_if, "pay") == 104500 / 20000.0);
  REQUIRE(box.run("eval rates.rubric berlin.json --format json --rate GBP=2") == 0);
  CHECK(raw(json::parse(box.out), "gv") == 259200);  // EUR keeps its declared rate
}

TEST_CASE("explain shows the original amount, currency and rate, also under --rate", "[compensation][e2e]") {
  Sandbox box;
  setup(box);
  REQUIRE(box.run("explain rates.rubric berlin.json") == 0);
  CHECK(contains(box.out, "95,000 EUR at 1.08"));
  REQUIRE(box.run("explain rates.rubric berlin.json --rate EUR=1.1") == 0);
  CHECK(contains(box.out, "95,000 EUR at 1.1"));
  CHECK_FALSE(contains(box.out, "at 1.08"));
}

TEST_CASE("usage errors of --rate name the argument and score nothing", "[compensation][e2e]") {
  Sandbox box;
  setup(box);
  CHECK(box.run("eval rates.rubric berlin.json --rate EUR") != 0);
  CHECK(contains(box.err, "--rate 'EUR': expected CODE=R, e.g. EUR=1.10"));
  CHECK(box.out.empty());
  CHECK(box.run("eval rates.rubric berlin.json --rate eur=1.1") != 0);
  CHECK(contains(box.err, "'eur' is not a currency code"));
  CHECK(box.run("eval rates.rubric berlin.json --rate EUR=0") != 0);
  CHECK(contains(box.err, "a rate must be a positive number"));
  CHECK(box.run("eval rates.rubric berlin.json --rate EUR=1.1 --rate EUR=1.2") != 0);
  CHECK(contains(box.err, "EUR is given twice"));
  CHECK(box.run("report rates.rubric berlin.json --rate CHF=1.1") != 0);
  CHECK(contains(box.err, "the rubric declares no rate for CHF (rates: EUR, GBP)"));
}

TEST_CASE("schema: a grant is 0 or an RSU or options object; money takes its own currency", "[compensation][e2e]") {
  Sandbox box;
  setup(box);
  REQUIRE(box.run("schema rates.rubric") == 0);
  const json schema = json::parse(box.out);
  const json& comp = schema["properties"]["comp"]["properties"];
  const json& grant = comp["equity"]["anyOf"][0]["anyOf"];
  CHECK(grant[0]["const"] == 0);
  CHECK(grant[1]["properties"].contains("rsu"));
  CHECK(grant[1]["properties"].contains("options"));
  CHECK(grant[1]["properties"]["vesting"]["properties"].contains("schedule"));
  CHECK(comp["base"]["anyOf"][1]["properties"]["currency"]["$ref"] == "#/$defs/currency");
  CHECK(schema["properties"]["currency"]["$ref"] == "#/$defs/currency");
  CHECK(schema["$defs"]["currency"]["enum"] == json::array({"USD", "EUR", "GBP"}));
  CHECK(contains(comp["equity"]["description"], "grant: 0 (none)"));
}
