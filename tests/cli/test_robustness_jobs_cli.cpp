// The `robustness` object is one computation: `rubric report` (which scores serially and has no --jobs)
// and `rubric eval --robustness` with any --jobs give the same object and the same targets for the same
// --samples, --spread and --seed (docs/reports.md, "How sure is this?").
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_cli_sandbox.hpp"

using nlohmann::json;
using namespace rubric::test;

TEST_CASE("robustness: report and eval --robustness --jobs N give the same object", "[robustness][report][e2e]") {
  Sandbox box;
  const std::string root = std::string("'") + RUBRIC_SOURCE_DIR + "/";
  const std::string inputs = root + "rules/platform-reliability.rubric' " + root + "examples/offers'";
  const std::string sampling = " --samples 3000 --spread 30 --seed 9";
  REQUIRE(box.run("report " + inputs + sampling + " --format json") == 1);  // incomplete-offer.json: not scored
  const json report = json::parse(box.out);
  REQUIRE(report.at("robustness").at("offers").size() == 6);
  CHECK(report.at("robustness").at("spread") == 30);
  for (const char* jobs : {"1", "2"}) {
    REQUIRE(box.run("eval " + inputs + sampling + " --format json --robustness --jobs " + jobs) == 1);
    const json eval = json::parse(box.out);
    CHECK(eval.at("robustness") == report.at("robustness"));
  }
  REQUIRE(box.run("report " + inputs + sampling + " --format json") == 1);
  CHECK(json::parse(box.out).at("robustness") == report.at("robustness"));
  REQUIRE(box.run("report " + inputs + " --samples 3000 --spread 30 --seed 10 --format json") == 1);
  CHECK(json::parse(box.out).at("robustness") != report.at("robustness"));
}
