// The `rubric test` library parts that sit behind --update and --coverage: rewriting expectations from the
// current results, and listing and counting what tests exercise.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <rubric/testing.hpp>
#include "test_eval_support.hpp"

using namespace rubric;
using rubric::test::compile_ok;

namespace {

const char* kSmall = R"(rubric "Small"
offer {
  a : number
  level : "high" | "low"
  ok : bool = false
}
let half = if a > 10 then a / 2 else a
criterion c "C" weight 100 {
  score match level {
    "high" => 8
    "low"  => 2
  }
}
flag big "Big" warning {
  when a > 100
  penalty 1
}
confirm signed "Signed" {
  when ok
}
ask more "More" {
  when c < 5
  range half .. half * 2
}
)";

}  // namespace

TEST_CASE("update: written keys get the current values, empty expectations the main keys", "[testing]") {
  auto rubric = compile_ok(kSmall);
  const std::string file = R"({"tests": [
    {"name": "one", "offers": [{"id": "x", "a": 20, "level": "low"}, {"id": "y", "a": 200, "level": "high"}],
     "expect": {"x": {"criteria": {"c": 9}, "asks": {"more": false}, "confirm": {"signed": true}},
                "y": {}, "decision": {}}},
    {"name": "two", "offers": [{"id": "z", "a": 1, "level": "high"}], "expect": {"z": {"total": 0}}}]})";
  const TestUpdate only_one = update_test_text(*rubric, "t.json", file, {"one"});
  REQUIRE(only_one.errors.empty());
  CHECK(only_one.updated == 1);
  const auto doc = nlohmann::json::parse(only_one.text);
  const auto& one = doc["tests"][0]["expect"];
  // x: low => 2; ask raised (2 < 5) with half = 20 / 2 = 10, so 10 .. 20; not confirmed.
  CHECK(one["x"] == nlohmann::json::parse(R"({"criteria": {"c": 2}, "asks": {"more": [10, 20]},
                                               "confirm": {"signed": false}})"));
  // y: high => 8, flag big raised (200 > 100), penalty 1 => total 7; ranked first.
  CHECK(one["y"] ==
        nlohmann::json::parse(R"({"scored": true, "total": 7, "rank": 1, "vetoed": false, "flags": ["big"]})"));
  CHECK(one["decision"]["recommended"] == "y");
  CHECK(one["decision"]["runner_up"] == "x");
  CHECK(one["decision"]["margin"] == 5);
  CHECK(doc["tests"][1]["expect"]["z"]["total"] == 0);  // not named: as written

  const TestUpdate all = update_test_text(*rubric, "t.json", file, {});
  REQUIRE(all.errors.empty());
  CHECK(nlohmann::json::parse(all.text)["tests"][1]["expect"]["z"]["total"] == 8);
  // Rewriting its own output changes nothing.
  CHECK(update_test_text(*rubric, "t.json", all.text, {}).text == all.text);

  const TestUpdate bad = update_test_text(*rubric, "t.json", R"({"tests": []})", {});
  CHECK_FALSE(bad.errors.empty());
  CHECK(bad.text.empty());
}

TEST_CASE("coverage: every branch and both ways of each flag, confirm and ask, counted per offer", "[testing]") {
  auto rubric = compile_ok(kSmall);
  TestCoverage coverage = coverage_of(*rubric);
  std::vector<std::string> items;
  for (const auto& item : coverage.items) items.push_back(item.decl + ": " + item.what);
  CHECK(items == std::vector<std::string>{"half: if then", "half: if else", "c: match level \"high\"",
                                          "c: match level \"low\"", "big: raised", "big: not raised",
                                          "signed: confirmed", "signed: not confirmed", "more: raised",
                                          "more: not raised"});
  CHECK(coverage.covered() == 0);
  const TestFileResult result = run_test_text(*rubric, "t.json", R"({"tests": [{"name": "one",
    "offers": [{"id": "x", "a": 20, "level": "low"}, {"id": "y", "a": 5, "level": "low", "ok": true}],
    "expect": {"x": {"rank": 1}}}]})",
                                              &coverage);
  REQUIRE(result.errors.empty());
  std::vector<std::size_t> hits;
  for (const auto& item : coverage.items) hits.push_back(item.hits);
  // x: a > 10 (then), low, no flag, unconfirmed, ask raised; y: else, low, no flag, confirmed, ask raised.
  CHECK(hits == std::vector<std::size_t>{1, 1, 0, 2, 0, 2, 1, 1, 2, 0});
  CHECK(coverage.covered() == 7);
  const auto doc = nlohmann::json::parse(coverage_json(coverage));
  CHECK(doc["covered"] == 7);
  CHECK(doc["total"] == 10);
  CHECK(doc["items"][2] == nlohmann::json::parse(
                               R"({"kind": "criterion", "declaration": "c", "item": "match level \"high\"",
                                   "line": 10, "hits": 0})"));
  CHECK(format_coverage(coverage).ends_with("coverage: 7 of 10 exercised (70.0%)\n"));
}
