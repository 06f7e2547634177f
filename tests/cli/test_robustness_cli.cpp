// `rubric report` and `rubric eval --robustness` end to end: "How sure is this?", the `robustness`
// object, negotiation targets, --samples/--spread/--seed, and determinism across runs and --jobs.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_cli_sandbox.hpp"

using nlohmann::json;
using namespace rubric::test;

namespace {

const std::string kFixture = std::string("'") + RUBRIC_SOURCE_DIR + "/tests/data/robustness/";
const std::string kFixtureArgs = kFixture + "fixture.rubric' " + kFixture + "oak.json' " + kFixture + "pine.json' " +
                                 kFixture + "elm.json' " + kFixture + "ash.json'";

}  // namespace

TEST_CASE("robustness: eval --robustness adds the object, the same for every --jobs and run", "[robustness][e2e]") {
  Sandbox box;
  REQUIRE(box.run("eval " + kFixtureArgs + " --format json --robustness --samples 2000 --jobs 1") == 0);
  const std::string one = box.out;
  REQUIRE(box.run("eval " + kFixtureArgs + " --format json --robustness --samples 2000 --jobs 2") == 0);
  CHECK(box.out == one);
  const json doc = json::parse(one);
  const json& r = doc.at("robustness");
  CHECK(r.at("samples") == 2000);
  CHECK(r.at("spread") == 10);
  CHECK(r.at("seed") == 1);
  CHECK(r.at("ranged_facts") == 2);
  REQUIRE(r.at("offers").size() == 4);
  CHECK(r.at("offers")[0].at("id") == "elm");  // the run's rank order
  CHECK(r.at("offers")[3].at("id") == "ash");
  CHECK(r.at("offers")[3].at("ranks") == json::array({0, 0, 0, 1}));  // vetoed: always last
  CHECK_FALSE(r.at("offers")[3].contains("central_weights"));
  CHECK(r.at("offers")[0].at("central_weights").size() == 4);
  // Targets: oak needs comp.base 215,100 (215,000 ties elm at 5.70); its sign-on cannot get there.
  const json& oak = doc.at("offers")[1];
  REQUIRE(oak.at("id") == "oak");
  CHECK(oak.at("to_first") == json::parse(R"([{"path": "comp.base", "current": 200000, "value": 215100},
                                              {"path": "comp.sign_on", "current": 0, "value": null}])"));
  CHECK_FALSE(doc.at("offers")[0].contains("to_first"));  // elm is recommended
  REQUIRE(box.run("eval " + kFixtureArgs + " --format json --robustness --samples 2000 --seed 2") == 0);
  CHECK(json::parse(box.out).at("robustness") != r);
}

TEST_CASE("robustness: without --robustness eval's JSON is unchanged", "[robustness][e2e]") {
  Sandbox box;
  REQUIRE(box.run("eval " + kFixtureArgs + " --format json") == 0);
  const json doc = json::parse(box.out);
  CHECK_FALSE(doc.contains("robustness"));
  for (const auto& offer : doc.at("offers")) CHECK_FALSE(offer.contains("to_first"));
}

TEST_CASE("robustness: bad sampling options are usage errors", "[robustness][e2e]") {
  Sandbox box;
  CHECK(box.run("eval " + kFixtureArgs + " --robustness") == 2);
  CHECK(contains(box.err, "--robustness adds the \"robustness\" object to JSON output; use it with --format json"));
  CHECK(box.run("eval " + kFixtureArgs + " --format json --robustness --samples 0") == 2);
  CHECK(contains(box.err, "--samples"));
  CHECK(box.run("report " + kFixtureArgs + " --spread -1") == 2);
  CHECK(contains(box.err, "--spread"));
  CHECK(box.run("report " + kFixtureArgs + " --seed x") == 2);
  CHECK(contains(box.err, "--seed"));
}

TEST_CASE("robustness: the report says how sure it is in md, html and json", "[robustness][report][e2e]") {
  Sandbox box;
  REQUIRE(box.run("report " + kFixtureArgs + " --samples 1000") == 0);
  const std::string md = box.out;
  CHECK(contains(md, "## 5. How sure is this?"));
  CHECK(contains(md, "## 6. Appendix: the rubric"));
  CHECK(contains(md, "**elm ranks first in "));
  CHECK(contains(md, "Shares of 1,000 plausible weightings: each weight drawn uniformly within 10 points of its own "
                     "(never below 0), then all rescaled to sum to 100; 2 facts drawn from their ranges in every "
                     "sample (seed 1)."));
  CHECK(contains(md, "| Offer | Rank 1 | Rank 2 | Rank 3 | Rank 4 |"));
  CHECK(contains(md, "| ash | 0.0% | 0.0% | 0.0% | 100.0% |"));
  CHECK(contains(md, "- oak would move ahead of elm with comp.base at 215,100 (+15,100)."));
  CHECK(contains(md, "- ash cannot move ahead of elm on comp.base alone, not even at 900,000 (searched up from "
                     "300,000); a veto holds whatever the value."));
  REQUIRE(box.run("report " + kFixtureArgs + " --samples 1000 --format html") == 0);
  CHECK(contains(box.out, "<h2>5. How sure is this?</h2>"));
  CHECK(contains(box.out, "<svg id=\"chart-acceptability\""));
  CHECK(contains(box.out, "<rect class=\"r0\""));
  CHECK(contains(box.out, "<li>oak would move ahead of elm with comp.base at 215,100 (+15,100).</li>"));
  REQUIRE(box.run("report " + kFixtureArgs + " --samples 1000 --format json") == 0);
  const json doc = json::parse(box.out);
  CHECK(doc.at("robustness").at("samples") == 1000);
  CHECK(doc.at("offers")[1].at("to_first")[0].at("value") == 215100);
}

TEST_CASE("robustness: a close call's note gives the acceptability", "[robustness][report][e2e]") {
  Sandbox box;
  const std::string dir = std::string("'") + RUBRIC_SOURCE_DIR + "/tests/golden/success/close-call/";
  REQUIRE(box.run("report " + dir + "rubric.rubric' " + dir + "offers'") == 0);
  CHECK(contains(box.out, "> **Close call:** a margin of "));
  CHECK(contains(box.out, "Under weight doubt, "));
  CHECK(contains(box.out, "of plausible weightings"));
}

TEST_CASE("robustness: drafts see the negotiation targets", "[robustness][draft][e2e]") {
  Sandbox box;
  const std::string profile = std::string(" --profile '") + RUBRIC_SOURCE_DIR + "/examples/profile.json'";
  REQUIRE(box.run("draft " + kFixtureArgs + profile + " --context") == 0);
  const json contexts = json::parse(box.out);
  REQUIRE(contexts.size() == 4);
  for (const auto& context : contexts) {
    const std::string id = context.at("offer").at("id");
    if (id == "elm") {
      CHECK(context.at("to_first").empty());
      CHECK(context.at("has_to_first") == false);
    } else if (id == "oak") {
      CHECK(context.at("has_to_first") == true);
      CHECK(context.at("to_first")[0] == json::parse(R"({"path": "comp.base", "current": "200,000", "reachable": true,
        "value": "215,100", "increase": "15,100", "ahead_of": "elm"})"));
      CHECK(context.at("to_first")[1].at("reachable") == false);
      CHECK(context.at("to_first")[1].at("value") == "");
    }
  }
}
