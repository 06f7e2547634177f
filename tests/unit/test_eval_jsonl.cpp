// The direct jsonl writer (RunOptions::stream_jsonl, used by `eval --format jsonl`) must write
// the same bytes as append_offer_jsonl of the full results, on every rubric and offer we have.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <rubric/engine.hpp>
#include <rubric/result_json.hpp>
#include "test_eval_support.hpp"

namespace {

using rubric::CompiledRubric;

/// Runs `inputs` with `jobs` workers and returns the jsonl text, full results rendered one by one.
std::string jsonl_from_results(const CompiledRubric& rubric, const std::vector<std::string>& inputs, unsigned jobs) {
  std::string text;
  rubric::RunOptions options;
  options.jobs = jobs;
  options.mode = rubric::ResultMode::stream;
  options.render = [](const rubric::OfferResult& offer, std::string& out) { rubric::append_offer_jsonl(out, offer); };
  options.on_rendered = [&](std::string_view rendered) { text += rendered; };
  rubric::run(rubric, inputs, options);
  return text;
}

/// Runs `inputs` with `jobs` workers and returns the jsonl text the direct writer made.
std::string jsonl_direct(const CompiledRubric& rubric, const std::vector<std::string>& inputs, unsigned jobs,
                         std::size_t& failed) {
  std::string text;
  rubric::RunOptions options;
  options.jobs = jobs;
  options.mode = rubric::ResultMode::jsonl;
  options.on_rendered = [&](std::string_view rendered) { text += rendered; };
  failed = rubric::run(rubric, inputs, options).offers_failed;
  return text;
}

std::string project(const std::string& relative) { return std::string(RUBRIC_SOURCE_DIR) + "/" + relative; }

// A rubric with every kind of output: interpolated labels and reasons, clamping, caps, vetoes,
// confirms, asks with ranges and citations, and a division that fails for some offers.
constexpr const char* kEverything = R"(rubric "Everything"
scale 0..10
offer {
  comp.base : money
  comp.bonus : percent = 0
  team.size : number = 0
  level : "team" | "org" = "team"
  note : text = "none"
}
let per_head = comp.base / team.size
criterion pay "Pay at {comp.base}" weight 60 {
  score when comp.base > 200k => 12 because "high \"base\" {comp.base}"
        when comp.base > 100k => (comp.base - 100k) / 30000 because "base {comp.base}, bonus {comp.bonus}"
        else -1
  because "level {level}, note {note}"
}
criterion scope "Scope" weight 40 {
  score match level { "org" => 9 because "org-wide" "team" => 3.33333 }
}
flag thin "Thin team of {team.size}" warning { when team.size < 3 penalty 0.75 cap 6.5 because "per head {per_head}" }
flag tiny "Tiny" critical { when team.size < 2 veto }
confirm bonus_in_writing "Bonus {comp.bonus} in writing" { when comp.bonus > 0 }
ask raise "Ask for more" { when comp.base < 150k range comp.base * 1.1 .. comp.base * 1.2 cite "scale", "impact" because "below market" }
ask title "Ask about the title" { when level == "team" }
)";

// One offer per case: clamped high and low, a continuous score, a cap and a veto, escapes in
// reasons, and five offers that cannot be scored.
constexpr const char* kEverythingOffers =
    "{\"id\":\"high\",\"comp\":{\"base\":250000},\"team\":{\"size\":8},\"level\":\"org\"}\n"
    "{\"id\":\"mid\",\"comp\":{\"base\":130000,\"bonus\":12.5},\"team\":{\"size\":2},\"note\":\"a \\\"q\\\" \\u00e9 \\u0001\"}\n"
    "{\"id\":\"low\",\"comp\":{\"base\":90000},\"team\":{\"size\":1},\"note\":\"\\ud83d\\ude00 \\t\"}\n"
    "{\"id\":\"utf8\",\"comp\":{\"base\":90000},\"note\":\"bad \xff byte\"}\n"
    "{\"id\":\"zero\",\"comp\":{\"base\":140000},\"team\":{\"size\":0}}\n"
    "{\"id\":\"typed\",\"comp\":{\"base\":\"182k\"}}\n"
    "{\"id\":\"missing\",\"comp\":{}}\n"
    "not json\n"
    "{\"id\":\"wrapped \\\"x\\\"\",\"company\":\"C\",\"role\":{\"title\":\"T\"},\"comp\":{\"base\":{\"value\":120001,\"source\":\"s\"}},\"team\":{\"size\":5}}\n";

}  // namespace

TEST_CASE("eval jsonl: the direct writer matches the full results on every rubric", "[eval_jsonl]") {
  const std::vector<std::string> rubrics = {"rules/platform-reliability.rubric", "rules/product-backend.rubric",
                                            "rules/staff-principal.rubric", "bench/reference.rubric"};
  const std::vector<std::string> inputs = {project("examples/offers"), project("tests/data/json/lines_crlf.jsonl")};
  for (const auto& path : rubrics) {
    INFO(path);
    const rubric::CompileOutput compiled = rubric::compile_rubric_file(project(path));
    REQUIRE(compiled.rubric);
    std::size_t failed = 0;
    const std::string expected = jsonl_from_results(*compiled.rubric, inputs, 1);
    CHECK(!expected.empty());
    CHECK(jsonl_direct(*compiled.rubric, inputs, 1, failed) == expected);
    CHECK(jsonl_direct(*compiled.rubric, inputs, 3, failed) == expected);
  }
}

TEST_CASE("eval jsonl: reasons, clamps, caps, vetoes, asks and errors write as the full results do", "[eval_jsonl]") {
  const auto compiled = rubric::test::compile_ok(kEverything);
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "rubric-test-eval-jsonl.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    out << kEverythingOffers;
  }
  std::size_t failed = 0;
  const std::string expected = jsonl_from_results(*compiled, {path.string()}, 1);
  const std::string direct = jsonl_direct(*compiled, {path.string()}, 1, failed);
  const std::string parallel = jsonl_direct(*compiled, {path.string()}, 2, failed);
  std::filesystem::remove(path);
  CHECK(direct == expected);
  CHECK(parallel == expected);
  CHECK(failed == 5);  // division by zero, a string base, a missing base, invalid UTF-8, a line that is not JSON
  CHECK(expected.find("\"clamped\":true") != std::string::npos);
  CHECK(expected.find("\"cite\":[\"scale\",\"impact\"]") != std::string::npos);
  CHECK(expected.find("\"veto\":true") != std::string::npos);
}
