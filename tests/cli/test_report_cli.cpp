// End-to-end runs of `rubric report` and `rubric explain` on the brief's two offers: what the
// documents state, the formats, and the exit statuses.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_cli_sandbox.hpp"

using nlohmann::json;
using namespace rubric::test;

namespace {

const std::string kCore = "'" + kRubric + "' offers/northwind.json offers/lumen.json";

}  // namespace

TEST_CASE("report: the brief's two offers give its decision, evidence and sensitivity", "[report][e2e]") {
  Sandbox box;
  REQUIRE(box.run("report " + kCore) == 0);
  const std::string& md = box.out;
  CHECK(contains(md, "**Take northwind (Northwind): total 7.84, 4.04 ahead of lumen (3.80).**"));
  for (const char* label : {"Scope and growth", "Compensation", "Team quality and mentorship", "Operational burden",
                            "Product and business risk"})
    CHECK(contains(md, std::string("- **") + label + "**"));
  for (const char* reason :
       {"because owns org-wide technical direction", "because first-year total compensation 255,200",
        "because 4 senior engineers in a team of 10", "because owns decisions across several teams",
        "because 1 senior engineers in a team of 7"})
    CHECK(contains(md, reason));
  CHECK(contains(md, "lumen: **Heavy on-call with weak support** (critical; penalty 1.5)"));
  CHECK(contains(md, "lumen: **Package assumes unrealistic equity outcomes** (warning; penalty 0.5)"));
  CHECK(contains(md, "lumen: **Vague leveling or promotion criteria** (warning; reported only)"));
  CHECK(contains(md, "**Still to confirm in writing**\n\n- Responsibilities in writing (`written_scope`)"));
  CHECK(contains(md, "- **Compensation alignment**: 275,616 to 293,480"));
  CHECK(contains(md, "| Compensation | 25 | 71.38 | +46.38 |"));
  CHECK(contains(md, "| Scope and growth | 30 | — | no change within 0..100 swaps them |"));
  CHECK(box.err.empty());
}

TEST_CASE("report: the sensitivity swap point is where re-weighting really swaps the two", "[report][e2e]") {
  Sandbox box;
  REQUIRE(box.run("report " + kCore + " --weight pay=71") == 0);
  CHECK(contains(box.out, "**Take northwind"));
  REQUIRE(box.run("report " + kCore + " --weight pay=72") == 0);
  CHECK(contains(box.out, "**Take lumen"));
  CHECK(contains(box.out, "| Compensation | `pay` | 72 | 25 |"));  // the appendix shows both weights
}

TEST_CASE("report: HTML and JSON formats, written whole with -o", "[report][e2e]") {
  Sandbox box;
  REQUIRE(box.run("report " + kCore + " --format html -o report.html") == 0);
  CHECK(box.out.empty());
  const std::string html = read(box.dir / "report.html");
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(contains(html, "<svg id=\"chart-contributions\""));
  CHECK(contains(html, "<svg id=\"chart-scores\""));

  REQUIRE(box.run("report " + kCore + " --format json") == 0);
  const json doc = json::parse(box.out);
  CHECK(doc["memo"]["recommended"] == "northwind");
  CHECK(doc["decision"]["margin"].get<double>() == Approx(4.0358333333));
  const json& scope = doc["offers"][0]["criteria"][0];
  CHECK(scope["branch"][0]["arm"] == "\"org\"");
  CHECK(scope["facts"][0] ==
        json({{"path", "scope.level"}, {"value", "org"}, {"rendered", "org"}, {"source", nullptr}}));
  CHECK(doc["offers"][0]["criteria"][1]["facts"][0]["value"] == 182000);
  CHECK(doc["sensitivity"]["criteria"][1]["swap_weight"].get<double>() == Approx(71.383).epsilon(1e-4));
}

TEST_CASE("report: a bad offer and a missing input are reported, the rest still is", "[report][e2e]") {
  Sandbox box;
  write(box.dir / "offers" / "broken.json", R"({"id": "broken", "comp": {"base": "182k"}})");
  CHECK(box.run("report '" + kRubric + "' offers missing.json -o report.md") == 1);
  const std::string md = read(box.dir / "report.md");
  CHECK(contains(md, "**Take northwind"));
  CHECK(contains(md, "Not scored."));
  CHECK(contains(md, "$.comp.base: expected money"));
  CHECK(contains(md, "missing.json"));
  CHECK(contains(box.err, "broken"));
  CHECK(contains(box.err, "missing.json"));
}

TEST_CASE("report: usage errors exit 2 and leave files alone", "[report][e2e]") {
  Sandbox box;
  const std::string before = read(box.dir / "offers" / "lumen.json");
  CHECK(box.run("report " + kCore + " -o offers/lumen.json") == 2);
  CHECK(read(box.dir / "offers" / "lumen.json") == before);
  CHECK(box.run("report " + kCore + " --format pdf") == 2);
  CHECK(box.run("report " + kCore + " --weight nope=10") == 2);
  write(box.dir / "bad.rubric", "rubric \"x\"\nscale 0..\n");
  CHECK(box.run("report bad.rubric offers -o out.md") == 2);
  CHECK(contains(box.err, "bad.rubric:2:10: error: expected the scale's high end"));
  CHECK_FALSE(fs::exists(box.dir / "out.md"));
}

TEST_CASE("explain: the trace shows lets, sub-values, branches and flag conditions", "[explain][e2e]") {
  Sandbox box;
  REQUIRE(box.run("explain '" + kRubric + "' offers/lumen.json") == 0);
  const std::string& out = box.out;
  CHECK(out.starts_with("offer lumen (offers/lumen.json)\n"));
  CHECK(contains(out, "let total_comp = 345,000\n"));
  CHECK(contains(out, "    took \"multi-team\""));
  CHECK(contains(out, "flag heavy_oncall \"Heavy on-call with weak support\": raised, critical, penalty 1.5\n"
                      "  when = true: oncall.weeks_per_quarter >= 4 and oncall.support == \"none\"\n"));
  CHECK(contains(out, "confirm written_scope: not confirmed"));
  CHECK(contains(out, "total: weighted 5.8 - penalties 2 = 3.8\n"));
  CHECK_FALSE(out.ends_with("\n\n"));
}

TEST_CASE("explain: --criterion narrows to one criterion and the lets it reads", "[explain][e2e]") {
  Sandbox box;
  REQUIRE(box.run("explain '" + kRubric + "' offers/northwind.json --criterion pay") == 0);
  CHECK(contains(box.out, "let total_comp = 255,200"));
  CHECK(contains(box.out, "criterion pay \"Compensation\": score 5.26"));
  CHECK_FALSE(contains(box.out, "let senior_ratio"));
  CHECK_FALSE(contains(box.out, "criterion scope"));
  CHECK_FALSE(contains(box.out, "total:"));
  CHECK(box.run("explain '" + kRubric + "' offers/northwind.json --criterion nope") == 2);
  CHECK(contains(box.err, "no criterion 'nope' (criteria: scope, pay, team, burden, risk)"));
}

TEST_CASE("explain: an offer that cannot be read exits 1 with its error", "[explain][e2e]") {
  Sandbox box;
  write(box.dir / "broken.json", R"({"id": "broken", "comp": {"base": "182k"}})");
  CHECK(box.run("explain '" + kRubric + "' broken.json") == 1);
  CHECK(contains(box.out + box.err, "$.comp.base: expected money"));
  CHECK(box.run("explain '" + kRubric + "' nowhere.json") == 1);
  CHECK(contains(box.err, "nowhere.json"));
}
