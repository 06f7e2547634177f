// End-to-end runs of `rubric test --update` (snapshot workflow) and `rubric test --coverage`.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_cli_sandbox.hpp"

using nlohmann::json;
using namespace rubric::test;

namespace {

// Two tests: the first already right, the second wrong in a criterion, the flags and the decision; an
// empty expectation for lumen in the third gets the main keys.
const std::string kWrong = R"({"tests": [
  {"name": "right", "offers": ["offers/northwind.json"], "expect": {"northwind": {"criteria": {"scope": 10}}}},
  {"name": "wrong", "offers": ["offers/northwind.json", "offers/lumen.json"],
   "expect": {"northwind": {"criteria": {"pay": 6}}, "lumen": {"flags": ["heavy_oncall"]},
              "decision": {"recommended": "lumen"}}},
  {"name": "empty", "offers": ["offers/lumen.json"], "expect": {"lumen": {}}}
]}
)";

}  // namespace

TEST_CASE("test --update: rewrites the named tests' expectations, shows the diff, then passes", "[authoring][e2e]") {
  Sandbox box;
  write(box.dir / "t.json", kWrong);
  REQUIRE(box.run("test '" + kRubric + "' t.json") == 1);

  REQUIRE(box.run("test --update --name wrong '" + kRubric + "' t.json") == 0);
  CHECK(contains(box.out, "--- t.json\n+++ t.json (updated)\n"));
  CHECK(contains(box.out, "+        \"northwind\": {\"criteria\": {\"pay\": 5.26}},"));
  CHECK(contains(box.out, "t.json: 1 test updated\n"));
  const json after = json::parse(read(box.dir / "t.json"));
  const json& wrong = after["tests"][1]["expect"];
  CHECK(wrong["northwind"]["criteria"]["pay"] == 5.26);  // hand-checked: 255,200 on 150k => 0, 350k => 10
  CHECK(wrong["lumen"]["flags"] == json({"equity_bet", "heavy_oncall", "vague_leveling"}));
  CHECK(wrong["decision"] == json({{"recommended", "northwind"}}));
  CHECK(after["tests"][2]["expect"]["lumen"].empty());  // not named: untouched
  CHECK(after["tests"][0]["expect"]["northwind"]["criteria"]["scope"] == 10);

  // Every test: the empty expectation gets scored, total, rank, vetoed and flags.
  REQUIRE(box.run("test --update '" + kRubric + "' t.json") == 0);
  CHECK(contains(box.out, "t.json: 3 tests updated\n"));
  const json lumen = json::parse(read(box.dir / "t.json"))["tests"][2]["expect"]["lumen"];
  CHECK(lumen["scored"] == true);
  CHECK(lumen["rank"] == 1);
  CHECK(lumen["vetoed"] == false);
  CHECK(lumen["total"].get<double>() == Approx(3.8).margin(0.005));
  REQUIRE(box.run("test '" + kRubric + "' t.json") == 0);
  CHECK(box.out == "3 passed, 0 failed\n");

  // Nothing left to change: no diff, the file is the same.
  const std::string before = read(box.dir / "t.json");
  REQUIRE(box.run("test --update '" + kRubric + "' t.json") == 0);
  CHECK(box.out == "t.json: 3 tests updated\n");
  CHECK(read(box.dir / "t.json") == before);
}

TEST_CASE("test --update: a file that is not valid or an unknown test name is never touched", "[authoring][e2e]") {
  Sandbox box;
  const std::string invalid = R"({"tests": [{"name": "t", "offers": ["offers/northwind.json"],
    "expect": {"northwind": {"totl": 1}}}]})";
  write(box.dir / "bad.json", invalid);
  REQUIRE(box.run("test --update '" + kRubric + "' bad.json") == 2);
  CHECK(contains(box.err, "$.tests[0].expect.northwind.totl: unknown key"));
  CHECK(read(box.dir / "bad.json") == invalid);

  write(box.dir / "t.json", kWrong);
  REQUIRE(box.run("test --update --name nope '" + kRubric + "' t.json") == 2);
  CHECK(contains(box.err, "t.json: no test is named \"nope\""));
  CHECK(read(box.dir / "t.json") == kWrong);

  const std::string ghost = R"({"tests": [{"name": "t", "offers": ["offers/northwind.json"],
    "expect": {"lumen": {"total": 1}}}]})";
  write(box.dir / "ghost.json", ghost);
  REQUIRE(box.run("test --update '" + kRubric + "' ghost.json") == 2);
  CHECK(contains(box.err, "$.tests[0].expect.lumen: no offer of this test has id \"lumen\""));
  CHECK(read(box.dir / "ghost.json") == ghost);

  REQUIRE(box.run("test --name wrong '" + kRubric + "' t.json") == 2);  // --name needs --update
}

TEST_CASE("test --coverage: branches, flags, confirms and asks exercised, as text and JSON", "[authoring][e2e]") {
  Sandbox box;
  write(box.dir / "n.json",
        R"({"tests": [{"name": "n", "offers": ["offers/northwind.json"], "expect": {"northwind": {"rank": 1}}}]})");
  REQUIRE(box.run("test --coverage '" + kRubric + "' n.json") == 0);
  // Northwind: org scope, senior ratio 0.5 (the first `when`), support not "none", no flag raised.
  CHECK(contains(box.out, "1 passed, 0 failed\n"));
  CHECK(contains(box.out, "   line   37  criterion scope: match scope.level \"org\" (1)\n"));
  CHECK(contains(box.out, "!! line   38  criterion scope: match scope.level \"multi-team\" (0)\n"));
  CHECK(contains(box.out, "   line   49  criterion team: when senior_ratio >= 0.3 (1)\n"));
  CHECK(contains(box.out, "!! line   51  criterion team: when else (0)\n"));
  CHECK(contains(box.out, "   line   56  criterion burden: if else (1)\n"));
  CHECK(contains(box.out, "!! line   63  flag heavy_oncall: raised (0)\n"));
  CHECK(contains(box.out, "   line   63  flag heavy_oncall: not raised (1)\n"));
  CHECK(contains(box.out, "   line   79  confirm written_scope: confirmed (1)\n"));
  CHECK(contains(box.out, "   line   87  ask pay_alignment: raised (1)\n"));
  CHECK(box.out.ends_with("coverage: 11 of 24 exercised (45.8%)\n"));

  // Both offers exercise more; JSON on standard output, the count on standard error.
  write(box.dir / "both.json", R"({"tests": [{"name": "b", "offers": ["offers/northwind.json", "offers/lumen.json"],
    "expect": {"decision": {"recommended": "northwind"}}}]})");
  REQUIRE(box.run("test --coverage --format json '" + kRubric + "' both.json") == 0);
  CHECK(box.err == "1 passed, 0 failed\n");
  const json doc = json::parse(box.out);
  CHECK(doc["total"] == 24);
  std::size_t covered = 0;
  for (const auto& item : doc["items"]) {
    covered += item["hits"].get<int>() > 0 ? 1 : 0;
    if (item["declaration"] == "equity_bet" && item["item"] == "raised") CHECK(item["hits"] == 1);
    if (item["declaration"] == "team" && item["item"] == "when else") CHECK(item["hits"] == 1);  // lumen 1 of 6
  }
  CHECK(doc["covered"] == covered);
  REQUIRE(box.run("test --format json '" + kRubric + "' both.json") == 2);  // --format needs --coverage
}
