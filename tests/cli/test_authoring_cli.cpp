// End-to-end runs of the authoring commands: `rubric test` on the passing, failing and invalid test files
// of tests/data/testing, `rubric offer` (a filled skeleton scores), `rubric schema`, and diagnostics as JSON.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_cli_sandbox.hpp"

using nlohmann::json;
using namespace rubric::test;

namespace {

const std::string kData = std::string(RUBRIC_SOURCE_DIR) + "/tests/data/testing/";

/// Replaces every "TODO: ..." value of a skeleton with a value of the type its placeholder names.
void fill(json& node) {
  for (auto& [key, value] : node.items()) {
    if (value.is_object()) {
      fill(value);
      continue;
    }
    if (!value.is_string() || value.get<std::string>().rfind("TODO", 0) != 0) continue;
    const std::string text = value.get<std::string>();
    if (key == "source") value = "recruiter call";
    else if (contains(text, "TODO: money")) value = 200000;
    else if (contains(text, "TODO: percent")) value = 10;
    else if (contains(text, "TODO: number")) value = 12;
    else if (contains(text, "TODO: bool")) value = true;
    else if (contains(text, "TODO: one of \"")) value = text.substr(14, text.find('"', 14) - 14);
    else value = "filled in";
  }
}

}  // namespace

TEST_CASE("test: a passing test file exits 0 and prints only the count", "[authoring][e2e]") {
  Sandbox box;
  REQUIRE(box.run("test '" + kRubric + "' '" + kData + "pass.json'") == 0);
  CHECK(box.out == "2 passed, 0 failed\n");
  CHECK(box.err.empty());
}

TEST_CASE("test: a failing test names each mismatch, expected against got, with its trace", "[authoring][e2e]") {
  Sandbox box;
  REQUIRE(box.run("test '" + kRubric + "' '" + kData + "fail.json'") == 1);
  const std::string& out = box.out;
  CHECK(contains(out, "FAIL wrong expectations fail ("));
  CHECK_FALSE(contains(out, "FAIL northwind alone passes"));
  CHECK(contains(out, "  northwind.criteria.pay: expected 6, got 5.2"));
  // The trace of the mismatching criterion: its clause and the let it reads, not the other criteria.
  CHECK(contains(out, "criterion pay"));
  CHECK(contains(out, "total_comp"));
  CHECK_FALSE(contains(out, "criterion scope"));
  CHECK(contains(out, "  lumen.flags: expected [\"heavy_oncall\", \"vague_leveling\"], got [\"equity_bet\", "
                      "\"heavy_oncall\", \"vague_leveling\"]"));
  CHECK(contains(out, "flag equity_bet"));
  CHECK(contains(out, "  lumen.asks.pay_alignment: expected [1, 2], got "));
  CHECK(contains(out, "  decision.recommended: expected \"lumen\", got \"northwind\""));
  CHECK(contains(out, "Recommend northwind"));
  CHECK(out.ends_with("1 passed, 1 failed\n"));
}

TEST_CASE("test: a test file that is not valid names every problem by JSON path and exits 2", "[authoring][e2e]") {
  Sandbox box;
  REQUIRE(box.run("test '" + kRubric + "' '" + kData + "invalid.json' '" + kData + "pass.json'") == 2);
  CHECK(contains(box.err, "$.tests[0].expect.northwind.totl: unknown key (expected one of scored, total,"));
  CHECK(contains(box.err, "$.tests[0].expect.northwind.criteria.paye: the rubric has no criterion 'paye'"));
  CHECK(contains(box.err, "$.tests[0].expect.northwind.flags[0]: the rubric has no flag 'heavy_on_call'"));
  CHECK(contains(box.err, "$.tests[0].tolerance: expected a number >= 0, found -1"));
  CHECK(box.out == "2 passed, 0 failed\n");  // the valid file still ran

  write(box.dir / "broken.json", "{\"tests\": [");
  REQUIRE(box.run("test '" + kRubric + "' broken.json") == 2);
  CHECK(contains(box.err, "broken.json: not valid JSON: "));
  write(box.dir / "gone.json",
        R"({"tests": [{"name": "t", "offers": ["offers/nope.json"], "expect": {"nope": {"total": 1}}}]})");
  REQUIRE(box.run("test '" + kRubric + "' gone.json") == 2);
  CHECK(contains(box.err, "test \"t\": offer offers/nope.json: no such file"));
  write(box.dir / "deep.json", "{\"tests\": " + std::string(100000, '[') + std::string(100000, ']') + "}");
  REQUIRE(box.run("test '" + kRubric + "' deep.json") == 2);
  CHECK(contains(box.err, "deep.json: nested deeper than 68 levels"));
}

TEST_CASE("test: offer paths are relative to the test file, not the working folder", "[authoring][e2e]") {
  Sandbox box;
  fs::create_directories(box.dir / "t");
  write(box.dir / "t" / "rel.json", R"({"tests": [{"name": "relative", "offers": ["../offers/northwind.json"],
    "expect": {"northwind": {"total": 7.84, "rank": 1}}}]})");
  REQUIRE(box.run("test '" + kRubric + "' t/rel.json") == 0);
  CHECK(box.out == "1 passed, 0 failed\n");
}

TEST_CASE("offer: the skeleton fails to score until its placeholders are filled, then scores", "[authoring][e2e]") {
  Sandbox box;
  REQUIRE(box.run("offer '" + kRubric + "' --id draft") == 0);
  json skeleton = json::parse(box.out);
  CHECK(skeleton["id"] == "draft");
  CHECK(skeleton["comp"]["bonus_pct"] == 0);  // a default, filled in
  CHECK(skeleton["comp"]["base"]["value"].get<std::string>().rfind("TODO: money", 0) == 0);
  CHECK(skeleton["comp"]["base"]["source"].get<std::string>().rfind("TODO", 0) == 0);
  CHECK(skeleton["scope"]["level"]["value"] == "TODO: one of \"team\" | \"multi-team\" | \"org\"");
  write(box.dir / "draft.json", box.out);
  REQUIRE(box.run("eval '" + kRubric + "' draft.json") == 1);
  CHECK(contains(box.err, "draft.json: error: $.comp.base"));
  for (const char* rubric : {"platform-reliability", "product-backend", "staff-principal"}) {
    const std::string path = std::string(RUBRIC_SOURCE_DIR) + "/rules/" + rubric + ".rubric";
    REQUIRE(box.run("offer '" + path + "'") == 0);
    json filled = json::parse(box.out);
    fill(filled);
    write(box.dir / "filled.json", filled.dump());
    INFO(rubric << ": " << filled.dump());
    CHECK(box.run("eval '" + path + "' filled.json --format json") == 0);
    CHECK(json::parse(box.out)["offers"][0]["total"].is_number());
  }
}

TEST_CASE("schema: draft 2020-12, required and defaulted fields, evidence form, metadata", "[authoring][e2e]") {
  Sandbox box;
  REQUIRE(box.run("schema '" + kRubric + "'") == 0);
  const json schema = json::parse(box.out);
  CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
  const json& comp = schema["properties"]["comp"];
  CHECK(comp["required"] == json::array({"base"}));
  CHECK(comp["properties"]["bonus_pct"]["default"] == 0);
  const json& base = comp["properties"]["base"];
  CHECK(base["anyOf"][0]["type"] == "number");
  CHECK(base["anyOf"][1]["required"] == json::array({"value"}));
  CHECK(contains(base["description"], "Read by: Compensation (criterion pay)"));
  CHECK(schema["properties"]["scope"]["properties"]["level"]["anyOf"][0]["enum"] ==
        json::array({"team", "multi-team", "org"}));
  CHECK(schema["properties"]["company"]["type"] == "string");
  CHECK(schema["properties"]["role"]["properties"]["title"]["type"] == "string");
}

TEST_CASE("check --format json: every diagnostic with its position, code and suggestions", "[authoring][e2e]") {
  Sandbox box;
  write(box.dir / "bad.rubric", "rubric \"Bad\"\noffer { senior_ratio : number }\n"
                                "criterion c \"C\" weight 100 { score senior_ration * 10 }\n");
  REQUIRE(box.run("check bad.rubric --format json") == 2);
  const json diagnostics = json::parse(box.out);
  REQUIRE(diagnostics.size() == 1);
  const json& d = diagnostics[0];
  CHECK(d["file"] == "bad.rubric");
  CHECK(d["line"] == 3);
  CHECK(d["column"] == 36);
  CHECK(d["end_line"] == 3);
  CHECK(d["end_column"] == 49);
  CHECK(d["severity"] == "error");
  CHECK(d["code"] == "unknown-name");
  CHECK(d["message"] == "unknown name 'senior_ration'");
  CHECK(d["suggestions"][0]["replacement"] == "senior_ratio");
  REQUIRE(box.run("check '" + kRubric + "' --format json") == 0);
  CHECK(json::parse(box.out) == json::array());
}

TEST_CASE("diagnostics json: offer and rubric problems as one array on standard error", "[authoring][e2e]") {
  Sandbox box;
  write(box.dir / "offers" / "broken.json", R"({"id": "broken", "comp": {"base": "182k"}})");
  REQUIRE(box.run("eval '" + kRubric + "' offers --diagnostics json --format json") == 1);
  const json problems = json::parse(box.err);
  REQUIRE(problems.size() == 7);  // the wrong type, then the six required fields the offer lacks
  for (const json& problem : problems) {
    CHECK(problem["code"] == "offer-error");
    CHECK(problem["file"] == "offers/broken.json");
    CHECK(problem["line"].is_null());
  }
  CHECK(contains(problems[0]["message"], "$.comp.base: expected money"));
  write(box.dir / "bad.rubric", "rubric \"Bad\"\nofer { }\n");
  REQUIRE(box.run("--diagnostics json eval bad.rubric offers") == 2);
  CHECK(json::parse(box.err)[0]["code"] == "syntax-unexpected-character");
}
