// `--diagnostics json` reaches every message: usage errors, draft's own problems, input errors with their file.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "test_cli_sandbox.hpp"

using nlohmann::json;
using namespace rubric::test;

TEST_CASE("diagnostics json: a usage error is one diagnostic with code usage", "[diagnostics][e2e]") {
  Sandbox box;
  REQUIRE(box.run("eval --diagnostics json '" + kRubric + "'") == 2);
  const json problems = json::parse(box.err);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0]["code"] == "usage");
  CHECK(problems[0]["message"] == "INPUT is required");
  REQUIRE(box.run("--diagnostics=json") == 2);
  CHECK(json::parse(box.err)[0]["message"] == "A subcommand is required");
  REQUIRE(box.run("--diagnostics json --help") == 0);  // help stays help
  CHECK(contains(box.out, "Usage: rubric"));
}

TEST_CASE("diagnostics json: input errors name their file in explain, report and draft", "[diagnostics][e2e]") {
  Sandbox box;
  write(box.dir / "profile.json", R"({"name": "A", "email": "a@example.com"})");
  for (const std::string command : {"explain", "report", "draft --profile profile.json"}) {
    box.run(command + " --diagnostics json '" + kRubric + "' " +
            (command == "explain" ? "" : "offers/northwind.json ") + "nope.json" +
            (command == "draft --profile profile.json" ? " --out d" : ""));
    INFO(command << "\n" << box.err);
    const json problems = json::parse(box.err);
    bool found = false;
    for (const auto& p : problems) found = found || (p["code"] == "input-error" && p["file"] == "nope.json");
    CHECK(found);
  }
}

TEST_CASE("diagnostics json: draft's own problems carry their file and line", "[diagnostics][e2e]") {
  Sandbox box;
  write(box.dir / "profile.json", "{\"name\": \"A\",\n bad}");
  REQUIRE(box.run("draft --diagnostics json --profile profile.json '" + kRubric + "' offers/northwind.json") == 2);
  const json problems = json::parse(box.err);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0]["code"] == "draft-error");
  CHECK(problems[0]["file"] == "profile.json");
  CHECK(problems[0]["line"] == 2);
  CHECK_FALSE(contains(problems[0]["message"].get<std::string>(), "\n"));

  write(box.dir / "profile.json", R"({"name": "A"})");
  REQUIRE(box.run("draft --diagnostics json --profile profile.json '" + kRubric + "' offers/northwind.json") == 2);
  CHECK(json::parse(box.err)[0]["message"] == "missing 'email' (the candidate's email address)");
}
